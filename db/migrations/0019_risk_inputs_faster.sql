-- The same inputs as 0017, three times faster (about 200 → 65 ms for 200 businesses): one pass
-- over the key areas with a minimum per kind instead of four correlated lookups per business,
-- a bounding box before the true distance for similar premises nearby, and the tip and
-- inspection ages grouped once instead of a subquery per business. The results are identical
-- (checked row for row over seven days of the demo history).
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
  SELECT b.id, b.name, b.type, b.licensed_trade, b.village_id, v.name,
         ST_X(b.geom), ST_Y(b.geom),
         n.border_m, n.traffic_m, n.tourist_m, n.housing_m,
         coalesce(s.n, 0),
         coalesce(ta.ages, '{}'), coalesce(f.ages, '{}'), coalesce(f.year_count, 0)
    FROM open_businesses b
    JOIN villages v ON v.id = b.village_id
    LEFT JOIN nearest n ON n.id = b.id
    LEFT JOIN alike s ON s.id = b.id
    LEFT JOIN tip_ages ta ON ta.id = b.id
    LEFT JOIN findings f ON f.id = b.id
$$;
