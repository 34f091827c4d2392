-- The support counts, like the other tallies (0022), answer only the plan's followers
-- (leadership, police, health, culture): a village head, the admin or a connection without a
-- session gets no rows, even calling the function directly as ntm_app.
CREATE OR REPLACE FUNCTION ntm_support_counts(commune text, from_on date, to_on date)
RETURNS TABLE (village_id integer, opened integer, eligible integer, reached integer,
               connected_by_service jsonb)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
  WITH c AS (
    SELECT sc.id, sc.village_id, sc.opened_on, sc.eligible, sc.counselled_on, sc.closed_on
      FROM support.cases sc
     WHERE ntm_plan_reader() AND sc.commune_code = commune AND sc.opened_on < to_on
       AND (sc.closed_on IS NULL OR sc.closed_on >= from_on)
  ), conn AS (
    SELECT r.case_id, r.service, min(r.outcome_on) AS on_day
      FROM support.referrals r
     WHERE r.commune_code = commune AND r.outcome = 'connected' AND r.outcome_on < to_on
     GROUP BY r.case_id, r.service
  ), per_case AS (
    SELECT c.*,
           EXISTS (SELECT 1 FROM conn WHERE conn.case_id = c.id) AS any_connected,
           (SELECT coalesce(jsonb_agg(conn.service), '[]'::jsonb) FROM conn
             WHERE conn.case_id = c.id AND conn.on_day >= from_on) AS services_in_period
      FROM c
  )
  SELECT p.village_id,
         count(*) FILTER (WHERE p.opened_on >= from_on)::integer,
         count(*) FILTER (WHERE p.eligible)::integer,
         count(*) FILTER (WHERE p.eligible AND p.counselled_on < to_on AND p.any_connected)::integer,
         coalesce((SELECT jsonb_object_agg(s, n) FROM (
           SELECT s.value #>> '{}' AS s, count(*) AS n
             FROM per_case q CROSS JOIN LATERAL jsonb_array_elements(q.services_in_period) s
            WHERE q.village_id IS NOT DISTINCT FROM p.village_id GROUP BY 1) x), '{}'::jsonb)
    FROM per_case p
   GROUP BY p.village_id
$$;
