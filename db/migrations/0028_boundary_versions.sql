-- Issue #14 point 6: dated boundaries. Every village and the commune keep every outline they
-- ever had, each valid over [valid_from, valid_to) (valid_to null: in force now or from then on).
--
-- The choice: `villages` stays the village's identity (its id is what users, businesses,
-- proposals, support cases, communication activities and the row-level security policies refer
-- to) and `villages.geom` / `communes.geom` stay the outline in force today, so the trigger that
-- derives a business's village, ntm_village_at, the policies and every current-state query keep
-- working unchanged. The versions live beside them in `village_boundaries` and
-- `commune_boundaries`, the current one included, and answer for any past (or planned) day.
-- A village that exists only before or after some day (merged into another, split, renamed)
-- has versions only then; while it has no version in force its `villages.geom` is NULL, so it
-- takes no business and no village head's write (ST_Intersects(NULL, p) is never true), and the
-- lists of current villages leave it out. `villages.valid_from` / `valid_to` say the village's
-- own life (its first version's start, its last version's end), for lists and forms.
-- '-infinity' as valid_from means "since before the app knew" (boundaries loaded without a day).
CREATE EXTENSION IF NOT EXISTS btree_gist;
--> statement-breakpoint
ALTER TABLE villages ALTER COLUMN geom DROP NOT NULL,
  ADD COLUMN valid_from date NOT NULL DEFAULT '-infinity',
  ADD COLUMN valid_to date,
  ADD CONSTRAINT villages_life_ordered CHECK (valid_to IS NULL OR valid_to > valid_from);
--> statement-breakpoint
CREATE TABLE village_boundaries (
  id integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY,
  commune_code text NOT NULL REFERENCES communes (commune_code),
  village_id integer NOT NULL REFERENCES villages (id),
  -- The name and the population as they were in this version (a version keeps its own).
  name text NOT NULL,
  population integer,
  former_commune_id integer REFERENCES former_communes (id),
  valid_from date NOT NULL,
  valid_to date,
  geom geometry(MultiPolygon, 4326) NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT village_boundaries_ordered CHECK (valid_to IS NULL OR valid_to > valid_from),
  CONSTRAINT village_boundaries_geom_valid CHECK (ntm_geometry_ok(geom)),
  CONSTRAINT village_boundaries_geom_in_vietnam CHECK (ntm_within_vietnam(geom)),
  -- One outline per village on any day.
  CONSTRAINT village_boundaries_one_per_day
    EXCLUDE USING gist (village_id WITH =, daterange(valid_from, valid_to) WITH &&)
);
--> statement-breakpoint
CREATE INDEX village_boundaries_geom_idx ON village_boundaries USING gist (geom);
--> statement-breakpoint
CREATE INDEX village_boundaries_commune_days_idx ON village_boundaries (commune_code, valid_from, valid_to);
--> statement-breakpoint
CREATE TABLE commune_boundaries (
  id integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY,
  commune_code text NOT NULL REFERENCES communes (commune_code),
  valid_from date NOT NULL,
  valid_to date,
  geom geometry(MultiPolygon, 4326) NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT commune_boundaries_ordered CHECK (valid_to IS NULL OR valid_to > valid_from),
  CONSTRAINT commune_boundaries_geom_valid CHECK (ntm_geometry_ok(geom)),
  CONSTRAINT commune_boundaries_geom_in_vietnam CHECK (ntm_within_vietnam(geom)),
  CONSTRAINT commune_boundaries_one_per_day
    EXCLUDE USING gist (commune_code WITH =, daterange(valid_from, valid_to) WITH &&)
);
--> statement-breakpoint
CREATE INDEX commune_boundaries_geom_idx ON commune_boundaries USING gist (geom);
--> statement-breakpoint
-- What was there before this migration is the one version known, valid since always.
INSERT INTO village_boundaries (commune_code, village_id, name, population, former_commune_id, valid_from, geom)
SELECT commune_code, id, name, population, former_commune_id, '-infinity', geom FROM villages;
--> statement-breakpoint
INSERT INTO commune_boundaries (commune_code, valid_from, geom)
SELECT commune_code, '-infinity', geom FROM communes;
--> statement-breakpoint

-- The village whose outline valid on `on_day` contains `pos`: the rule of ntm_village_at (the
-- lowest id on a shared boundary) applied to the versions of that day.
CREATE FUNCTION ntm_village_on(commune text, pos geometry, on_day date) RETURNS integer
LANGUAGE sql STABLE PARALLEL SAFE AS $$
  SELECT b.village_id FROM village_boundaries b
   WHERE b.commune_code = commune AND b.valid_from <= on_day
     AND (b.valid_to IS NULL OR b.valid_to > on_day) AND ST_Intersects(b.geom, pos)
   ORDER BY b.village_id LIMIT 1
