CREATE TABLE "layer_versions" (
	"commune_code" text NOT NULL,
	"layer" text NOT NULL,
	"version" bigint DEFAULT 0 NOT NULL,
	CONSTRAINT "layer_versions_commune_code_layer_pk" PRIMARY KEY("commune_code","layer")
);
--> statement-breakpoint
ALTER TABLE "layer_versions" ADD CONSTRAINT "layer_versions_commune_code_communes_commune_code_fk" FOREIGN KEY ("commune_code") REFERENCES "public"."communes"("commune_code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
-- Every statement that writes a tiled layer's rows moves on the counter of each commune it
-- touched, whoever writes (the app role owns nothing, so the function runs as its owner). The
-- counter only names the tiles drawn after the write, so no cache serves a tile drawn before it.
-- The rows a statement wrote are its transition table `changed`; TRUNCATE has none and moves on
-- every commune's counter of the layer.
CREATE FUNCTION ntm_bump_layer_version() RETURNS trigger
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
  IF TG_OP = 'TRUNCATE' THEN
    UPDATE layer_versions SET version = version + 1 WHERE layer = TG_TABLE_NAME;
  ELSE
    INSERT INTO layer_versions (commune_code, layer, version)
    SELECT DISTINCT commune_code, TG_TABLE_NAME, 1 FROM changed
    ON CONFLICT (commune_code, layer) DO UPDATE SET version = layer_versions.version + 1;
  END IF;
  RETURN NULL;
END
$$;
--> statement-breakpoint
-- The tiled layers' tables, each with a trigger per kind of write: `<table>_tiles_<write>`.
DO $$
DECLARE
  layer text;
BEGIN
  FOREACH layer IN ARRAY ARRAY['businesses', 'tips'] LOOP
    EXECUTE format('CREATE TRIGGER %I AFTER INSERT ON %I REFERENCING NEW TABLE AS changed '
      'FOR EACH STATEMENT EXECUTE FUNCTION ntm_bump_layer_version()', layer || '_tiles_insert', layer);
    EXECUTE format('CREATE TRIGGER %I AFTER UPDATE ON %I REFERENCING NEW TABLE AS changed '
      'FOR EACH STATEMENT EXECUTE FUNCTION ntm_bump_layer_version()', layer || '_tiles_update', layer);
    EXECUTE format('CREATE TRIGGER %I AFTER DELETE ON %I REFERENCING OLD TABLE AS changed '
      'FOR EACH STATEMENT EXECUTE FUNCTION ntm_bump_layer_version()', layer || '_tiles_delete', layer);
    EXECUTE format('CREATE TRIGGER %I AFTER TRUNCATE ON %I '
      'FOR EACH STATEMENT EXECUTE FUNCTION ntm_bump_layer_version()', layer || '_tiles_truncate', layer);
  END LOOP;
END
$$;
--> statement-breakpoint
INSERT INTO layer_versions (commune_code, layer, version)
SELECT c.commune_code, l.layer, 1 FROM communes c CROSS JOIN (VALUES ('businesses'), ('tips')) l(layer);
--> statement-breakpoint
GRANT SELECT ON layer_versions TO ntm_app;
