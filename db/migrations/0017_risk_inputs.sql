-- What the risk model needs of each open business on a day, for every role that reads risk
-- (leadership, police): distances to the key areas, similar premises nearby, and only the ages
-- of the tips and findings about it, never their contents. Runs with the owner's rights, as
-- tip rows are police-only.
CREATE FUNCTION ntm_risk_inputs(commune text, on_day date)
RETURNS TABLE (
  business_id bigint, name text, type business_type, licensed_trade text, village_id integer,
  village_name text, lng double precision, lat double precision,
  border_m double precision, traffic_m double precision, tourist_m double precision,
  housing_m double precision, similar_nearby integer,
  tip_ages double precision[], violation_ages double precision[], inspections_year integer
)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
  WITH asof AS (SELECT ((on_day + 1)::timestamp AT TIME ZONE 'Asia/Ho_Chi_Minh') AS t),
  open_businesses AS (
    SELECT b.* FROM businesses b
     WHERE b.commune_code = commune AND b.deleted_at IS NULL AND b.status <> 'closed'
  ),
  nearest AS (
    SELECT b.id, k.kind, min(ST_Distance(b.geom::geography, k.geom::geography)) AS metres
      FROM open_businesses b JOIN key_areas k ON k.commune_code = commune
     GROUP BY b.id, k.kind
  )
  SELECT b.id, b.name, b.type, b.licensed_trade, b.village_id, v.name,
         ST_X(b.geom), ST_Y(b.geom),
         (SELECT metres FROM nearest n WHERE n.id = b.id AND n.kind = 'border'),
         (SELECT metres FROM nearest n WHERE n.id = b.id AND n.kind = 'traffic-route'),
         (SELECT metres FROM nearest n WHERE n.id = b.id AND n.kind = 'tourist'),
         (SELECT metres FROM nearest n WHERE n.id = b.id AND n.kind = 'worker-housing'),
         (SELECT count(*)::integer FROM open_businesses o
           WHERE o.id <> b.id AND o.type = b.type
             AND ST_DWithin(o.geom::geography, b.geom::geography, 300)),
         ARRAY(SELECT extract(epoch FROM (a.t - t.received_at)) / 86400 FROM tips t
                WHERE t.business_id = b.id AND t.duplicate_of IS NULL AND t.status <> 'unfounded'
                  AND t.received_at < a.t AND t.received_at >= a.t - interval '730 days'),
         ARRAY(SELECT extract(epoch FROM (a.t - i.started_at)) / 86400 FROM inspections i
                WHERE i.business_id = b.id AND i.status = 'recorded'
                  AND i.result IN ('violation', 'suspected', 'closed')
                  AND i.started_at < a.t AND i.started_at >= a.t - interval '730 days'),
         (SELECT count(*)::integer FROM inspections i
           WHERE i.business_id = b.id AND i.status = 'recorded'
             AND i.started_at < a.t AND i.started_at >= a.t - interval '365 days')
    FROM open_businesses b JOIN villages v ON v.id = b.village_id, asof a
$$;
--> statement-breakpoint
REVOKE ALL ON FUNCTION ntm_risk_inputs(text, date) FROM PUBLIC;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION ntm_risk_inputs(text, date) TO ntm_app;
