-- The geometry rules of the CHECK constraints named PostGIS's functions without a schema. A
-- restore (pg_restore, and pg_upgrade) loads the rows with an empty search_path, where those
-- names do not resolve, so every backup failed to restore at the first business. The same rules,
-- schema-qualified; still plain SQL functions, so the planner keeps inlining them.
CREATE OR REPLACE FUNCTION ntm_within_vietnam(g geometry) RETURNS boolean
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  AS $$ SELECT public.ST_CoveredBy(g, public.ST_MakeEnvelope(102.1, 6.9, 117.9, 23.4, 4326)) $$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION ntm_geometry_ok(g geometry) RETURNS boolean
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  AS $$ SELECT g IS NULL OR (NOT public.ST_IsEmpty(g) AND public.ST_IsValid(g)) $$;
