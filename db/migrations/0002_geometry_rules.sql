-- The database refuses bad geometry on its own, whatever client writes it. The column types
-- already fix the geometry type and SRID 4326; these rules add validity and "inside Vietnam".

-- Vietnam's bounding box, mainland and islands (lng 102.1–117.9, lat 6.9–23.4). Coarse on
-- purpose: the API checks the tighter "inside the commune" rule and names it in its errors.
CREATE FUNCTION ntm_within_vietnam(g geometry) RETURNS boolean
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  AS $$ SELECT ST_CoveredBy(g, ST_MakeEnvelope(102.1, 6.9, 117.9, 23.4, 4326)) $$;
--> statement-breakpoint
CREATE FUNCTION ntm_geometry_ok(g geometry) RETURNS boolean
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  AS $$ SELECT g IS NULL OR (NOT ST_IsEmpty(g) AND ST_IsValid(g)) $$;
--> statement-breakpoint
ALTER TABLE communes ADD CONSTRAINT communes_geom_valid CHECK (ntm_geometry_ok(geom)),
  ADD CONSTRAINT communes_geom_in_vietnam CHECK (ntm_within_vietnam(geom));
--> statement-breakpoint
ALTER TABLE former_communes ADD CONSTRAINT former_communes_geom_valid CHECK (ntm_geometry_ok(geom)),
  ADD CONSTRAINT former_communes_geom_in_vietnam CHECK (ntm_within_vietnam(geom));
--> statement-breakpoint
ALTER TABLE villages ADD CONSTRAINT villages_geom_valid CHECK (ntm_geometry_ok(geom)),
  ADD CONSTRAINT villages_geom_in_vietnam CHECK (ntm_within_vietnam(geom));
--> statement-breakpoint
ALTER TABLE key_areas ADD CONSTRAINT key_areas_geom_valid CHECK (ntm_geometry_ok(geom)),
  ADD CONSTRAINT key_areas_geom_in_vietnam CHECK (ntm_within_vietnam(geom));
--> statement-breakpoint
ALTER TABLE roads ADD CONSTRAINT roads_geom_valid CHECK (ntm_geometry_ok(geom)),
  ADD CONSTRAINT roads_geom_in_vietnam CHECK (ntm_within_vietnam(geom));
--> statement-breakpoint
ALTER TABLE businesses ADD CONSTRAINT businesses_geom_valid CHECK (ntm_geometry_ok(geom)),
  ADD CONSTRAINT businesses_geom_in_vietnam CHECK (ntm_within_vietnam(geom)),
  ADD CONSTRAINT businesses_opening_hours_object
    CHECK (opening_hours IS NULL OR jsonb_typeof(opening_hours) = 'object');
--> statement-breakpoint
ALTER TABLE tips ADD CONSTRAINT tips_geom_valid CHECK (ntm_geometry_ok(geom)),
  ADD CONSTRAINT tips_geom_in_vietnam CHECK (geom IS NULL OR ntm_within_vietnam(geom)),
  ADD CONSTRAINT tips_precision_non_negative CHECK (precision_meters >= 0);
--> statement-breakpoint
ALTER TABLE inspections ADD CONSTRAINT inspections_geom_valid CHECK (ntm_geometry_ok(geom)),
  ADD CONSTRAINT inspections_geom_in_vietnam CHECK (ntm_within_vietnam(geom));
--> statement-breakpoint

-- A business's village follows from its position. A point on a boundary shared by two
-- villages belongs to the one with the lower id, so the answer never depends on row order.
CREATE FUNCTION ntm_business_village() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  SELECT v.id INTO NEW.village_id
    FROM villages v
   WHERE v.commune_code = NEW.commune_code AND ST_Intersects(v.geom, NEW.geom)
   ORDER BY v.id
   LIMIT 1;
  IF NEW.village_id IS NULL THEN
    RAISE EXCEPTION 'the business lies outside every village of commune %', NEW.commune_code
      USING ERRCODE = 'check_violation', CONSTRAINT = 'businesses_inside_village';
  END IF;
  IF TG_OP = 'UPDATE' THEN
    NEW.updated_at := now();
  END IF;
  RETURN NEW;
END $$;
--> statement-breakpoint
CREATE TRIGGER businesses_village BEFORE INSERT OR UPDATE ON businesses
  FOR EACH ROW EXECUTE FUNCTION ntm_business_village();
--> statement-breakpoint

-- The audit trail is append-only.
CREATE FUNCTION ntm_audit_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'audit_log is append-only' USING ERRCODE = 'insufficient_privilege';
END $$;
--> statement-breakpoint
CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE ON audit_log
  FOR EACH ROW EXECUTE FUNCTION ntm_audit_append_only();
