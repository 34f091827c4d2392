CREATE TABLE "route_plan_stops" (
	"plan_id" bigint NOT NULL,
	"commune_code" text NOT NULL,
	"team_index" integer NOT NULL,
	"team_name" text NOT NULL,
	"seq" integer NOT NULL,
	"business_id" bigint NOT NULL,
	"planned_start" timestamp with time zone NOT NULL,
	CONSTRAINT "route_plan_stops_plan_id_team_index_seq_pk" PRIMARY KEY("plan_id","team_index","seq")
);
--> statement-breakpoint
CREATE TABLE "route_plans" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "route_plans_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"commune_code" text NOT NULL,
	"date" date NOT NULL,
	"created_by" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"seed" bigint NOT NULL,
	"surprise" boolean DEFAULT false NOT NULL,
	"params" jsonb NOT NULL,
	"input" jsonb NOT NULL,
	"plan" jsonb NOT NULL
);
--> statement-breakpoint
ALTER TABLE "route_plan_stops" ADD CONSTRAINT "route_plan_stops_plan_id_route_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."route_plans"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "route_plan_stops" ADD CONSTRAINT "route_plan_stops_commune_code_communes_commune_code_fk" FOREIGN KEY ("commune_code") REFERENCES "public"."communes"("commune_code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "route_plan_stops" ADD CONSTRAINT "route_plan_stops_business_id_businesses_id_fk" FOREIGN KEY ("business_id") REFERENCES "public"."businesses"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "route_plans" ADD CONSTRAINT "route_plans_commune_code_communes_commune_code_fk" FOREIGN KEY ("commune_code") REFERENCES "public"."communes"("commune_code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "route_plans" ADD CONSTRAINT "route_plans_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "route_plan_stops_business_idx" ON "route_plan_stops" USING btree ("business_id","planned_start");--> statement-breakpoint
CREATE INDEX "route_plans_commune_date_idx" ON "route_plans" USING btree ("commune_code","date");--> statement-breakpoint
-- Route plans (issue #7): travel times along the roads with pgRouting, and the plans themselves.
CREATE EXTENSION IF NOT EXISTS pgrouting;
--> statement-breakpoint
-- The routable network, always as fresh as `roads` (views, recomputed per query: a commune's few
-- hundred pieces take milliseconds; a province-sized layer would want a table refreshed by a
-- trigger instead). Roads arrive noded (roads meet at shared end points, see
-- scripts/src/seed/road-noding.ts); each is cut into straight pieces of at most 100 m so every
-- premises has a network vertex within ~50 m along its road to snap to, and a path's geometry
-- is just its vertices in order.
CREATE VIEW road_network_pieces AS
SELECT r.commune_code, r.class, r.id AS road_id, d.path[1] AS piece, d.geom,
       round(ST_X(ST_StartPoint(d.geom)) * 1e7)::bigint AS x0, round(ST_Y(ST_StartPoint(d.geom)) * 1e7)::bigint AS y0,
       round(ST_X(ST_EndPoint(d.geom)) * 1e7)::bigint AS x1, round(ST_Y(ST_EndPoint(d.geom)) * 1e7)::bigint AS y1
  FROM roads r
 CROSS JOIN LATERAL ST_DumpSegments(ST_Segmentize(r.geom::geography, 100)::geometry) d;
--> statement-breakpoint
-- Vertices keyed by their coordinates at 1e-7 degree (~1 cm): pieces that share an end point
-- share a vertex. Ids are dense per commune and stable for a given roads layer.
CREATE VIEW road_network_vertices AS
SELECT commune_code, row_number() OVER (PARTITION BY commune_code ORDER BY kx, ky) AS id, kx, ky,
       ST_SetSRID(ST_MakePoint(kx::float8 / 1e7, ky::float8 / 1e7), 4326) AS geom
  FROM (SELECT commune_code, x0 AS kx, y0 AS ky FROM road_network_pieces
        UNION
        SELECT commune_code, x1, y1 FROM road_network_pieces) k;
--> statement-breakpoint
CREATE VIEW road_network_edges AS
SELECT p.commune_code, row_number() OVER (PARTITION BY p.commune_code ORDER BY p.road_id, p.piece) AS id,
       p.road_id, p.class, s.id AS source, t.id AS target, ST_Length(p.geom::geography) AS length_m, p.geom
  FROM road_network_pieces p
  JOIN road_network_vertices s ON s.commune_code = p.commune_code AND s.kx = p.x0 AND s.ky = p.y0
  JOIN road_network_vertices t ON t.commune_code = p.commune_code AND t.kx = p.x1 AND t.ky = p.y1;
--> statement-breakpoint
GRANT SELECT ON road_network_pieces, road_network_vertices, road_network_edges TO ntm_app;
--> statement-breakpoint
-- pgRouting's edge query for a commune: cost in seconds from length and the speed of the road's
-- class (km/h, given by the caller: db/src/queries/road-network.ts documents them). Undirected:
-- every road is driven both ways at the same speed.
CREATE FUNCTION ntm_road_edges_sql(commune text, national_kmh float8, provincial_kmh float8, village_kmh float8)
RETURNS text LANGUAGE sql IMMUTABLE AS $$
  SELECT format(
    'SELECT id, source, target, length_m / (CASE class WHEN %L THEN %s WHEN %L THEN %s ELSE %s END / 3.6) AS cost
       FROM road_network_edges WHERE commune_code = %L',
    'national', national_kmh, 'provincial', provincial_kmh, village_kmh, commune)
$$;
--> statement-breakpoint
-- Travel among locations (1-based in the arrays): each snaps to its nearest network vertex and
-- reaches it by a straight access leg at `access_kmh`; between vertices, pgr_dijkstraCostMatrix
-- twice: the fastest time, and the shortest length (speeds of 3.6 km/h, i.e. 1 m/s, make the
-- cost metres). The two paths coincide on most pairs; taking the length of the fastest path
-- instead needs every path (pgr_dijkstra), ten times slower at 200 premises. Two locations on
-- the same vertex: the straight line at access speed. A pair with no path (a network in
-- pieces) comes back with nulls; the caller falls back to the straight line for it and says so.
CREATE FUNCTION ntm_road_matrix(
  commune text, lngs float8[], lats float8[],
  national_kmh float8, provincial_kmh float8, village_kmh float8, access_kmh float8
) RETURNS TABLE (from_index integer, to_index integer, seconds float8, meters float8)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp
-- No JIT: the pieces view is estimated at a million rows (ST_DumpSegments says 1,000 per
-- road), so the JIT would spend half a second compiling a query that runs in milliseconds.
SET jit = off AS $$
  WITH verts AS MATERIALIZED (
    SELECT v.id, v.geom FROM road_network_vertices v WHERE v.commune_code = commune
  ), loc AS (
    SELECT i::integer AS idx, ST_SetSRID(ST_MakePoint(lngs[i], lats[i]), 4326) AS geom
      FROM generate_subscripts(lngs, 1) i
  ), snapped AS MATERIALIZED (
    SELECT l.idx, l.geom, n.id AS vid, ST_Distance(l.geom::geography, n.geom::geography) AS access_m
      FROM loc l CROSS JOIN LATERAL (SELECT verts.id, verts.geom FROM verts ORDER BY verts.geom <-> l.geom LIMIT 1) n
  ), times AS MATERIALIZED (
    SELECT start_vid, end_vid, agg_cost
      FROM pgr_dijkstraCostMatrix(ntm_road_edges_sql(commune, national_kmh, provincial_kmh, village_kmh),
                                  (SELECT array_agg(DISTINCT vid) FROM snapped), directed => false)
  ), lengths AS MATERIALIZED (
    SELECT start_vid, end_vid, agg_cost
      FROM pgr_dijkstraCostMatrix(ntm_road_edges_sql(commune, 3.6, 3.6, 3.6),
                                  (SELECT array_agg(DISTINCT vid) FROM snapped), directed => false)
  )
  SELECT a.idx, b.idx,
         CASE WHEN a.idx = b.idx THEN 0
              WHEN a.vid = b.vid THEN ST_Distance(a.geom::geography, b.geom::geography) / (access_kmh / 3.6)
              ELSE (a.access_m + b.access_m) / (access_kmh / 3.6) + t.agg_cost END,
         CASE WHEN a.idx = b.idx THEN 0
              WHEN a.vid = b.vid THEN ST_Distance(a.geom::geography, b.geom::geography)
              ELSE a.access_m + b.access_m + m.agg_cost END
    FROM snapped a CROSS JOIN snapped b
    LEFT JOIN times t ON t.start_vid = a.vid AND t.end_vid = b.vid
    LEFT JOIN lengths m ON m.start_vid = a.vid AND m.end_vid = b.vid
$$;
--> statement-breakpoint
-- The path of each leg (from → to, 1-based in the arrays) along the roads: the vertices in
-- order, from the vertex nearest `from` to the vertex nearest `to`. Legs whose ends share a
-- vertex or have no path return no rows (the caller draws them straight, as it timed them).
CREATE FUNCTION ntm_road_legs(
  commune text, from_lngs float8[], from_lats float8[], to_lngs float8[], to_lats float8[],
  national_kmh float8, provincial_kmh float8, village_kmh float8
) RETURNS TABLE (leg integer, seq integer, lng float8, lat float8)
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public, pg_temp
-- No JIT: the pieces view is estimated at a million rows (ST_DumpSegments says 1,000 per
-- road), so the JIT would spend half a second compiling a query that runs in milliseconds.
SET jit = off AS $$
DECLARE
  froms bigint[];
  tos bigint[];
BEGIN
  WITH verts AS MATERIALIZED (SELECT v.id, v.geom FROM road_network_vertices v WHERE v.commune_code = commune),
       ends AS (SELECT i::integer AS i,
                       ST_SetSRID(ST_MakePoint(from_lngs[i], from_lats[i]), 4326) AS a,
                       ST_SetSRID(ST_MakePoint(to_lngs[i], to_lats[i]), 4326) AS b
                  FROM generate_subscripts(from_lngs, 1) i)
  SELECT array_agg((SELECT verts.id FROM verts ORDER BY verts.geom <-> e.a LIMIT 1) ORDER BY e.i),
         array_agg((SELECT verts.id FROM verts ORDER BY verts.geom <-> e.b LIMIT 1) ORDER BY e.i)
    INTO froms, tos FROM ends e;
  IF froms IS NULL OR froms[1] IS NULL THEN
    RETURN;
  END IF;
  RETURN QUERY
  WITH d AS MATERIALIZED (
    SELECT * FROM pgr_dijkstra(
      ntm_road_edges_sql(commune, national_kmh, provincial_kmh, village_kmh),
      format('SELECT unnest(%L::bigint[]) AS source, unnest(%L::bigint[]) AS target', froms, tos),
      directed => false)
  ), verts AS MATERIALIZED (SELECT v.id, v.geom FROM road_network_vertices v WHERE v.commune_code = commune)
  SELECT l.i::integer, d.path_seq::integer, ST_X(v.geom), ST_Y(v.geom)
    FROM generate_subscripts(froms, 1) l(i)
    JOIN d ON d.start_vid = froms[l.i] AND d.end_vid = tos[l.i]
    JOIN verts v ON v.id = d.node
   WHERE froms[l.i] <> tos[l.i]
   ORDER BY 1, 2;
END $$;
--> statement-breakpoint
-- Where a team starts when none is given: the road vertex nearest the commune's centre (its
-- centroid, or a point on its surface when the centroid falls outside), else that centre.
CREATE FUNCTION ntm_road_depot(commune text)
RETURNS TABLE (lng float8, lat float8)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp SET jit = off AS $$
  WITH centre AS (
    SELECT CASE WHEN ST_Contains(c.geom, ST_Centroid(c.geom)) THEN ST_Centroid(c.geom)
                ELSE ST_PointOnSurface(c.geom) END AS geom
      FROM communes c WHERE c.commune_code = commune
  ), vertex AS (
    SELECT v.geom FROM road_network_vertices v, centre c
     WHERE v.commune_code = commune ORDER BY v.geom <-> c.geom LIMIT 1
  )
  SELECT ST_X(p), ST_Y(p)
    FROM (SELECT coalesce((SELECT geom FROM vertex), (SELECT geom FROM centre)) AS p) x
   WHERE p IS NOT NULL
$$;
--> statement-breakpoint
REVOKE ALL ON FUNCTION ntm_road_depot(text) FROM PUBLIC;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION ntm_road_depot(text) TO ntm_app;
--> statement-breakpoint
REVOKE ALL ON FUNCTION ntm_road_matrix(text, float8[], float8[], float8, float8, float8, float8) FROM PUBLIC;
--> statement-breakpoint
REVOKE ALL ON FUNCTION ntm_road_legs(text, float8[], float8[], float8[], float8[], float8, float8, float8) FROM PUBLIC;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION ntm_road_matrix(text, float8[], float8[], float8, float8, float8, float8) TO ntm_app;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION ntm_road_legs(text, float8[], float8[], float8[], float8[], float8, float8, float8) TO ntm_app;
--> statement-breakpoint
-- Which planned premises were inspected on the plan's day (Vietnam time): a recorded inspection
-- of the business that started that day. Owner's rights because leadership follows a plan's
-- progress but may not read inspection rows; it gets ids only, for plans it could read.
CREATE FUNCTION ntm_route_plan_done(commune text, on_day date, business_ids bigint[])
RETURNS TABLE (business_id bigint, inspection_id bigint)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
  SELECT DISTINCT ON (i.business_id) i.business_id, i.id
    FROM inspections i
   WHERE i.commune_code = commune AND i.status = 'recorded' AND i.business_id = ANY (business_ids)
     AND i.started_at >= (on_day::timestamp AT TIME ZONE 'Asia/Ho_Chi_Minh')
     AND i.started_at < ((on_day + 1)::timestamp AT TIME ZONE 'Asia/Ho_Chi_Minh')
   ORDER BY i.business_id, i.started_at
$$;
--> statement-breakpoint
REVOKE ALL ON FUNCTION ntm_route_plan_done(text, date, bigint[]) FROM PUBLIC;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION ntm_route_plan_done(text, date, bigint[]) TO ntm_app;
--> statement-breakpoint
-- Plans are the police's: they read and write them. Leadership reads the rounds that are not
-- surprise rounds; a surprise round is shown to nobody outside the team (the police role and
-- whoever made it). Plans are never deleted by the app; a saved edit replaces the stops.
GRANT SELECT, INSERT, UPDATE ON route_plans TO ntm_app;
--> statement-breakpoint
GRANT SELECT, INSERT, DELETE ON route_plan_stops TO ntm_app;
--> statement-breakpoint
GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO ntm_app;
--> statement-breakpoint
ALTER TABLE route_plans ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE route_plans FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY route_plans_read ON route_plans FOR SELECT USING (
  ntm_role() = 'police' OR created_by = ntm_user() OR (ntm_role() = 'leadership' AND NOT surprise)
);
--> statement-breakpoint
CREATE POLICY route_plans_insert ON route_plans FOR INSERT WITH CHECK (ntm_role() = 'police');
--> statement-breakpoint
CREATE POLICY route_plans_update ON route_plans FOR UPDATE
  USING (ntm_role() = 'police') WITH CHECK (ntm_role() = 'police');
--> statement-breakpoint
ALTER TABLE route_plan_stops ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE route_plan_stops FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
-- A stop is seen with its plan (the subquery is itself under route_plans' policy).
CREATE POLICY route_plan_stops_read ON route_plan_stops FOR SELECT
  USING (EXISTS (SELECT 1 FROM route_plans p WHERE p.id = plan_id));
--> statement-breakpoint
CREATE POLICY route_plan_stops_insert ON route_plan_stops FOR INSERT WITH CHECK (ntm_role() = 'police');
--> statement-breakpoint
CREATE POLICY route_plan_stops_delete ON route_plan_stops FOR DELETE USING (ntm_role() = 'police');
