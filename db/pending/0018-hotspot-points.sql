-- PENDING (to be folded into a real migration on merge; applied by hand until then, and by the
-- test setup, which runs every file in db/pending after the migrations).
--
-- Where the events of a hot-spot layer happened, for every role that reads hot spots
-- (leadership, police): coordinates only, never ids, text or reporter data. Runs with the
-- owner's rights, as tip and inspection rows are police-only under row-level security.
--   tips:       independent ones (not linked as a duplicate), any status but 'unfounded', at the
--               tip's own location or else at the business it names; received in [from, to]
--   violations: recorded inspections that found a violation, suspected activity or closed the
--               place, where the inspection took place; started in [from, to]
-- Days are Vietnam days (Asia/Ho_Chi_Minh), both ends included.
CREATE OR REPLACE FUNCTION ntm_event_points(commune text, layer text, from_day date, to_day date)
RETURNS TABLE (lng double precision, lat double precision)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
  WITH span AS (
    SELECT (from_day::timestamp AT TIME ZONE 'Asia/Ho_Chi_Minh') AS t0,
           ((to_day + 1)::timestamp AT TIME ZONE 'Asia/Ho_Chi_Minh') AS t1
  )
  SELECT ST_X(p), ST_Y(p) FROM (
    SELECT coalesce(t.geom, b.geom) AS p
      FROM tips t LEFT JOIN businesses b ON b.id = t.business_id, span s
     WHERE layer = 'tips' AND t.commune_code = commune AND t.duplicate_of IS NULL
       AND t.status <> 'unfounded' AND t.received_at >= s.t0 AND t.received_at < s.t1
    UNION ALL
    SELECT i.geom
      FROM inspections i, span s
     WHERE layer = 'violations' AND i.commune_code = commune AND i.status = 'recorded'
       AND i.result IN ('violation', 'suspected', 'closed')
       AND i.started_at >= s.t0 AND i.started_at < s.t1
  ) e
  WHERE p IS NOT NULL
$$;
REVOKE ALL ON FUNCTION ntm_event_points(text, text, date, date) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION ntm_event_points(text, text, date, date) TO ntm_app;