$$;
--> statement-breakpoint
-- A village recorded on a row that has no position (a support case) seen on another day: itself
-- when it has an outline that day, else the village of that day that shares most ground with
-- its nearest outline in time (a merged village goes to the one it joined, and back).
CREATE FUNCTION ntm_village_as_on(commune text, village integer, on_day date) RETURNS integer
LANGUAGE sql STABLE PARALLEL SAFE AS $$
  SELECT coalesce(
    (SELECT b.village_id FROM village_boundaries b
      WHERE b.village_id = village AND b.valid_from <= on_day
        AND (b.valid_to IS NULL OR b.valid_to > on_day)),
    (SELECT d.village_id
       FROM (SELECT b.geom FROM village_boundaries b WHERE b.village_id = village
              ORDER BY CASE WHEN on_day < b.valid_from THEN b.valid_from - on_day
                            WHEN b.valid_to IS NOT NULL AND on_day >= b.valid_to THEN on_day - b.valid_to + 1
                            ELSE 0 END
              LIMIT 1) own,
            village_boundaries d
      WHERE d.commune_code = commune AND d.valid_from <= on_day
        AND (d.valid_to IS NULL OR d.valid_to > on_day) AND ST_Intersects(d.geom, own.geom)
      ORDER BY ST_Area(ST_Intersection(d.geom, own.geom)) DESC, d.village_id
      LIMIT 1),
    village)
$$;
--> statement-breakpoint

-- Writes: the admin (the import of boundaries) through the app, the owner (seed, CLIs) directly.
-- Reads: anyone who may read the villages.
GRANT SELECT ON village_boundaries, commune_boundaries TO ntm_app;
--> statement-breakpoint
GRANT INSERT, UPDATE ON village_boundaries, commune_boundaries TO ntm_app;
--> statement-breakpoint
GRANT INSERT, UPDATE ON villages TO ntm_app;
--> statement-breakpoint
GRANT UPDATE (geom) ON communes TO ntm_app;
--> statement-breakpoint
GRANT SELECT ON village_boundaries, commune_boundaries TO ntm_support;
--> statement-breakpoint
ALTER TABLE village_boundaries ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY village_boundaries_read ON village_boundaries FOR SELECT USING (true);
--> statement-breakpoint
CREATE POLICY village_boundaries_admin_insert ON village_boundaries FOR INSERT WITH CHECK (ntm_role() = 'admin');
--> statement-breakpoint
CREATE POLICY village_boundaries_admin_update ON village_boundaries FOR UPDATE USING (ntm_role() = 'admin');
--> statement-breakpoint
ALTER TABLE commune_boundaries ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY commune_boundaries_read ON commune_boundaries FOR SELECT USING (true);
--> statement-breakpoint
CREATE POLICY commune_boundaries_admin_insert ON commune_boundaries FOR INSERT WITH CHECK (ntm_role() = 'admin');
--> statement-breakpoint
CREATE POLICY commune_boundaries_admin_update ON commune_boundaries FOR UPDATE USING (ntm_role() = 'admin');
--> statement-breakpoint
ALTER TABLE villages ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY villages_read ON villages FOR SELECT USING (true);
--> statement-breakpoint
CREATE POLICY villages_admin_insert ON villages FOR INSERT WITH CHECK (ntm_role() = 'admin');
--> statement-breakpoint
CREATE POLICY villages_admin_update ON villages FOR UPDATE USING (ntm_role() = 'admin');
--> statement-breakpoint
ALTER TABLE communes ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY communes_read ON communes FOR SELECT USING (true);
--> statement-breakpoint
CREATE POLICY communes_admin_update ON communes FOR UPDATE USING (ntm_role() = 'admin');
--> statement-breakpoint

-- After the current outlines changed: every business (deleted ones too, so an undo finds them
-- right) takes the village its position now lies in, through the businesses' own trigger, and
-- the moves come back. Runs with the owner's rights, since the admin may not write businesses;
-- only the admin (or the owner's own connection) may call it. A business outside every village
-- makes the trigger refuse, and with it the whole transaction.
CREATE FUNCTION ntm_rederive_business_villages(commune text)
RETURNS TABLE (business_id bigint, name text, from_village integer, to_village integer)
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
  IF session_user = 'ntm_app' AND ntm_role() IS DISTINCT FROM 'admin' THEN
    RAISE EXCEPTION 'only the admin re-derives villages' USING ERRCODE = 'insufficient_privilege';
  END IF;
  RETURN QUERY
  WITH moving AS (
    SELECT b.id, b.village_id AS before, ntm_village_at(commune, b.geom) AS after
      FROM businesses b
     WHERE b.commune_code = commune AND b.geom IS NOT NULL
  ), changed AS (
    UPDATE businesses b SET village_id = m.after
      FROM moving m
     WHERE b.id = m.id AND m.after IS DISTINCT FROM m.before
    RETURNING b.id, b.name, m.before, b.village_id, b.deleted_at
  )
  -- Deleted premises get their village re-derived too (their history stays right) but are no
  -- longer on any list, so they are not named as having moved.
  SELECT c.id, c.name, c.before, c.village_id FROM changed c
   WHERE c.deleted_at IS NULL ORDER BY c.id;
END $$;
--> statement-breakpoint
REVOKE ALL ON FUNCTION ntm_rederive_business_villages(text) FROM PUBLIC;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION ntm_rederive_business_villages(text) TO ntm_app;
--> statement-breakpoint

-- The risk of a day groups its businesses by the villages of that day: as 0019, with each
-- business's village taken from the outlines valid on `on_day` (today's stored village when
-- no outline of that day holds it).
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
--> statement-breakpoint
-- The periodic report's table by village: for each village of the map of `villages_on` (the
-- period's last day counted), the premises in the registry as it stood then (as
-- ntm_registry_as_of) and the recorded inspections in [from_at, to_at) with those that found a
-- violation, each premises in the village whose outline of that day holds it. Every village of
-- the day has a row (zeros included); a premises outside all of them (none in a consistent
-- map) is counted in a row without a village, so the totals always equal the report's own.
CREATE FUNCTION ntm_village_tallies(commune text, year_from date, as_of date,
                                    from_at timestamptz, to_at timestamptz, villages_on date)
