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
    RETURNING b.id, b.name, m.before, b.village_id
  )
  SELECT c.id, c.name, c.before, c.village_id FROM changed c ORDER BY c.id;
END $$;
--> statement-breakpoint
REVOKE ALL ON FUNCTION ntm_rederive_business_villages(text) FROM PUBLIC;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION ntm_rederive_business_villages(text) TO ntm_app;
