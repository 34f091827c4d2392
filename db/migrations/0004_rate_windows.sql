-- The rate limits' windows and the login throttle's failures, shared by every app process
-- (api/src/auth/rate-windows.ts): one row per limit and key, hit with one INSERT … ON CONFLICT.
-- UNLOGGED: nothing here is worth a WAL write on every login or public tip; after a crash the
-- table comes back empty, which forgets at most an hour of counts and a day of lockouts, the
-- same as the old in-memory counters lost at every restart. Keys are HMACs of the client
-- address or account name, so no row holds an address, a name, or a password typed in the
-- name's box. No row-level security, as for sessions: the rows belong to no one's data.
CREATE UNLOGGED TABLE "rate_windows" (
	"scope" text NOT NULL,
	"commune_code" text NOT NULL,
	"limiter" text NOT NULL,
	"key_hash" text NOT NULL,
	"hits" integer NOT NULL,
	"ends_at" timestamp with time zone NOT NULL,
	"blocked_until" timestamp with time zone,
	CONSTRAINT "rate_windows_scope_commune_code_limiter_key_hash_pk" PRIMARY KEY("scope","commune_code","limiter","key_hash")
);
--> statement-breakpoint
ALTER TABLE "rate_windows" ADD CONSTRAINT "rate_windows_commune_code_communes_commune_code_fk" FOREIGN KEY ("commune_code") REFERENCES "public"."communes"("commune_code") ON DELETE no action ON UPDATE no action;
--> statement-breakpoint
-- Exactly what the hits need: SELECT (the upsert's RETURNING, peeks), INSERT and UPDATE (the
-- upsert), DELETE (a login that succeeds clears its failures; ended windows are pruned).
GRANT SELECT, INSERT, UPDATE, DELETE ON rate_windows TO ntm_app;
