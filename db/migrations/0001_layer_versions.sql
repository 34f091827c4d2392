CREATE TABLE "layer_versions" (
	"layer" text PRIMARY KEY NOT NULL,
	"version" bigint DEFAULT 0 NOT NULL
);
--> statement-breakpoint
-- Every statement that writes a tiled layer's table moves its counter on, whoever writes (the
-- app role owns nothing, so the function runs as its owner). Rows are never read from here: the
-- counter only names the tiles drawn after the write, so no cache serves a tile drawn before it.
CREATE FUNCTION ntm_bump_layer_version() RETURNS trigger
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
  INSERT INTO layer_versions (layer, version) VALUES (TG_TABLE_NAME, 1)
  ON CONFLICT (layer) DO UPDATE SET version = layer_versions.version + 1;
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE TRIGGER businesses_layer_version AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON businesses
  FOR EACH STATEMENT EXECUTE FUNCTION ntm_bump_layer_version();
--> statement-breakpoint
CREATE TRIGGER tips_layer_version AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON tips
  FOR EACH STATEMENT EXECUTE FUNCTION ntm_bump_layer_version();
--> statement-breakpoint
INSERT INTO layer_versions (layer, version) VALUES ('businesses', 1), ('tips', 1);
--> statement-breakpoint
GRANT SELECT ON layer_versions TO ntm_app;
