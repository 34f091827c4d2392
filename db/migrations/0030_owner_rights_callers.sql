-- Issue #16: the functions that run with the owner's rights check their caller themselves, as
-- 0022 and 0025 do: the row-level security they step over no longer decides, so a role the API
-- keeps from their route (or a connection without a session) gets nothing from them even when
-- it calls them directly as ntm_app. The owner's own tools (the backtest CLI, `pnpm risk:*`)
-- connect as the owner, not as ntm_app, and keep their answers.

-- Indicator đ: the plan's followers only (as ntm_tip_cases in 0022).
CREATE OR REPLACE FUNCTION ntm_tip_tally(commune text, from_at timestamptz, to_at timestamptz)
RETURNS TABLE (status tip_status, received_at timestamptz, extended_until timestamptz)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
  SELECT t.status, t.received_at, t.extended_until FROM tips t
   WHERE ntm_plan_reader() AND t.commune_code = commune AND t.duplicate_of IS NULL
     AND t.received_at >= from_at AND t.received_at < to_at
$$;
--> statement-breakpoint
-- Risk steers inspections: leadership and police (the risk and hotspot routes), or the owner.
-- The tips' positions it returns are police-only rows.
CREATE OR REPLACE FUNCTION ntm_risk_events(commune text, from_day date, to_day date)
RETURNS TABLE (
  kind text, business_id bigint, at timestamptz, found boolean,
  lng double precision, lat double precision
)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
  WITH span AS (
    SELECT (from_day::timestamp AT TIME ZONE 'Asia/Ho_Chi_Minh') AS t0,
           ((to_day + 1)::timestamp AT TIME ZONE 'Asia/Ho_Chi_Minh') AS t1
     WHERE session_user <> 'ntm_app' OR ntm_role() IN ('leadership', 'police')
  )
  SELECT 'tip', t.business_id, t.received_at, true,
         ST_X(coalesce(t.geom, b.geom)), ST_Y(coalesce(t.geom, b.geom))
    FROM tips t LEFT JOIN businesses b ON b.id = t.business_id, span s
   WHERE t.commune_code = commune AND t.duplicate_of IS NULL AND t.status <> 'unfounded'
     AND t.received_at >= s.t0 AND t.received_at < s.t1
  UNION ALL
  SELECT 'inspection', i.business_id, i.started_at,
         i.result IN ('violation', 'suspected', 'closed'), ST_X(b.geom), ST_Y(b.geom)
    FROM inspections i JOIN businesses b ON b.id = i.business_id, span s
   WHERE i.commune_code = commune AND i.status = 'recorded'
     AND i.started_at >= s.t0 AND i.started_at < s.t1
   ORDER BY 3
$$;
--> statement-breakpoint
-- A plan's done stops: the roles that read plans (leadership, police).
CREATE OR REPLACE FUNCTION ntm_route_plan_done(commune text, on_day date, business_ids bigint[])
RETURNS TABLE (business_id bigint, inspection_id bigint)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
  SELECT DISTINCT ON (i.business_id) i.business_id, i.id
    FROM inspections i
   WHERE ntm_role() IN ('leadership', 'police')
     AND i.commune_code = commune AND i.status = 'recorded' AND i.business_id = ANY (business_ids)
     AND i.started_at >= (on_day::timestamp AT TIME ZONE 'Asia/Ho_Chi_Minh')
     AND i.started_at < ((on_day + 1)::timestamp AT TIME ZONE 'Asia/Ho_Chi_Minh')
   ORDER BY i.business_id, i.started_at
$$;
--> statement-breakpoint
-- A business's village: only for the roles that read businesses (the API asks it for a village
-- head, to answer 403 rather than 404); the admin, health and a bare connection get NULL.
CREATE OR REPLACE FUNCTION ntm_village_of_business(business bigint) RETURNS integer
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
  SELECT village_id FROM businesses
   WHERE ntm_role() IN ('leadership', 'police', 'culture', 'village')
     AND id = business AND deleted_at IS NULL
