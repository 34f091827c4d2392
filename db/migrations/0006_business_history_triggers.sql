-- Every version of a business, kept by statement-level triggers with transition tables, so a
-- COPY of a million rows writes its versions in one INSERT … SELECT, not a million.
-- `ntm.user_id` is set per transaction by the API (SET LOCAL / set_config(..., true)).

CREATE FUNCTION ntm_business_versions_insert() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO business_versions (commune_code, business_id, valid_from, changed_by, data, geom)
  SELECT n.commune_code, n.id, now(), nullif(current_setting('ntm.user_id', true), '')::int,
         to_jsonb(n) - 'geom', n.geom
    FROM new_rows n;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER businesses_versions_insert AFTER INSERT ON businesses
  REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION ntm_business_versions_insert();
--> statement-breakpoint

-- Only rows that really changed (apart from the updated_at stamp) get a new version.
CREATE FUNCTION ntm_business_versions_update() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  WITH changed AS (
    SELECT n.* FROM new_rows n JOIN old_rows o ON o.id = n.id
     WHERE (to_jsonb(n) - 'updated_at') IS DISTINCT FROM (to_jsonb(o) - 'updated_at')
  ), closed AS (
    UPDATE business_versions v SET valid_to = now()
      FROM changed c
     WHERE v.business_id = c.id AND v.valid_to IS NULL
  )
  INSERT INTO business_versions (commune_code, business_id, valid_from, changed_by, data, geom)
  SELECT c.commune_code, c.id, now(), nullif(current_setting('ntm.user_id', true), '')::int,
         to_jsonb(c) - 'geom', c.geom
    FROM changed c;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER businesses_versions_update AFTER UPDATE ON businesses
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION ntm_business_versions_update();
