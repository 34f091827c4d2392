-- Issue #8: the numbers behind the plan's indicators and the periodic report, for the roles that
-- follow the plan (leadership, police, health, culture). Leadership, health and culture may not
-- read business, tip or inspection rows (row-level security), so these functions run with the
-- owner's rights and return aggregates, or for the drill-down only the few columns it shows
-- (never a tip's description, place, category or reporter). Each checks the caller's role
-- itself (ntm_plan_reader), so a village head or the admin gets nothing from them.

-- The registry as it stood at the end of `as_of` (Vietnam time), from the businesses' history:
-- each premises not deleted by then, with its status then and its last registry review between
-- `year_from` and `as_of`. The registry keeps no opening date: a record entered after `as_of`
-- is taken as it was first recorded (premises that existed before they were keyed in).
CREATE FUNCTION ntm_registry_as_of(commune text, year_from date, as_of date)
RETURNS TABLE (id bigint, name text, type business_type, village text, status business_status,
               created_at timestamptz, last_review date)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
  WITH t AS (SELECT ((as_of + 1)::timestamp AT TIME ZONE 'Asia/Ho_Chi_Minh') AS at)
  SELECT b.id, b.name, b.type, v.name,
         coalesce(
           (SELECT (bv.data->>'status')::business_status FROM business_versions bv
             WHERE bv.business_id = b.id AND bv.valid_from <= t.at AND bv.valid_to > t.at
             ORDER BY bv.valid_from DESC LIMIT 1),
           CASE WHEN b.updated_at <= t.at THEN b.status END,
           (SELECT (bv.data->>'status')::business_status FROM business_versions bv
             WHERE bv.business_id = b.id ORDER BY bv.valid_from LIMIT 1),
           b.status),
         b.created_at,
         (SELECT max(r.reviewed_on) FROM registry_reviews r
           WHERE r.business_id = b.id AND r.commune_code = commune
             AND r.reviewed_on >= year_from AND r.reviewed_on <= as_of)
    FROM t, businesses b JOIN villages v ON v.id = b.village_id
   WHERE ntm_plan_reader() AND b.commune_code = commune
     AND (b.deleted_at IS NULL OR b.deleted_at > t.at)
$$;
--> statement-breakpoint
REVOKE ALL ON FUNCTION ntm_registry_as_of(text, date, date) FROM PUBLIC;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION ntm_registry_as_of(text, date, date) TO ntm_app;
--> statement-breakpoint
-- Tips received in [from_at, to_at), linked duplicates left out (the case counts once): the id,
-- the state now, and when each stage was first reached (from tip_events; a state with no event
-- recorded is dated from what came after it, or from receipt). No description, place, category
-- or reporter.
CREATE FUNCTION ntm_tip_cases(commune text, from_at timestamptz, to_at timestamptz)
RETURNS TABLE (id bigint, status tip_status, received_at timestamptz, extended_until timestamptz,
               verified_at timestamptz, classified_at timestamptz, resolved_at timestamptz)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
  WITH e AS (
    SELECT t.id, t.status, t.received_at, t.extended_until,
           (SELECT min(ev.at) FROM tip_events ev WHERE ev.tip_id = t.id AND ev.to_status = 'verified') AS v,
           (SELECT min(ev.at) FROM tip_events ev WHERE ev.tip_id = t.id AND ev.to_status = 'classified') AS c,
           (SELECT min(ev.at) FROM tip_events ev WHERE ev.tip_id = t.id
               AND ev.to_status IN ('handled', 'transferred', 'unfounded')) AS r
      FROM tips t
     WHERE ntm_plan_reader() AND t.commune_code = commune AND t.duplicate_of IS NULL
       AND t.received_at >= from_at AND t.received_at < to_at
  ), r AS (
    SELECT e.*, CASE WHEN e.status IN ('handled', 'transferred', 'unfounded')
                     THEN coalesce(e.r, e.c, e.v, e.received_at) END AS resolved
      FROM e
  ), c AS (
    SELECT r.*, CASE WHEN r.status IN ('classified', 'handled', 'transferred')
                     THEN coalesce(r.c, r.resolved, r.v, r.received_at) END AS classified
      FROM r
  )
  SELECT c.id, c.status, c.received_at, c.extended_until,
         CASE WHEN c.status <> 'received'
              THEN coalesce(c.v, c.classified, c.resolved, c.received_at) END,
         c.classified, c.resolved
    FROM c
$$;
--> statement-breakpoint
REVOKE ALL ON FUNCTION ntm_tip_cases(text, timestamptz, timestamptz) FROM PUBLIC;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION ntm_tip_cases(text, timestamptz, timestamptz) TO ntm_app;
--> statement-breakpoint
-- Tips received in [from_at, to_at) (duplicates once) counted by category and by channel.
CREATE FUNCTION ntm_tip_breakdown(commune text, from_at timestamptz, to_at timestamptz)
RETURNS TABLE (dimension text, value text, count integer)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
  WITH t AS (
    SELECT t.category, t.channel::text AS channel FROM tips t
     WHERE ntm_plan_reader() AND t.commune_code = commune AND t.duplicate_of IS NULL
       AND t.received_at >= from_at AND t.received_at < to_at
  )
  SELECT 'category', t.category, count(*)::integer FROM t GROUP BY t.category
  UNION ALL
  SELECT 'channel', t.channel, count(*)::integer FROM t GROUP BY t.channel
$$;
--> statement-breakpoint
REVOKE ALL ON FUNCTION ntm_tip_breakdown(text, timestamptz, timestamptz) FROM PUBLIC;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION ntm_tip_breakdown(text, timestamptz, timestamptz) TO ntm_app;
--> statement-breakpoint
-- Recorded inspections begun in [from_at, to_at), per month (Vietnam time), kind and business
-- type, with those that found a violation (result violation, or the premises closed).
CREATE FUNCTION ntm_inspection_counts(commune text, from_at timestamptz, to_at timestamptz)
RETURNS TABLE (month text, kind inspection_kind, business_type business_type,
               inspections integer, with_violation integer)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
  SELECT to_char(i.started_at AT TIME ZONE 'Asia/Ho_Chi_Minh', 'YYYY-MM'), i.kind, b.type,
         count(*)::integer,
         count(*) FILTER (WHERE i.result IN ('violation', 'closed'))::integer
    FROM inspections i JOIN businesses b ON b.id = i.business_id
   WHERE ntm_plan_reader() AND i.commune_code = commune AND i.status = 'recorded'
     AND i.started_at >= from_at AND i.started_at < to_at
   GROUP BY 1, 2, 3
$$;
--> statement-breakpoint
REVOKE ALL ON FUNCTION ntm_inspection_counts(text, timestamptz, timestamptz) FROM PUBLIC;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION ntm_inspection_counts(text, timestamptz, timestamptz) TO ntm_app;
--> statement-breakpoint
-- What recorded inspections in [from_at, to_at) found and did: violations by code, measures by
-- code, and fines (how many, and their sum in VND).
CREATE FUNCTION ntm_inspection_findings(commune text, from_at timestamptz, to_at timestamptz)
RETURNS TABLE (dimension text, code text, count integer, total_vnd bigint)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
  WITH i AS (
    SELECT i.violations, i.measures, i.fine_vnd FROM inspections i
     WHERE ntm_plan_reader() AND i.commune_code = commune AND i.status = 'recorded'
       AND i.started_at >= from_at AND i.started_at < to_at
  )
  SELECT 'violation', v.value #>> '{}', count(*)::integer, NULL::bigint
    FROM i CROSS JOIN LATERAL jsonb_array_elements(i.violations) v GROUP BY 2
  UNION ALL
  SELECT 'measure', m.value #>> '{}', count(*)::integer, NULL::bigint
    FROM i CROSS JOIN LATERAL jsonb_array_elements(i.measures) m GROUP BY 2
  UNION ALL
  SELECT 'fine', 'fine', count(*)::integer, coalesce(sum(i.fine_vnd), 0)::bigint
    FROM i WHERE i.fine_vnd > 0
$$;
--> statement-breakpoint
REVOKE ALL ON FUNCTION ntm_inspection_findings(text, timestamptz, timestamptz) FROM PUBLIC;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION ntm_inspection_findings(text, timestamptz, timestamptz) TO ntm_app;
--> statement-breakpoint
-- Online violations found in [from_at, to_at), by kind and takedown status.
CREATE FUNCTION ntm_online_violation_counts(commune text, from_at timestamptz, to_at timestamptz)
RETURNS TABLE (kind online_violation_kind, takedown_status takedown_status, count integer)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
  SELECT o.kind, o.takedown_status, count(*)::integer FROM online_violations o
   WHERE ntm_plan_reader() AND o.commune_code = commune
     AND o.found_at >= from_at AND o.found_at < to_at
   GROUP BY 1, 2
$$;
--> statement-breakpoint
REVOKE ALL ON FUNCTION ntm_online_violation_counts(text, timestamptz, timestamptz) FROM PUBLIC;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION ntm_online_violation_counts(text, timestamptz, timestamptz) TO ntm_app;