$$;
--> statement-breakpoint
REVOKE ALL ON FUNCTION ntm_village_of_business(bigint) FROM PUBLIC;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION ntm_village_of_business(bigint) TO ntm_app;
--> statement-breakpoint
-- The risk model's inputs (business names, tip and finding ages): leadership and police, or the
-- owner; otherwise as 0028.
CREATE OR REPLACE FUNCTION ntm_risk_inputs(commune text, on_day date)
RETURNS TABLE (
  business_id bigint, name text, type business_type, licensed_trade text, village_id integer,
  village_name text, lng double precision, lat double precision,
  border_m double precision, traffic_m double precision, tourist_m double precision,
  housing_m double precision, similar_nearby integer,
  tip_ages double precision[], violation_ages double precision[], inspections_year integer
)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
  WITH asof AS (SELECT ((on_day + 1)::timestamp AT TIME ZONE 'Asia/Ho_Chi_Minh') AS t),
  open_businesses AS MATERIALIZED (
    SELECT b.id, b.name, b.type, b.licensed_trade, b.village_id, b.geom,
           b.geom::geography AS geog
      FROM businesses b
     WHERE b.commune_code = commune AND b.deleted_at IS NULL AND b.status <> 'closed'
       AND (session_user <> 'ntm_app' OR ntm_role() IN ('leadership', 'police'))
  ),
  areas AS MATERIALIZED (
    SELECT k.kind, k.geom::geography AS geog FROM key_areas k WHERE k.commune_code = commune
  ),
  nearest AS (
    SELECT b.id,
           min(ST_Distance(b.geog, k.geog)) FILTER (WHERE k.kind = 'border') AS border_m,
           min(ST_Distance(b.geog, k.geog)) FILTER (WHERE k.kind = 'traffic-route') AS traffic_m,
           min(ST_Distance(b.geog, k.geog)) FILTER (WHERE k.kind = 'tourist') AS tourist_m,
           min(ST_Distance(b.geog, k.geog)) FILTER (WHERE k.kind = 'worker-housing') AS housing_m
      FROM open_businesses b CROSS JOIN areas k
     GROUP BY b.id
  ),
  alike AS (
    -- A box of 0.005° (over 500 m here) first, then the true distance on the spheroid.
    SELECT b.id, count(o.id)::integer AS n
      FROM open_businesses b
      LEFT JOIN open_businesses o
        ON o.id <> b.id AND o.type = b.type
       AND o.geom && ST_Expand(b.geom, 0.005) AND ST_DWithin(o.geog, b.geog, 300)
     GROUP BY b.id
  ),
  tip_ages AS (
    SELECT t.business_id AS id, array_agg(extract(epoch FROM (a.t - t.received_at)) / 86400 ORDER BY t.received_at DESC) AS ages
      FROM tips t, asof a
     WHERE t.commune_code = commune AND t.business_id IS NOT NULL AND t.duplicate_of IS NULL
       AND t.status <> 'unfounded'
       AND t.received_at < a.t AND t.received_at >= a.t - interval '730 days'
     GROUP BY t.business_id
  ),
  findings AS (
    SELECT i.business_id AS id,
           array_agg(extract(epoch FROM (a.t - i.started_at)) / 86400 ORDER BY i.started_at DESC)
             FILTER (WHERE i.result IN ('violation', 'suspected', 'closed')) AS ages,
           count(*) FILTER (WHERE i.started_at >= a.t - interval '365 days')::integer AS year_count
      FROM inspections i, asof a
     WHERE i.status = 'recorded' AND i.started_at < a.t AND i.started_at >= a.t - interval '730 days'
     GROUP BY i.business_id
  )
  SELECT b.id, b.name, b.type, b.licensed_trade, v.id, v.name,
         ST_X(b.geom), ST_Y(b.geom),
         n.border_m, n.traffic_m, n.tourist_m, n.housing_m,
         coalesce(s.n, 0),
         coalesce(ta.ages, '{}'), coalesce(f.ages, '{}'), coalesce(f.year_count, 0)
    FROM open_businesses b
    JOIN villages v ON v.id = coalesce(ntm_village_on(commune, b.geom, on_day), b.village_id)
    LEFT JOIN nearest n ON n.id = b.id
    LEFT JOIN alike s ON s.id = b.id
    LEFT JOIN tip_ages ta ON ta.id = b.id
    LEFT JOIN findings f ON f.id = b.id
$$;
