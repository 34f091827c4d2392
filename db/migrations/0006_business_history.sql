-- Every earlier version of a business is kept. The live version is the row in `businesses`,
-- valid since its `updated_at`; when a change replaces it, a statement-level trigger copies the
-- replaced row into `business_versions` with the span it was valid. Inserts cost nothing extra,
-- so a bulk COPY of a million rows stays as fast as before.
-- `ntm.user_id` is set per transaction by the API (set_config(..., true)).

-- updated_at moves only when something else changed, so a no-op update does not shorten
-- the span of the live version.
CREATE OR REPLACE FUNCTION ntm_business_village() RETURNS trigger LANGUAGE plpgsql AS $$
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
  IF TG_OP = 'UPDATE' AND (to_jsonb(NEW) - 'updated_at') IS DISTINCT FROM (to_jsonb(OLD) - 'updated_at') THEN
    NEW.updated_at := now();
  END IF;
  RETURN NEW;
END $$;
--> statement-breakpoint
CREATE FUNCTION ntm_business_versions() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO business_versions (commune_code, business_id, valid_from, valid_to, changed_by, data, geom)
  SELECT o.commune_code, o.id, o.updated_at, now(),
         nullif(current_setting('ntm.user_id', true), '')::int, to_jsonb(o) - 'geom', o.geom
    FROM old_rows o JOIN new_rows n ON n.id = o.id
   WHERE (to_jsonb(n) - 'updated_at') IS DISTINCT FROM (to_jsonb(o) - 'updated_at');
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER businesses_versions AFTER UPDATE ON businesses
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION ntm_business_versions();