RETURNS TABLE (village_id integer, village_name text, businesses integer, inspections integer,
               with_violation integer)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
  WITH days_villages AS (
    SELECT b.village_id, b.name FROM village_boundaries b
     WHERE ntm_plan_reader() AND b.commune_code = commune AND b.valid_from <= villages_on
       AND (b.valid_to IS NULL OR b.valid_to > villages_on)
  ), placed AS (
    SELECT b.id, ntm_village_on(commune, b.geom, villages_on) AS village_id
      FROM businesses b WHERE ntm_plan_reader() AND b.commune_code = commune
  ), registry AS (
    SELECT p.village_id, count(*)::integer AS n
      FROM ntm_registry_as_of(commune, year_from, as_of) r JOIN placed p ON p.id = r.id
     GROUP BY 1
  ), visits AS (
    SELECT p.village_id, count(*)::integer AS n,
           count(*) FILTER (WHERE i.result IN ('violation', 'closed'))::integer AS bad
      FROM inspections i JOIN placed p ON p.id = i.business_id
     WHERE i.commune_code = commune AND i.status = 'recorded'
       AND i.started_at >= from_at AND i.started_at < to_at
     GROUP BY 1
  )
  SELECT d.village_id, d.name, coalesce(r.n, 0), coalesce(v.n, 0), coalesce(v.bad, 0)
    FROM days_villages d
    LEFT JOIN registry r ON r.village_id = d.village_id
    LEFT JOIN visits v ON v.village_id = d.village_id
  UNION ALL
  SELECT NULL, NULL, o.businesses, o.inspections, o.with_violation
    FROM (SELECT
            (SELECT coalesce(sum(r.n), 0) FROM registry r
              WHERE r.village_id IS NULL OR r.village_id NOT IN (SELECT village_id FROM days_villages))::integer AS businesses,
            (SELECT coalesce(sum(v.n), 0) FROM visits v
              WHERE v.village_id IS NULL OR v.village_id NOT IN (SELECT village_id FROM days_villages))::integer AS inspections,
            (SELECT coalesce(sum(v.bad), 0) FROM visits v
              WHERE v.village_id IS NULL OR v.village_id NOT IN (SELECT village_id FROM days_villages))::integer AS with_violation
         ) o
   WHERE o.businesses + o.inspections > 0
$$;
--> statement-breakpoint
REVOKE ALL ON FUNCTION ntm_village_tallies(text, date, date, timestamptz, timestamptz, date) FROM PUBLIC;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION ntm_village_tallies(text, date, date, timestamptz, timestamptz, date) TO ntm_app;
--> statement-breakpoint
-- Before the outlines of `on_day` become today's: the live businesses no village of that day
-- holds (the new version would leave them without a village). The owner's rights, as above,
-- since the admin reads no business; names and ids only.
CREATE FUNCTION ntm_businesses_outside_villages(commune text, on_day date)
RETURNS TABLE (id bigint, name text)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
  SELECT b.id, b.name FROM businesses b
   WHERE (session_user <> 'ntm_app' OR ntm_role() = 'admin')
     AND b.commune_code = commune AND b.geom IS NOT NULL
     AND ntm_village_on(commune, b.geom, on_day) IS NULL
   ORDER BY b.id
$$;
--> statement-breakpoint
REVOKE ALL ON FUNCTION ntm_businesses_outside_villages(text, date) FROM PUBLIC;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION ntm_businesses_outside_villages(text, date) TO ntm_app;
--> statement-breakpoint
-- The registry as of a day names each premises' village as the map of that day had it (the
-- indicator b drill-down of 2024 says "thôn Phạm Xá" for a premises in a village merged since).
CREATE OR REPLACE FUNCTION ntm_registry_as_of(commune text, year_from date, as_of date)
RETURNS TABLE (id bigint, name text, type business_type, village text, status business_status,
               created_at timestamptz, last_review date)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
  WITH t AS (SELECT ((as_of + 1)::timestamp AT TIME ZONE 'Asia/Ho_Chi_Minh') AS at)
  SELECT b.id, b.name, b.type,
         coalesce((SELECT d.name FROM village_boundaries d
                    WHERE d.village_id = ntm_village_on(commune, b.geom, as_of)
                      AND d.valid_from <= as_of AND (d.valid_to IS NULL OR d.valid_to > as_of)),
                  v.name),
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
