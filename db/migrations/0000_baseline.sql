-- The database the app needs, in one file. It folds the 32 migrations written while the app was
-- built (0000_postgis … 0031_failed_logins_only) into the schema they had made: each function and
-- policy in its last form, each table with all its columns. A database those migrations made is
-- already here and skips this file (db/src/migrate.ts explains how). Changes from now on come as
-- new numbered files after this one, made with `pnpm db:generate` or written by hand.
--
-- Parts, in order: types and tables, geometry rules, sessions and history, proposals, row-level
-- security, tips, field records and the public form, local events, risk weights, route plans,
-- plan records and the support wall, indicator tallies, VN-2000 projections, imports, dated
-- boundaries, and the owner's-rights readers of tips, inspections and risk.

-- ==== PostGIS ====
-- PostGIS first: every later table has geometry columns.
CREATE EXTENSION IF NOT EXISTS postgis;
--> statement-breakpoint

-- ==== Types and the first tables ====
CREATE TYPE "public"."business_status" AS ENUM('active', 'suspended', 'closed');
--> statement-breakpoint
CREATE TYPE "public"."business_type" AS ENUM('lodging', 'karaoke', 'massage', 'short-term-rental', 'bar-cafe', 'other');
--> statement-breakpoint
CREATE TYPE "public"."inspection_kind" AS ENUM('scheduled', 'surprise');
--> statement-breakpoint
CREATE TYPE "public"."inspection_result" AS ENUM('no-violation', 'violation', 'suspected', 'closed');
--> statement-breakpoint
CREATE TYPE "public"."key_area_kind" AS ENUM('border', 'tourist', 'traffic-route', 'worker-housing', 'military');
--> statement-breakpoint
CREATE TYPE "public"."road_class" AS ENUM('national', 'provincial', 'village');
--> statement-breakpoint
CREATE TYPE "public"."tip_channel" AS ENUM('hotline', 'in-person', 'village', 'agency', 'social-network', 'public-form');
--> statement-breakpoint
CREATE TYPE "public"."tip_status" AS ENUM('received', 'verified', 'classified', 'handled', 'transferred', 'unfounded');
--> statement-breakpoint
CREATE TYPE "public"."user_role" AS ENUM('leadership', 'police', 'health', 'culture', 'village', 'admin');
--> statement-breakpoint
CREATE TYPE "public"."proposal_action" AS ENUM('create', 'update', 'delete');
--> statement-breakpoint
CREATE TYPE "public"."proposal_status" AS ENUM('pending', 'approved', 'rejected');
--> statement-breakpoint
CREATE TYPE "public"."attachment_owner" AS ENUM('tip', 'inspection');
--> statement-breakpoint
CREATE TYPE "public"."inspection_status" AS ENUM('scheduled', 'recorded', 'cancelled');
--> statement-breakpoint
CREATE TYPE "public"."online_violation_kind" AS ENUM('advertising', 'brokering');
--> statement-breakpoint
CREATE TYPE "public"."takedown_status" AS ENUM('not-requested', 'requested', 'removed', 'refused');
--> statement-breakpoint
CREATE TYPE "public"."communication_audience" AS ENUM('residents', 'youth-students', 'workers', 'business-owners', 'officers', 'online');
--> statement-breakpoint
CREATE TYPE "public"."plan_agency_kind" AS ENUM('health', 'police', 'culture', 'military', 'office', 'economy', 'school', 'public-services', 'front');
--> statement-breakpoint
CREATE TYPE "public"."referral_outcome" AS ENUM('pending', 'connected', 'declined', 'not-eligible');
--> statement-breakpoint
CREATE TYPE "public"."registry_review_outcome" AS ENUM('confirmed', 'corrected', 'closed-found');
--> statement-breakpoint
CREATE TYPE "public"."report_channel" AS ENUM('electronic', 'paper');
--> statement-breakpoint
CREATE TYPE "public"."report_state" AS ENUM('draft', 'reviewed', 'approved', 'sent');
--> statement-breakpoint
CREATE TYPE "public"."support_service" AS ENUM('health', 'social', 'vocational', 'employment', 'legal-aid');
--> statement-breakpoint
--> statement-breakpoint
CREATE TABLE "audit_log" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "audit_log_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"commune_code" text NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"user_id" integer,
	"role" text,
	"action" text NOT NULL,
	"entity" text NOT NULL,
	"entity_id" text,
	"diff" jsonb,
	"request_id" text,
	"client_hash" text,
	"prev_hash" text,
	"hash" text NOT NULL
);
--> statement-breakpoint
-- The registry's columns (registryColumns() in db/src/schema/businesses.ts), written once:
-- businesses and unplaced_businesses copy them with LIKE, in this order. A temporary table,
-- dropped once unplaced_businesses has them.
CREATE TEMPORARY TABLE registry_columns (
	"name" text NOT NULL,
	"type" "business_type" NOT NULL,
	"address" text NOT NULL,
	"licensed_trade" text,
	"licence_number" text,
	"owner_name" text,
	"phone" text
);
--> statement-breakpoint
CREATE TABLE "businesses" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "businesses_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"commune_code" text NOT NULL,
	LIKE registry_columns,
	"opening_hours" jsonb,
	"status" "business_status" DEFAULT 'active' NOT NULL,
	"reviewed_at" date,
	"village_id" integer NOT NULL,
	"geom" geometry(Point,4326) NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"deleted_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "communes" (
	"commune_code" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"province" text NOT NULL,
	"geom" geometry(MultiPolygon,4326) NOT NULL,
	"synthetic" boolean DEFAULT false NOT NULL,
	"formed_on" date
);
--> statement-breakpoint
CREATE TABLE "former_communes" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "former_communes_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"commune_code" text NOT NULL,
	"name" text NOT NULL,
	"geom" geometry(MultiPolygon,4326) NOT NULL
);
--> statement-breakpoint
CREATE TABLE "inspections" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "inspections_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"commune_code" text NOT NULL,
	"business_id" bigint NOT NULL,
	"kind" "inspection_kind" NOT NULL,
	"started_at" timestamp with time zone NOT NULL,
	"team" jsonb NOT NULL,
	"result" "inspection_result" NOT NULL,
	"findings" text,
	"measures" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"fine_vnd" bigint,
	"follow_up_on" date,
	"recorded_by" integer,
	"geom" geometry(Point,4326) NOT NULL,
	"status" "inspection_status" DEFAULT 'recorded' NOT NULL,
	"arrived_at" timestamp with time zone,
	"people_present" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"violations" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"fine_decision_number" text,
	"idempotency_key" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "key_areas" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "key_areas_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"commune_code" text NOT NULL,
	"kind" "key_area_kind" NOT NULL,
	"name" text NOT NULL,
	"note" text,
	"geom" geometry(Geometry,4326) NOT NULL
);
--> statement-breakpoint
CREATE TABLE "roads" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "roads_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"commune_code" text NOT NULL,
	"class" "road_class" NOT NULL,
	"name" text,
	"geom" geometry(LineString,4326) NOT NULL
);
--> statement-breakpoint
CREATE TABLE "tip_events" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "tip_events_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"commune_code" text NOT NULL,
	"tip_id" bigint NOT NULL,
	"from_status" "tip_status",
	"to_status" "tip_status" NOT NULL,
	"at" timestamp with time zone NOT NULL,
	"user_id" integer,
	"note" text
);
--> statement-breakpoint
CREATE TABLE "tips" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "tips_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"commune_code" text NOT NULL,
	"received_at" timestamp with time zone NOT NULL,
	"channel" "tip_channel" NOT NULL,
	"category" text NOT NULL,
	"description" text NOT NULL,
	"business_id" bigint,
	"geom" geometry(Point,4326),
	"precision_meters" integer DEFAULT 0 NOT NULL,
	"status" "tip_status" DEFAULT 'received' NOT NULL,
	"address" text,
	"created_by" integer,
	"duplicate_of" bigint,
	"transferred_to" text,
	"transfer_document" text,
	"extended_until" timestamp with time zone,
	"extension_reason" text,
	"extended_by" integer
);
--> statement-breakpoint
CREATE TABLE "users" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "users_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"commune_code" text NOT NULL,
	"username" text NOT NULL,
	"display_name" text NOT NULL,
	"role" "user_role" NOT NULL,
	"village_id" integer,
	"password_hash" text,
	"active" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"failed_logins" integer DEFAULT 0 NOT NULL,
	"must_change_password" boolean DEFAULT false NOT NULL
);
--> statement-breakpoint
CREATE TABLE "villages" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "villages_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"commune_code" text NOT NULL,
	"former_commune_id" integer,
	"name" text NOT NULL,
	"slug" text NOT NULL,
	"population" integer,
	"geom" geometry(MultiPolygon,4326),
	"valid_from" date DEFAULT '-infinity' NOT NULL,
	"valid_to" date
);
--> statement-breakpoint
ALTER TABLE "businesses" ADD CONSTRAINT "businesses_commune_code_communes_commune_code_fk" FOREIGN KEY ("commune_code") REFERENCES "public"."communes"("commune_code") ON DELETE no action ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "businesses" ADD CONSTRAINT "businesses_village_id_villages_id_fk" FOREIGN KEY ("village_id") REFERENCES "public"."villages"("id") ON DELETE no action ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "former_communes" ADD CONSTRAINT "former_communes_commune_code_communes_commune_code_fk" FOREIGN KEY ("commune_code") REFERENCES "public"."communes"("commune_code") ON DELETE no action ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "inspections" ADD CONSTRAINT "inspections_commune_code_communes_commune_code_fk" FOREIGN KEY ("commune_code") REFERENCES "public"."communes"("commune_code") ON DELETE no action ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "inspections" ADD CONSTRAINT "inspections_business_id_businesses_id_fk" FOREIGN KEY ("business_id") REFERENCES "public"."businesses"("id") ON DELETE no action ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "inspections" ADD CONSTRAINT "inspections_recorded_by_users_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "key_areas" ADD CONSTRAINT "key_areas_commune_code_communes_commune_code_fk" FOREIGN KEY ("commune_code") REFERENCES "public"."communes"("commune_code") ON DELETE no action ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "roads" ADD CONSTRAINT "roads_commune_code_communes_commune_code_fk" FOREIGN KEY ("commune_code") REFERENCES "public"."communes"("commune_code") ON DELETE no action ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "tip_events" ADD CONSTRAINT "tip_events_commune_code_communes_commune_code_fk" FOREIGN KEY ("commune_code") REFERENCES "public"."communes"("commune_code") ON DELETE no action ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "tip_events" ADD CONSTRAINT "tip_events_tip_id_tips_id_fk" FOREIGN KEY ("tip_id") REFERENCES "public"."tips"("id") ON DELETE no action ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "tip_events" ADD CONSTRAINT "tip_events_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "tips" ADD CONSTRAINT "tips_commune_code_communes_commune_code_fk" FOREIGN KEY ("commune_code") REFERENCES "public"."communes"("commune_code") ON DELETE no action ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "tips" ADD CONSTRAINT "tips_business_id_businesses_id_fk" FOREIGN KEY ("business_id") REFERENCES "public"."businesses"("id") ON DELETE no action ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "users" ADD CONSTRAINT "users_commune_code_communes_commune_code_fk" FOREIGN KEY ("commune_code") REFERENCES "public"."communes"("commune_code") ON DELETE no action ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "users" ADD CONSTRAINT "users_village_id_villages_id_fk" FOREIGN KEY ("village_id") REFERENCES "public"."villages"("id") ON DELETE no action ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "villages" ADD CONSTRAINT "villages_commune_code_communes_commune_code_fk" FOREIGN KEY ("commune_code") REFERENCES "public"."communes"("commune_code") ON DELETE no action ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "villages" ADD CONSTRAINT "villages_former_commune_id_former_communes_id_fk" FOREIGN KEY ("former_commune_id") REFERENCES "public"."former_communes"("id") ON DELETE no action ON UPDATE no action;
--> statement-breakpoint
CREATE INDEX "audit_log_entity_idx" ON "audit_log" USING btree ("entity","entity_id");
--> statement-breakpoint
CREATE INDEX "businesses_geom_idx" ON "businesses" USING gist ("geom");
--> statement-breakpoint
CREATE INDEX "businesses_village_idx" ON "businesses" USING btree ("village_id");
--> statement-breakpoint
CREATE INDEX "businesses_type_status_idx" ON "businesses" USING btree ("type","status");
--> statement-breakpoint
CREATE INDEX "communes_geom_idx" ON "communes" USING gist ("geom");
--> statement-breakpoint
CREATE INDEX "former_communes_geom_idx" ON "former_communes" USING gist ("geom");
--> statement-breakpoint
CREATE INDEX "inspections_geom_idx" ON "inspections" USING gist ("geom");
--> statement-breakpoint
CREATE INDEX "inspections_started_at_idx" ON "inspections" USING btree ("started_at");
--> statement-breakpoint
CREATE INDEX "inspections_business_idx" ON "inspections" USING btree ("business_id");
--> statement-breakpoint
CREATE INDEX "key_areas_geom_idx" ON "key_areas" USING gist ("geom");
--> statement-breakpoint
CREATE INDEX "key_areas_kind_idx" ON "key_areas" USING btree ("kind");
--> statement-breakpoint
CREATE INDEX "roads_geom_idx" ON "roads" USING gist ("geom");
--> statement-breakpoint
CREATE INDEX "tip_events_tip_idx" ON "tip_events" USING btree ("tip_id");
--> statement-breakpoint
CREATE INDEX "tips_geom_idx" ON "tips" USING gist ("geom");
--> statement-breakpoint
CREATE INDEX "tips_received_at_idx" ON "tips" USING btree ("received_at");
--> statement-breakpoint
CREATE INDEX "tips_business_idx" ON "tips" USING btree ("business_id");
--> statement-breakpoint
CREATE UNIQUE INDEX "users_username_idx" ON "users" USING btree ("username");
--> statement-breakpoint
CREATE INDEX "villages_geom_idx" ON "villages" USING gist ("geom");
--> statement-breakpoint
CREATE UNIQUE INDEX "villages_commune_slug_idx" ON "villages" USING btree ("commune_code","slug");
--> statement-breakpoint

-- ==== Geometry rules ====
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

-- A business's village follows from its position (ntm_village_at, made with the row-level
-- security below: the lowest id on a shared boundary, so the answer never depends on row order).
-- updated_at moves only when something else changed, so a no-op update does not shorten the span
-- of the live version in the business history.
CREATE FUNCTION ntm_business_village() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW.village_id := ntm_village_at(NEW.commune_code, NEW.geom);
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
--> statement-breakpoint

-- ==== Sessions ====
CREATE TABLE "sessions" (
	"id_hash" text PRIMARY KEY NOT NULL,
	"commune_code" text NOT NULL,
	"user_id" integer NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"last_seen_at" timestamp with time zone NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"ended_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "sessions" ADD CONSTRAINT "sessions_commune_code_communes_commune_code_fk" FOREIGN KEY ("commune_code") REFERENCES "public"."communes"("commune_code") ON DELETE no action ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "sessions" ADD CONSTRAINT "sessions_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;
--> statement-breakpoint
CREATE INDEX "sessions_user_idx" ON "sessions" USING btree ("user_id");
--> statement-breakpoint

-- ==== Business versions and API tokens ====
CREATE TABLE "api_tokens" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "api_tokens_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"commune_code" text NOT NULL,
	"user_id" integer NOT NULL,
	"name" text NOT NULL,
	"token_hash" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"last_used_at" timestamp with time zone,
	"revoked_at" timestamp with time zone,
	CONSTRAINT "api_tokens_token_hash_unique" UNIQUE("token_hash")
);
--> statement-breakpoint
CREATE TABLE "business_versions" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "business_versions_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"commune_code" text NOT NULL,
	"business_id" bigint NOT NULL,
	"valid_from" timestamp with time zone NOT NULL,
	"valid_to" timestamp with time zone NOT NULL,
	"changed_by" integer,
	"data" jsonb NOT NULL,
	"geom" geometry(Point,4326) NOT NULL
);
--> statement-breakpoint
ALTER TABLE "api_tokens" ADD CONSTRAINT "api_tokens_commune_code_communes_commune_code_fk" FOREIGN KEY ("commune_code") REFERENCES "public"."communes"("commune_code") ON DELETE no action ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "api_tokens" ADD CONSTRAINT "api_tokens_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "business_versions" ADD CONSTRAINT "business_versions_commune_code_communes_commune_code_fk" FOREIGN KEY ("commune_code") REFERENCES "public"."communes"("commune_code") ON DELETE no action ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "business_versions" ADD CONSTRAINT "business_versions_business_id_businesses_id_fk" FOREIGN KEY ("business_id") REFERENCES "public"."businesses"("id") ON DELETE no action ON UPDATE no action;
--> statement-breakpoint
CREATE INDEX "api_tokens_user_idx" ON "api_tokens" USING btree ("user_id");
--> statement-breakpoint
CREATE INDEX "business_versions_geom_idx" ON "business_versions" USING gist ("geom");
--> statement-breakpoint
CREATE INDEX "business_versions_business_idx" ON "business_versions" USING btree ("business_id","valid_from");
--> statement-breakpoint

-- ==== Business history ====
-- Every earlier version of a business is kept. The live version is the row in `businesses`,
-- valid since its `updated_at`; when a change replaces it, a statement-level trigger copies the
-- replaced row into `business_versions` with the span it was valid. Inserts cost nothing extra,
-- so a bulk COPY of a million rows stays as fast as before.
-- `ntm.user_id` is set per transaction by the API (set_config(..., true)).
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
--> statement-breakpoint

-- ==== Proposals ====
CREATE TABLE "proposals" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "proposals_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"commune_code" text NOT NULL,
	"action" "proposal_action" NOT NULL,
	"business_id" bigint,
	"village_id" integer NOT NULL,
	"proposed_by" integer NOT NULL,
	"proposed_at" timestamp with time zone DEFAULT now() NOT NULL,
	"before" jsonb,
	"before_geom" geometry(Point,4326),
	"changes" jsonb,
	"after_geom" geometry(Point,4326),
	"status" "proposal_status" DEFAULT 'pending' NOT NULL,
	"decided_by" integer,
	"decided_at" timestamp with time zone,
	"reason" text
);
--> statement-breakpoint
ALTER TABLE "proposals" ADD CONSTRAINT "proposals_commune_code_communes_commune_code_fk" FOREIGN KEY ("commune_code") REFERENCES "public"."communes"("commune_code") ON DELETE no action ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "proposals" ADD CONSTRAINT "proposals_business_id_businesses_id_fk" FOREIGN KEY ("business_id") REFERENCES "public"."businesses"("id") ON DELETE no action ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "proposals" ADD CONSTRAINT "proposals_village_id_villages_id_fk" FOREIGN KEY ("village_id") REFERENCES "public"."villages"("id") ON DELETE no action ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "proposals" ADD CONSTRAINT "proposals_proposed_by_users_id_fk" FOREIGN KEY ("proposed_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "proposals" ADD CONSTRAINT "proposals_decided_by_users_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;
--> statement-breakpoint
CREATE INDEX "proposals_status_idx" ON "proposals" USING btree ("commune_code","status","proposed_at");
--> statement-breakpoint
CREATE INDEX "proposals_village_idx" ON "proposals" USING btree ("village_id");
--> statement-breakpoint

-- ==== Row-level security ====
-- The second wall (ARCHITECTURE.md §4): the app connects as `ntm_app`, which owns nothing, and
-- sees and changes only the rows its per-request settings allow. The API sets them with
-- set_config(..., true), i.e. SET LOCAL, at the start of each transaction:
--   ntm.user_id     the signed-in user
--   ntm.role        leadership | police | health | culture | village | admin
--   ntm.village_id  the village head's own village (empty for the other roles)
-- Without settings a query sees nothing. Superusers (migrations, seed, audit:verify) bypass it.
-- The role is cluster-wide; its password is set by the bring-up, never here.
DO $$
BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'ntm_app') THEN
    CREATE ROLE ntm_app NOLOGIN NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE;
  END IF;
END $$;
--> statement-breakpoint
GRANT USAGE ON SCHEMA public TO ntm_app;
--> statement-breakpoint
GRANT SELECT ON communes, former_communes, villages, key_areas, roads TO ntm_app;
--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE ON businesses, tips, tip_events, inspections, proposals, users TO ntm_app;
--> statement-breakpoint
GRANT SELECT, INSERT ON business_versions TO ntm_app;
--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE, DELETE ON sessions, api_tokens TO ntm_app;
--> statement-breakpoint
-- Append-only for the app: no UPDATE or DELETE grant (and the trigger refuses them anyway).
GRANT SELECT, INSERT ON audit_log TO ntm_app;
--> statement-breakpoint
CREATE FUNCTION ntm_role() RETURNS text LANGUAGE sql STABLE AS $$
  SELECT nullif(current_setting('ntm.role', true), '')
$$;
--> statement-breakpoint
CREATE FUNCTION ntm_village() RETURNS integer LANGUAGE sql STABLE AS $$
  SELECT nullif(current_setting('ntm.village_id', true), '')::integer
$$;
--> statement-breakpoint
CREATE FUNCTION ntm_user() RETURNS integer LANGUAGE sql STABLE AS $$
  SELECT nullif(current_setting('ntm.user_id', true), '')::integer
$$;
--> statement-breakpoint
-- The village a position belongs to. A point on a boundary shared by several villages belongs
-- to the one with the lowest id: the same rule everywhere (trigger, policies, API).
CREATE FUNCTION ntm_village_at(commune text, pos geometry) RETURNS integer
LANGUAGE sql STABLE AS $$
  SELECT v.id FROM villages v
   WHERE v.commune_code = commune AND ST_Intersects(v.geom, pos)
   ORDER BY v.id LIMIT 1
$$;
--> statement-breakpoint
-- A village head's write is allowed where the position lies in their own village. For an
-- UPDATE the policy's USING clause tests the old row and WITH CHECK the new one, so a business
-- can neither be changed from outside the village nor moved out of it.
CREATE FUNCTION ntm_may_write_business(commune text, pos geometry) RETURNS boolean
LANGUAGE sql STABLE AS $$
  SELECT ntm_role() IN ('police', 'culture')
      OR (ntm_role() = 'village' AND ntm_village_at(commune, pos) = ntm_village())
$$;
--> statement-breakpoint
ALTER TABLE businesses ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE businesses FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY businesses_read ON businesses FOR SELECT USING (
  ntm_role() IN ('leadership', 'police', 'culture')
  OR (ntm_role() = 'village' AND village_id = ntm_village())
);
--> statement-breakpoint
CREATE POLICY businesses_insert ON businesses FOR INSERT
  WITH CHECK (ntm_may_write_business(commune_code, geom));
--> statement-breakpoint
CREATE POLICY businesses_update ON businesses FOR UPDATE
  USING (ntm_may_write_business(commune_code, geom))
  WITH CHECK (ntm_may_write_business(commune_code, geom));
--> statement-breakpoint
-- No DELETE policy: a business is closed or soft-deleted, never removed.

ALTER TABLE business_versions ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE business_versions FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY business_versions_read ON business_versions FOR SELECT USING (
  ntm_role() IN ('leadership', 'police', 'culture')
  OR (ntm_role() = 'village' AND (data ->> 'village_id')::integer = ntm_village())
);
--> statement-breakpoint
-- Written only by the history trigger, in the transaction of an update the policies allowed.
CREATE POLICY business_versions_insert ON business_versions FOR INSERT
  WITH CHECK (ntm_role() IN ('police', 'culture', 'village'));
--> statement-breakpoint
-- Tips and inspections: rows for police (inspections also for culture, who sit on the
-- inter-agency team); the other roles get aggregates, never rows.
ALTER TABLE tips ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE tips FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE tip_events ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE tip_events FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE inspections ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE inspections FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY inspections_team ON inspections FOR ALL
  USING (ntm_role() IN ('police', 'culture')) WITH CHECK (ntm_role() IN ('police', 'culture'));
--> statement-breakpoint
-- Proposals: a village head files them for their own village only (old and new position both
-- inside it) and reads their village's; police and culture read all and decide pending ones.
ALTER TABLE proposals ADD CONSTRAINT proposals_decision CHECK (
  (status = 'pending' AND decided_by IS NULL AND decided_at IS NULL)
  OR (status = 'approved' AND decided_by IS NOT NULL AND decided_at IS NOT NULL)
  OR (status = 'rejected' AND decided_by IS NOT NULL AND decided_at IS NOT NULL AND length(trim(reason)) > 0)
);
--> statement-breakpoint
ALTER TABLE proposals ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE proposals FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY proposals_read ON proposals FOR SELECT USING (
  ntm_role() IN ('police', 'culture')
  OR (ntm_role() = 'village' AND village_id = ntm_village())
);
--> statement-breakpoint
CREATE POLICY proposals_file ON proposals FOR INSERT WITH CHECK (
  ntm_role() = 'village' AND status = 'pending'
  AND village_id = ntm_village() AND proposed_by = ntm_user()
  AND (before_geom IS NULL OR ntm_village_at(commune_code, before_geom) = ntm_village())
  AND (after_geom IS NULL OR ntm_village_at(commune_code, after_geom) = ntm_village())
);
--> statement-breakpoint
CREATE POLICY proposals_decide ON proposals FOR UPDATE
  USING (ntm_role() IN ('police', 'culture') AND status = 'pending')
  WITH CHECK (ntm_role() IN ('police', 'culture') AND decided_by = ntm_user());
--> statement-breakpoint

-- ==== Proposal geometry indexes ====
CREATE INDEX "proposals_before_geom_idx" ON "proposals" USING gist ("before_geom");
--> statement-breakpoint
CREATE INDEX "proposals_after_geom_idx" ON "proposals" USING gist ("after_geom");
--> statement-breakpoint

-- ==== Tip workflow ====
CREATE TABLE "tip_reporters" (
	"tip_id" bigint PRIMARY KEY NOT NULL,
	"commune_code" text NOT NULL,
	"name" text,
	"phone" text,
	"address" text,
	"note" text
);
--> statement-breakpoint
ALTER TABLE "tip_reporters" ADD CONSTRAINT "tip_reporters_tip_id_tips_id_fk" FOREIGN KEY ("tip_id") REFERENCES "public"."tips"("id") ON DELETE no action ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "tip_reporters" ADD CONSTRAINT "tip_reporters_commune_code_communes_commune_code_fk" FOREIGN KEY ("commune_code") REFERENCES "public"."communes"("commune_code") ON DELETE no action ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "tips" ADD CONSTRAINT "tips_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "tips" ADD CONSTRAINT "tips_duplicate_of_tips_id_fk" FOREIGN KEY ("duplicate_of") REFERENCES "public"."tips"("id") ON DELETE no action ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "tips" ADD CONSTRAINT "tips_extended_by_users_id_fk" FOREIGN KEY ("extended_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;
--> statement-breakpoint
CREATE INDEX "tips_duplicate_of_idx" ON "tips" USING btree ("duplicate_of");
--> statement-breakpoint

-- ==== Tip rules ====
-- Tips: police hold the rows; culture and village heads may take a tip in (intake) and follow
-- the ones they took in; reporters are police-only and kept apart. Category and channel are
-- checked here as well as in the API. pg_trgm finds tips with similar text (duplicates).
CREATE EXTENSION IF NOT EXISTS pg_trgm;
--> statement-breakpoint
CREATE INDEX tips_description_trgm_idx ON tips USING gin (description gin_trgm_ops);
--> statement-breakpoint
ALTER TABLE tips ADD CONSTRAINT tips_category_known CHECK (
  category IN ('nghi-mua-ban-dam', 'co-so-tra-hinh', 'quang-cao-truc-tuyen', 'moi-gioi', 'khac')
);
--> statement-breakpoint
ALTER TABLE tips ADD CONSTRAINT tips_not_own_duplicate CHECK (duplicate_of IS NULL OR duplicate_of <> id);
--> statement-breakpoint
ALTER TABLE tips ADD CONSTRAINT tips_transfer_documented CHECK (
  status <> 'transferred' OR transferred_to IS NULL OR transfer_document IS NOT NULL
);
--> statement-breakpoint
ALTER TABLE tips ADD CONSTRAINT tips_precision_range CHECK (precision_meters BETWEEN 0 AND 5000);
--> statement-breakpoint
CREATE POLICY tips_read ON tips FOR SELECT
  USING (ntm_role() = 'police' OR (created_by IS NOT NULL AND created_by = ntm_user()));
--> statement-breakpoint
CREATE POLICY tips_intake ON tips FOR INSERT WITH CHECK (
  ntm_role() = 'police'
  OR (ntm_role() IN ('culture', 'village') AND created_by = ntm_user() AND status = 'received')
);
--> statement-breakpoint
CREATE POLICY tips_handle ON tips FOR UPDATE
  USING (ntm_role() = 'police') WITH CHECK (ntm_role() = 'police');
--> statement-breakpoint
CREATE POLICY tip_events_read ON tip_events FOR SELECT USING (ntm_role() = 'police');
--> statement-breakpoint
CREATE POLICY tip_events_write ON tip_events FOR INSERT WITH CHECK (
  ntm_role() = 'police'
  OR (ntm_role() IN ('culture', 'village') AND to_status = 'received' AND user_id = ntm_user())
);
--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE ON tip_reporters TO ntm_app;
--> statement-breakpoint
ALTER TABLE tip_reporters ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE tip_reporters FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY tip_reporters_police ON tip_reporters FOR ALL
  USING (ntm_role() = 'police') WITH CHECK (ntm_role() = 'police');
--> statement-breakpoint
-- Whoever takes a tip in writes down who gave it, and cannot read it back.
CREATE POLICY tip_reporters_intake ON tip_reporters FOR INSERT
  WITH CHECK (ntm_role() IN ('culture', 'village'));
--> statement-breakpoint

-- ==== Field records ====
CREATE TABLE "attachments" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "attachments_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"commune_code" text NOT NULL,
	"owner_kind" "attachment_owner" NOT NULL,
	"owner_id" bigint NOT NULL,
	"file_name" text NOT NULL,
	"media_type" text NOT NULL,
	"size_bytes" integer NOT NULL,
	"sha256" text NOT NULL,
	"storage_key" text NOT NULL,
	"created_by" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "inspection_tips" (
	"commune_code" text NOT NULL,
	"inspection_id" bigint NOT NULL,
	"tip_id" bigint NOT NULL,
	CONSTRAINT "inspection_tips_inspection_id_tip_id_pk" PRIMARY KEY("inspection_id","tip_id")
);
--> statement-breakpoint
CREATE TABLE "online_violations" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "online_violations_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"commune_code" text NOT NULL,
	"found_at" timestamp with time zone NOT NULL,
	"platform" text NOT NULL,
	"target" text NOT NULL,
	"kind" "online_violation_kind" NOT NULL,
	"description" text,
	"tip_id" bigint,
	"takedown_status" "takedown_status" DEFAULT 'not-requested' NOT NULL,
	"takedown_requested_at" timestamp with time zone,
	"takedown_note" text,
	"created_by" integer
);
--> statement-breakpoint
CREATE TABLE "public_tip_codes" (
	"tip_id" bigint PRIMARY KEY NOT NULL,
	"commune_code" text NOT NULL,
	"code_hash" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "tip_additions" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "tip_additions_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"commune_code" text NOT NULL,
	"tip_id" bigint NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"body" text NOT NULL
);
--> statement-breakpoint
ALTER TABLE "attachments" ADD CONSTRAINT "attachments_commune_code_communes_commune_code_fk" FOREIGN KEY ("commune_code") REFERENCES "public"."communes"("commune_code") ON DELETE no action ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "attachments" ADD CONSTRAINT "attachments_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "inspection_tips" ADD CONSTRAINT "inspection_tips_commune_code_communes_commune_code_fk" FOREIGN KEY ("commune_code") REFERENCES "public"."communes"("commune_code") ON DELETE no action ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "inspection_tips" ADD CONSTRAINT "inspection_tips_inspection_id_inspections_id_fk" FOREIGN KEY ("inspection_id") REFERENCES "public"."inspections"("id") ON DELETE no action ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "inspection_tips" ADD CONSTRAINT "inspection_tips_tip_id_tips_id_fk" FOREIGN KEY ("tip_id") REFERENCES "public"."tips"("id") ON DELETE no action ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "online_violations" ADD CONSTRAINT "online_violations_commune_code_communes_commune_code_fk" FOREIGN KEY ("commune_code") REFERENCES "public"."communes"("commune_code") ON DELETE no action ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "online_violations" ADD CONSTRAINT "online_violations_tip_id_tips_id_fk" FOREIGN KEY ("tip_id") REFERENCES "public"."tips"("id") ON DELETE no action ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "online_violations" ADD CONSTRAINT "online_violations_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "public_tip_codes" ADD CONSTRAINT "public_tip_codes_tip_id_tips_id_fk" FOREIGN KEY ("tip_id") REFERENCES "public"."tips"("id") ON DELETE no action ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "public_tip_codes" ADD CONSTRAINT "public_tip_codes_commune_code_communes_commune_code_fk" FOREIGN KEY ("commune_code") REFERENCES "public"."communes"("commune_code") ON DELETE no action ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "tip_additions" ADD CONSTRAINT "tip_additions_commune_code_communes_commune_code_fk" FOREIGN KEY ("commune_code") REFERENCES "public"."communes"("commune_code") ON DELETE no action ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "tip_additions" ADD CONSTRAINT "tip_additions_tip_id_tips_id_fk" FOREIGN KEY ("tip_id") REFERENCES "public"."tips"("id") ON DELETE no action ON UPDATE no action;
--> statement-breakpoint
CREATE INDEX "attachments_owner_idx" ON "attachments" USING btree ("owner_kind","owner_id");
--> statement-breakpoint
CREATE UNIQUE INDEX "attachments_storage_key_idx" ON "attachments" USING btree ("storage_key");
--> statement-breakpoint
CREATE INDEX "online_violations_found_idx" ON "online_violations" USING btree ("commune_code","found_at");
--> statement-breakpoint
CREATE UNIQUE INDEX "public_tip_codes_hash_idx" ON "public_tip_codes" USING btree ("code_hash");
--> statement-breakpoint
CREATE INDEX "tip_additions_tip_idx" ON "tip_additions" USING btree ("tip_id");
--> statement-breakpoint
CREATE UNIQUE INDEX "inspections_idempotency_idx" ON "inspections" USING btree ("commune_code","idempotency_key");
--> statement-breakpoint

-- ==== Field records: who may touch them, and the public tip form ====
-- Who may touch the field records (row-level security, as for the businesses), and the public tip form's
-- three doors: file a tip, read its status, add to it, each through a function that runs with
-- the owner's rights and takes only what the form sends. The owner is expected to bypass
-- row-level security (a superuser locally, a BYPASSRLS role in production).
GRANT SELECT, INSERT, UPDATE ON inspection_tips, attachments, online_violations TO ntm_app;
--> statement-breakpoint
GRANT SELECT, INSERT, DELETE ON inspection_tips TO ntm_app;
--> statement-breakpoint
GRANT SELECT ON tip_additions TO ntm_app;
--> statement-breakpoint
ALTER TABLE inspection_tips ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE inspection_tips FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY inspection_tips_team ON inspection_tips FOR ALL
  USING (ntm_role() IN ('police', 'culture')) WITH CHECK (ntm_role() IN ('police', 'culture'));
--> statement-breakpoint
ALTER TABLE attachments ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE attachments FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
-- A tip's files follow the tip (police, or whoever took it in); an inspection's, the team.
CREATE POLICY attachments_by_owner ON attachments FOR ALL
  USING (
    (owner_kind = 'tip' AND (ntm_role() = 'police' OR created_by = ntm_user()))
    OR (owner_kind = 'inspection' AND ntm_role() IN ('police', 'culture'))
  )
  WITH CHECK (
    (owner_kind = 'tip' AND (ntm_role() = 'police' OR (ntm_role() IN ('culture', 'village') AND created_by = ntm_user())))
    OR (owner_kind = 'inspection' AND ntm_role() IN ('police', 'culture'))
  );
--> statement-breakpoint
ALTER TABLE online_violations ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE online_violations FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY online_violations_police ON online_violations FOR ALL
  USING (ntm_role() = 'police') WITH CHECK (ntm_role() = 'police');
--> statement-breakpoint
-- No grant on public_tip_codes at all: only the functions below read it.
ALTER TABLE public_tip_codes ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE public_tip_codes FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE tip_additions ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE tip_additions FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY tip_additions_police ON tip_additions FOR SELECT USING (ntm_role() = 'police');
--> statement-breakpoint
-- Files a tip from the public form: channel public-form, received now, anonymous unless a
-- contact is given (then it goes to the police-only reporter table). Returns the tip's id.
CREATE FUNCTION ntm_public_tip_file(
  commune text, code_hash text, category text, description text,
  lng double precision, lat double precision, precision_meters integer,
  contact_name text, contact_phone text
) RETURNS bigint
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
  new_id bigint;
BEGIN
  INSERT INTO tips (commune_code, received_at, channel, category, description, geom, precision_meters)
  VALUES (commune, now(), 'public-form', category, description,
          CASE WHEN lng IS NULL THEN NULL ELSE ST_SetSRID(ST_MakePoint(lng, lat), 4326) END,
          coalesce(precision_meters, 0))
  RETURNING id INTO new_id;
  INSERT INTO tip_events (commune_code, tip_id, from_status, to_status, at, note)
  VALUES (commune, new_id, NULL, 'received', now(), 'Tiếp nhận qua biểu mẫu công khai');
  INSERT INTO public_tip_codes (tip_id, commune_code, code_hash) VALUES (new_id, commune, code_hash);
  IF contact_name IS NOT NULL OR contact_phone IS NOT NULL THEN
    INSERT INTO tip_reporters (tip_id, commune_code, name, phone)
    VALUES (new_id, commune, contact_name, contact_phone);
  END IF;
  RETURN new_id;
END $$;
--> statement-breakpoint
-- What the code's holder may know: the state and when it last changed, nothing else.
CREATE FUNCTION ntm_public_tip_status(code_hash text)
RETURNS TABLE (status tip_status, received_at timestamptz, changed_at timestamptz, additions integer)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
  SELECT t.status, t.received_at,
         (SELECT max(e.at) FROM tip_events e WHERE e.tip_id = t.id),
         (SELECT count(*)::integer FROM tip_additions a WHERE a.tip_id = t.id)
    FROM public_tip_codes c JOIN tips t ON t.id = c.tip_id
   WHERE c.code_hash = ntm_public_tip_status.code_hash
$$;
--> statement-breakpoint
-- Adds the holder's further information to their tip; false for an unknown code.
CREATE FUNCTION ntm_public_tip_add(code_hash text, body text) RETURNS boolean
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
  found_tip bigint;
BEGIN
  SELECT c.tip_id INTO found_tip FROM public_tip_codes c WHERE c.code_hash = ntm_public_tip_add.code_hash;
  IF found_tip IS NULL THEN
    RETURN false;
  END IF;
  INSERT INTO tip_additions (commune_code, tip_id, body)
  SELECT t.commune_code, t.id, body FROM tips t WHERE t.id = found_tip;
  RETURN true;
END $$;
--> statement-breakpoint
REVOKE ALL ON FUNCTION ntm_public_tip_file(text, text, text, text, double precision, double precision, integer, text, text) FROM PUBLIC;
--> statement-breakpoint
REVOKE ALL ON FUNCTION ntm_public_tip_status(text) FROM PUBLIC;
--> statement-breakpoint
REVOKE ALL ON FUNCTION ntm_public_tip_add(text, text) FROM PUBLIC;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION ntm_public_tip_file(text, text, text, text, double precision, double precision, integer, text, text) TO ntm_app;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION ntm_public_tip_status(text) TO ntm_app;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION ntm_public_tip_add(text, text) TO ntm_app;
--> statement-breakpoint
-- A photo or PDF the citizen sends with the form, already checked and stored by the API.
CREATE FUNCTION ntm_public_tip_attach(
  code_hash text, file_name text, media_type text, size_bytes integer, sha256 text, storage_key text
) RETURNS boolean
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
  found_tip bigint;
BEGIN
  SELECT c.tip_id INTO found_tip FROM public_tip_codes c WHERE c.code_hash = ntm_public_tip_attach.code_hash;
  IF found_tip IS NULL THEN
    RETURN false;
  END IF;
  INSERT INTO attachments (commune_code, owner_kind, owner_id, file_name, media_type, size_bytes, sha256, storage_key)
  SELECT t.commune_code, 'tip', t.id, file_name, media_type, size_bytes, sha256, storage_key
    FROM tips t WHERE t.id = found_tip;
  RETURN true;
END $$;
--> statement-breakpoint
REVOKE ALL ON FUNCTION ntm_public_tip_attach(text, text, text, integer, text, text) FROM PUBLIC;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION ntm_public_tip_attach(text, text, text, integer, text, text) TO ntm_app;
--> statement-breakpoint

-- ==== Local events ====
CREATE TABLE "local_events" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "local_events_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"commune_code" text NOT NULL,
	"name" text NOT NULL,
	"from_date" date NOT NULL,
	"to_date" date NOT NULL,
	"created_by" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "local_events" ADD CONSTRAINT "local_events_commune_code_communes_commune_code_fk" FOREIGN KEY ("commune_code") REFERENCES "public"."communes"("commune_code") ON DELETE no action ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "local_events" ADD CONSTRAINT "local_events_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;
--> statement-breakpoint
CREATE INDEX "local_events_dates_idx" ON "local_events" USING btree ("commune_code","from_date");
--> statement-breakpoint
ALTER TABLE "local_events" ADD CONSTRAINT "local_events_dates_ordered" CHECK (to_date >= from_date AND to_date - from_date <= 92);
--> statement-breakpoint
GRANT SELECT, INSERT, DELETE ON local_events TO ntm_app;
--> statement-breakpoint

-- ==== Risk weights ====
CREATE TABLE "risk_weight_sets" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "risk_weight_sets_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"commune_code" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"trained_before" date NOT NULL,
	"method" text NOT NULL,
	"weights" jsonb NOT NULL,
	"fit" jsonb NOT NULL
);
--> statement-breakpoint
ALTER TABLE "risk_weight_sets" ADD CONSTRAINT "risk_weight_sets_commune_code_communes_commune_code_fk" FOREIGN KEY ("commune_code") REFERENCES "public"."communes"("commune_code") ON DELETE no action ON UPDATE no action;
--> statement-breakpoint
CREATE INDEX "risk_weight_sets_commune_idx" ON "risk_weight_sets" USING btree ("commune_code","trained_before");
--> statement-breakpoint
-- No personal data in a weight set: leadership and police read it (the API checks too); only
-- the owner (`pnpm risk:calibrate`) writes it, so the app role gets no write grant at all.
GRANT SELECT ON risk_weight_sets TO ntm_app;
--> statement-breakpoint
ALTER TABLE risk_weight_sets ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY risk_weight_sets_read ON risk_weight_sets FOR SELECT
  USING (ntm_role() IN ('leadership', 'police'));
--> statement-breakpoint

-- ==== Route plans ====
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
ALTER TABLE "route_plan_stops" ADD CONSTRAINT "route_plan_stops_plan_id_route_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."route_plans"("id") ON DELETE cascade ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "route_plan_stops" ADD CONSTRAINT "route_plan_stops_commune_code_communes_commune_code_fk" FOREIGN KEY ("commune_code") REFERENCES "public"."communes"("commune_code") ON DELETE no action ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "route_plan_stops" ADD CONSTRAINT "route_plan_stops_business_id_businesses_id_fk" FOREIGN KEY ("business_id") REFERENCES "public"."businesses"("id") ON DELETE no action ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "route_plans" ADD CONSTRAINT "route_plans_commune_code_communes_commune_code_fk" FOREIGN KEY ("commune_code") REFERENCES "public"."communes"("commune_code") ON DELETE no action ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "route_plans" ADD CONSTRAINT "route_plans_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;
--> statement-breakpoint
CREATE INDEX "route_plan_stops_business_idx" ON "route_plan_stops" USING btree ("business_id","planned_start");
--> statement-breakpoint
CREATE INDEX "route_plans_commune_date_idx" ON "route_plans" USING btree ("commune_code","date");
--> statement-breakpoint
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
-- Plans are the police's: they read and write them. Leadership reads the rounds that are not
-- surprise rounds; a surprise round is shown to nobody outside the team (the police role and
-- whoever made it). Plans are never deleted by the app; a saved edit replaces the stops.
GRANT SELECT, INSERT, UPDATE ON route_plans TO ntm_app;
--> statement-breakpoint
GRANT SELECT, INSERT, DELETE ON route_plan_stops TO ntm_app;
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
--> statement-breakpoint

-- ==== Plan records and the support wall ====
CREATE SCHEMA "support";
--> statement-breakpoint
CREATE TABLE "agencies" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "agencies_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"commune_code" text NOT NULL,
	"kind" "plan_agency_kind" NOT NULL,
	"name" text NOT NULL,
	"active" boolean DEFAULT true NOT NULL
);
--> statement-breakpoint
CREATE TABLE "communication_activities" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "communication_activities_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"commune_code" text NOT NULL,
	"held_on" date NOT NULL,
	"title" text NOT NULL,
	"place_name" text NOT NULL,
	"geom" geometry(Point,4326),
	"village_id" integer,
	"audience" "communication_audience" NOT NULL,
	"reach" integer NOT NULL,
	"organiser" "plan_agency_kind" NOT NULL,
	"created_by" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "officers" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "officers_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"commune_code" text NOT NULL,
	"agency_id" integer NOT NULL,
	"full_name" text NOT NULL,
	"position" text NOT NULL,
	"user_id" integer,
	"active" boolean DEFAULT true NOT NULL
);
--> statement-breakpoint
CREATE TABLE "periodic_reports" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "periodic_reports_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"commune_code" text NOT NULL,
	"period" text NOT NULL,
	"version" integer NOT NULL,
	"state" "report_state" DEFAULT 'draft' NOT NULL,
	"number" text,
	"narrative" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"snapshot" jsonb,
	"created_by" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"reviewed_by" integer,
	"reviewed_at" timestamp with time zone,
	"approved_by" integer,
	"approved_at" timestamp with time zone,
	"sent_by" integer,
	"sent_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "plan_documents" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "plan_documents_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"commune_code" text NOT NULL,
	"year" integer NOT NULL,
	"number" text NOT NULL,
	"issued_on" date NOT NULL,
	"title" text NOT NULL,
	"signed_by" text,
	"created_by" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "registry_reviews" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "registry_reviews_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"commune_code" text NOT NULL,
	"business_id" bigint NOT NULL,
	"reviewed_on" date NOT NULL,
	"reviewed_by" integer,
	"outcome" "registry_review_outcome" NOT NULL,
	"note" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "report_submissions" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "report_submissions_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"commune_code" text NOT NULL,
	"agency_id" integer NOT NULL,
	"period" text NOT NULL,
	"submitted_at" timestamp with time zone NOT NULL,
	"channel" "report_channel" NOT NULL,
	"received_by" integer,
	"note" text
);
--> statement-breakpoint
CREATE TABLE "support"."cases" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "support"."cases_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"commune_code" text NOT NULL,
	"code" text NOT NULL,
	"village_id" integer,
	"opened_on" date NOT NULL,
	"needs" "support_service"[] NOT NULL,
	"eligible" boolean NOT NULL,
	"consent_on" date,
	"counselled_on" date,
	"closed_on" date,
	"note" text,
	"created_by" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "cases_code_unique" UNIQUE("code")
);
--> statement-breakpoint
CREATE TABLE "support"."referrals" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "support"."referrals_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"commune_code" text NOT NULL,
	"case_id" bigint NOT NULL,
	"service" "support_service" NOT NULL,
	"referred_on" date NOT NULL,
	"outcome" "referral_outcome" DEFAULT 'pending' NOT NULL,
	"outcome_on" date,
	"note" text,
	"created_by" integer
);
--> statement-breakpoint
CREATE TABLE "trainings" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "trainings_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"commune_code" text NOT NULL,
	"officer_id" integer NOT NULL,
	"course" text NOT NULL,
	"held_on" date NOT NULL,
	"hours" integer,
	"provider" text,
	"created_by" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "agencies" ADD CONSTRAINT "agencies_commune_code_communes_commune_code_fk" FOREIGN KEY ("commune_code") REFERENCES "public"."communes"("commune_code") ON DELETE no action ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "communication_activities" ADD CONSTRAINT "communication_activities_commune_code_communes_commune_code_fk" FOREIGN KEY ("commune_code") REFERENCES "public"."communes"("commune_code") ON DELETE no action ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "communication_activities" ADD CONSTRAINT "communication_activities_village_id_villages_id_fk" FOREIGN KEY ("village_id") REFERENCES "public"."villages"("id") ON DELETE no action ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "communication_activities" ADD CONSTRAINT "communication_activities_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "officers" ADD CONSTRAINT "officers_commune_code_communes_commune_code_fk" FOREIGN KEY ("commune_code") REFERENCES "public"."communes"("commune_code") ON DELETE no action ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "officers" ADD CONSTRAINT "officers_agency_id_agencies_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agencies"("id") ON DELETE no action ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "officers" ADD CONSTRAINT "officers_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "periodic_reports" ADD CONSTRAINT "periodic_reports_commune_code_communes_commune_code_fk" FOREIGN KEY ("commune_code") REFERENCES "public"."communes"("commune_code") ON DELETE no action ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "periodic_reports" ADD CONSTRAINT "periodic_reports_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "periodic_reports" ADD CONSTRAINT "periodic_reports_reviewed_by_users_id_fk" FOREIGN KEY ("reviewed_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "periodic_reports" ADD CONSTRAINT "periodic_reports_approved_by_users_id_fk" FOREIGN KEY ("approved_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "periodic_reports" ADD CONSTRAINT "periodic_reports_sent_by_users_id_fk" FOREIGN KEY ("sent_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "plan_documents" ADD CONSTRAINT "plan_documents_commune_code_communes_commune_code_fk" FOREIGN KEY ("commune_code") REFERENCES "public"."communes"("commune_code") ON DELETE no action ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "plan_documents" ADD CONSTRAINT "plan_documents_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "registry_reviews" ADD CONSTRAINT "registry_reviews_commune_code_communes_commune_code_fk" FOREIGN KEY ("commune_code") REFERENCES "public"."communes"("commune_code") ON DELETE no action ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "registry_reviews" ADD CONSTRAINT "registry_reviews_business_id_businesses_id_fk" FOREIGN KEY ("business_id") REFERENCES "public"."businesses"("id") ON DELETE no action ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "registry_reviews" ADD CONSTRAINT "registry_reviews_reviewed_by_users_id_fk" FOREIGN KEY ("reviewed_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "report_submissions" ADD CONSTRAINT "report_submissions_commune_code_communes_commune_code_fk" FOREIGN KEY ("commune_code") REFERENCES "public"."communes"("commune_code") ON DELETE no action ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "report_submissions" ADD CONSTRAINT "report_submissions_agency_id_agencies_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agencies"("id") ON DELETE no action ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "report_submissions" ADD CONSTRAINT "report_submissions_received_by_users_id_fk" FOREIGN KEY ("received_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "support"."cases" ADD CONSTRAINT "cases_commune_code_communes_commune_code_fk" FOREIGN KEY ("commune_code") REFERENCES "public"."communes"("commune_code") ON DELETE no action ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "support"."cases" ADD CONSTRAINT "cases_village_id_villages_id_fk" FOREIGN KEY ("village_id") REFERENCES "public"."villages"("id") ON DELETE no action ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "support"."cases" ADD CONSTRAINT "cases_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "support"."referrals" ADD CONSTRAINT "referrals_commune_code_communes_commune_code_fk" FOREIGN KEY ("commune_code") REFERENCES "public"."communes"("commune_code") ON DELETE no action ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "support"."referrals" ADD CONSTRAINT "referrals_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "support"."cases"("id") ON DELETE no action ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "support"."referrals" ADD CONSTRAINT "referrals_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "trainings" ADD CONSTRAINT "trainings_commune_code_communes_commune_code_fk" FOREIGN KEY ("commune_code") REFERENCES "public"."communes"("commune_code") ON DELETE no action ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "trainings" ADD CONSTRAINT "trainings_officer_id_officers_id_fk" FOREIGN KEY ("officer_id") REFERENCES "public"."officers"("id") ON DELETE no action ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "trainings" ADD CONSTRAINT "trainings_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;
--> statement-breakpoint
CREATE UNIQUE INDEX "agencies_name_idx" ON "agencies" USING btree ("commune_code","name");
--> statement-breakpoint
CREATE INDEX "communication_activities_geom_idx" ON "communication_activities" USING gist ("geom");
--> statement-breakpoint
CREATE INDEX "communication_activities_day_idx" ON "communication_activities" USING btree ("commune_code","held_on");
--> statement-breakpoint
CREATE INDEX "officers_agency_idx" ON "officers" USING btree ("agency_id");
--> statement-breakpoint
CREATE UNIQUE INDEX "periodic_reports_version_idx" ON "periodic_reports" USING btree ("commune_code","period","version");
--> statement-breakpoint
CREATE INDEX "periodic_reports_period_idx" ON "periodic_reports" USING btree ("commune_code","period");
--> statement-breakpoint
CREATE UNIQUE INDEX "plan_documents_number_idx" ON "plan_documents" USING btree ("commune_code","year","number");
--> statement-breakpoint
CREATE INDEX "registry_reviews_day_idx" ON "registry_reviews" USING btree ("commune_code","reviewed_on");
--> statement-breakpoint
CREATE INDEX "registry_reviews_business_idx" ON "registry_reviews" USING btree ("business_id");
--> statement-breakpoint
CREATE UNIQUE INDEX "report_submissions_agency_period_idx" ON "report_submissions" USING btree ("agency_id","period");
--> statement-breakpoint
CREATE INDEX "support_cases_opened_idx" ON "support"."cases" USING btree ("commune_code","opened_on");
--> statement-breakpoint
CREATE INDEX "support_referrals_case_idx" ON "support"."referrals" USING btree ("case_id");
--> statement-breakpoint
CREATE INDEX "trainings_day_idx" ON "trainings" USING btree ("commune_code","held_on");
--> statement-breakpoint
CREATE INDEX "trainings_officer_idx" ON "trainings" USING btree ("officer_id");
--> statement-breakpoint
-- Issue #8: the records behind the plan's indicators, the periodic report and the support wall.
-- Who may read and write what (ARCHITECTURE.md §4), enforced again here by row-level security.
CREATE FUNCTION ntm_plan_reader() RETURNS boolean LANGUAGE sql STABLE AS $$
  SELECT ntm_role() IN ('leadership', 'police', 'health', 'culture')
$$;
--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE ON plan_documents, registry_reviews, communication_activities,
  agencies, officers, trainings, report_submissions, periodic_reports TO ntm_app;
--> statement-breakpoint
GRANT DELETE ON trainings, communication_activities TO ntm_app;
--> statement-breakpoint
ALTER TABLE plan_documents ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY plan_documents_read ON plan_documents FOR SELECT USING (ntm_plan_reader());
--> statement-breakpoint
CREATE POLICY plan_documents_write ON plan_documents FOR INSERT WITH CHECK (ntm_role() = 'health');
--> statement-breakpoint
CREATE POLICY plan_documents_update ON plan_documents FOR UPDATE
  USING (ntm_role() = 'health') WITH CHECK (ntm_role() = 'health');
--> statement-breakpoint
ALTER TABLE registry_reviews ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY registry_reviews_read ON registry_reviews FOR SELECT USING (ntm_plan_reader());
--> statement-breakpoint
CREATE POLICY registry_reviews_write ON registry_reviews FOR INSERT
  WITH CHECK (ntm_role() IN ('police', 'culture'));
--> statement-breakpoint
ALTER TABLE communication_activities ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
-- Where a talk was held is not sensitive: every signed-in role may see it on the map.
CREATE POLICY communication_activities_read ON communication_activities FOR SELECT
  USING (ntm_role() IS NOT NULL);
--> statement-breakpoint
CREATE POLICY communication_activities_write ON communication_activities FOR ALL
  USING (ntm_role() IN ('culture', 'health')) WITH CHECK (ntm_role() IN ('culture', 'health'));
--> statement-breakpoint
ALTER TABLE agencies ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY agencies_read ON agencies FOR SELECT USING (ntm_plan_reader());
--> statement-breakpoint
CREATE POLICY agencies_write ON agencies FOR ALL
  USING (ntm_role() = 'health') WITH CHECK (ntm_role() = 'health');
--> statement-breakpoint
ALTER TABLE officers ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY officers_read ON officers FOR SELECT USING (ntm_plan_reader());
--> statement-breakpoint
CREATE POLICY officers_write ON officers FOR ALL
  USING (ntm_role() = 'health') WITH CHECK (ntm_role() = 'health');
--> statement-breakpoint
ALTER TABLE trainings ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY trainings_read ON trainings FOR SELECT USING (ntm_plan_reader());
--> statement-breakpoint
CREATE POLICY trainings_write ON trainings FOR ALL
  USING (ntm_role() = 'health') WITH CHECK (ntm_role() = 'health');
--> statement-breakpoint
ALTER TABLE report_submissions ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY report_submissions_read ON report_submissions FOR SELECT USING (ntm_plan_reader());
--> statement-breakpoint
CREATE POLICY report_submissions_write ON report_submissions FOR ALL
  USING (ntm_role() = 'health') WITH CHECK (ntm_role() = 'health');
--> statement-breakpoint
ALTER TABLE periodic_reports ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY periodic_reports_read ON periodic_reports FOR SELECT USING (ntm_plan_reader());
--> statement-breakpoint
CREATE POLICY periodic_reports_insert ON periodic_reports FOR INSERT WITH CHECK (ntm_role() = 'health');
--> statement-breakpoint
-- A sent report is frozen: no role may change it (a new version is a new row).
CREATE POLICY periodic_reports_update ON periodic_reports FOR UPDATE
  USING (ntm_role() = 'health' AND state <> 'sent') WITH CHECK (ntm_role() = 'health');
--> statement-breakpoint
-- The support wall. The app's login role `ntm_app` has no grant on the schema at all; it may
-- only switch to `ntm_support` (SET LOCAL ROLE), which the API does for health sessions and
-- for nothing else, and row-level security then checks the session's role is health too.
DO $$
BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'ntm_support') THEN
    CREATE ROLE ntm_support NOLOGIN NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE;
  END IF;
END $$;
--> statement-breakpoint
GRANT ntm_support TO ntm_app;
--> statement-breakpoint
-- Membership without inheritance (PostgreSQL 15 has no per-grant INHERIT FALSE): ntm_app is a
-- member of no other role, so this only stops it from using ntm_support's rights unswitched.
ALTER ROLE ntm_app NOINHERIT;
--> statement-breakpoint
REVOKE ALL ON SCHEMA support FROM PUBLIC;
--> statement-breakpoint
GRANT USAGE ON SCHEMA support TO ntm_support;
--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE ON support.cases, support.referrals TO ntm_support;
--> statement-breakpoint
GRANT USAGE ON ALL SEQUENCES IN SCHEMA support TO ntm_support;
--> statement-breakpoint
-- ntm_support still needs to read the few public tables a case refers to, and to audit.
GRANT USAGE ON SCHEMA public TO ntm_support;
--> statement-breakpoint
GRANT SELECT ON villages, communes TO ntm_support;
--> statement-breakpoint
GRANT SELECT, INSERT ON audit_log TO ntm_support;
--> statement-breakpoint
GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO ntm_support;
--> statement-breakpoint
ALTER TABLE support.cases ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY cases_health ON support.cases FOR ALL
  USING (ntm_role() = 'health') WITH CHECK (ntm_role() = 'health');
--> statement-breakpoint
ALTER TABLE support.referrals ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY referrals_health ON support.referrals FOR ALL
  USING (ntm_role() = 'health') WITH CHECK (ntm_role() = 'health');
--> statement-breakpoint

-- ==== Indicator tallies ====
-- The numbers behind the plan's indicators and the periodic report, for the roles that follow
-- the plan (leadership, police, health, culture). Leadership, health and culture may not read
-- business, tip or inspection rows (row-level security), so these functions run with the
-- owner's rights and return aggregates, or for the drill-down only the few columns it shows
-- (never a tip's description, place, category or reporter). Each checks the caller's role
-- itself (ntm_plan_reader), so a village head or the admin gets nothing from them.
-- Tips received in [from_at, to_at), linked duplicates left out (the case counts once): the id,
-- the state now, and when each stage was first reached (from tip_events; a state with no event
-- recorded is dated from what came after it, or from receipt). No description, place, category
-- or reporter.
CREATE FUNCTION ntm_tip_cases(commune text, from_at timestamptz, to_at timestamptz)
RETURNS TABLE (id bigint, status tip_status, received_at timestamptz, extended_until timestamptz,
               verified_at timestamptz, classified_at timestamptz, resolved_at timestamptz)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
  WITH e AS (
    SELECT t.id, t.status, t.received_at, t.extended_until,
           (SELECT min(ev.at) FROM tip_events ev WHERE ev.tip_id = t.id AND ev.to_status = 'verified') AS v,
           (SELECT min(ev.at) FROM tip_events ev WHERE ev.tip_id = t.id AND ev.to_status = 'classified') AS c,
           (SELECT min(ev.at) FROM tip_events ev WHERE ev.tip_id = t.id
               AND ev.to_status IN ('handled', 'transferred', 'unfounded')) AS r
      FROM tips t
     WHERE ntm_plan_reader() AND t.commune_code = commune AND t.duplicate_of IS NULL
       AND t.received_at >= from_at AND t.received_at < to_at
  ), r AS (
    SELECT e.*, CASE WHEN e.status IN ('handled', 'transferred', 'unfounded')
                     THEN coalesce(e.r, e.c, e.v, e.received_at) END AS resolved
      FROM e
  ), c AS (
    SELECT r.*, CASE WHEN r.status IN ('classified', 'handled', 'transferred')
                     THEN coalesce(r.c, r.resolved, r.v, r.received_at) END AS classified
      FROM r
  )
  SELECT c.id, c.status, c.received_at, c.extended_until,
         CASE WHEN c.status <> 'received'
              THEN coalesce(c.v, c.classified, c.resolved, c.received_at) END,
         c.classified, c.resolved
    FROM c
$$;
--> statement-breakpoint
REVOKE ALL ON FUNCTION ntm_tip_cases(text, timestamptz, timestamptz) FROM PUBLIC;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION ntm_tip_cases(text, timestamptz, timestamptz) TO ntm_app;
--> statement-breakpoint
-- Tips received in [from_at, to_at) (duplicates once) counted by category and by channel.
CREATE FUNCTION ntm_tip_breakdown(commune text, from_at timestamptz, to_at timestamptz)
RETURNS TABLE (dimension text, value text, count integer)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
  WITH t AS (
    SELECT t.category, t.channel::text AS channel FROM tips t
     WHERE ntm_plan_reader() AND t.commune_code = commune AND t.duplicate_of IS NULL
       AND t.received_at >= from_at AND t.received_at < to_at
  )
  SELECT 'category', t.category, count(*)::integer FROM t GROUP BY t.category
  UNION ALL
  SELECT 'channel', t.channel, count(*)::integer FROM t GROUP BY t.channel
$$;
--> statement-breakpoint
REVOKE ALL ON FUNCTION ntm_tip_breakdown(text, timestamptz, timestamptz) FROM PUBLIC;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION ntm_tip_breakdown(text, timestamptz, timestamptz) TO ntm_app;
--> statement-breakpoint
-- Recorded inspections begun in [from_at, to_at), per month (Vietnam time), kind and business
-- type, with those that found a violation (result violation, or the premises closed).
CREATE FUNCTION ntm_inspection_counts(commune text, from_at timestamptz, to_at timestamptz)
RETURNS TABLE (month text, kind inspection_kind, business_type business_type,
               inspections integer, with_violation integer)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
  SELECT to_char(i.started_at AT TIME ZONE 'Asia/Ho_Chi_Minh', 'YYYY-MM'), i.kind, b.type,
         count(*)::integer,
         count(*) FILTER (WHERE i.result IN ('violation', 'closed'))::integer
    FROM inspections i JOIN businesses b ON b.id = i.business_id
   WHERE ntm_plan_reader() AND i.commune_code = commune AND i.status = 'recorded'
     AND i.started_at >= from_at AND i.started_at < to_at
   GROUP BY 1, 2, 3
$$;
--> statement-breakpoint
REVOKE ALL ON FUNCTION ntm_inspection_counts(text, timestamptz, timestamptz) FROM PUBLIC;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION ntm_inspection_counts(text, timestamptz, timestamptz) TO ntm_app;
--> statement-breakpoint
-- What recorded inspections in [from_at, to_at) found and did: violations by code, measures by
-- code, and fines (how many, and their sum in VND).
CREATE FUNCTION ntm_inspection_findings(commune text, from_at timestamptz, to_at timestamptz)
RETURNS TABLE (dimension text, code text, count integer, total_vnd bigint)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
  WITH i AS (
    SELECT i.violations, i.measures, i.fine_vnd FROM inspections i
     WHERE ntm_plan_reader() AND i.commune_code = commune AND i.status = 'recorded'
       AND i.started_at >= from_at AND i.started_at < to_at
  )
  SELECT 'violation', v.value #>> '{}', count(*)::integer, NULL::bigint
    FROM i CROSS JOIN LATERAL jsonb_array_elements(i.violations) v GROUP BY 2
  UNION ALL
  SELECT 'measure', m.value #>> '{}', count(*)::integer, NULL::bigint
    FROM i CROSS JOIN LATERAL jsonb_array_elements(i.measures) m GROUP BY 2
  UNION ALL
  SELECT 'fine', 'fine', count(*)::integer, coalesce(sum(i.fine_vnd), 0)::bigint
    FROM i WHERE i.fine_vnd > 0
$$;
--> statement-breakpoint
REVOKE ALL ON FUNCTION ntm_inspection_findings(text, timestamptz, timestamptz) FROM PUBLIC;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION ntm_inspection_findings(text, timestamptz, timestamptz) TO ntm_app;
--> statement-breakpoint
-- Online violations found in [from_at, to_at), by kind and takedown status.
CREATE FUNCTION ntm_online_violation_counts(commune text, from_at timestamptz, to_at timestamptz)
RETURNS TABLE (kind online_violation_kind, takedown_status takedown_status, count integer)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
  SELECT o.kind, o.takedown_status, count(*)::integer FROM online_violations o
   WHERE ntm_plan_reader() AND o.commune_code = commune
     AND o.found_at >= from_at AND o.found_at < to_at
   GROUP BY 1, 2
$$;
--> statement-breakpoint
REVOKE ALL ON FUNCTION ntm_online_violation_counts(text, timestamptz, timestamptz) FROM PUBLIC;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION ntm_online_violation_counts(text, timestamptz, timestamptz) TO ntm_app;
--> statement-breakpoint

-- ==== Registry reviews for the plan's readers ====
-- Issue #8, the records behind the indicators: the registry reviews as the plan's readers see
-- them. Health and leadership may not read business rows (row-level security), yet the plan
-- asks them to follow indicator b, so this returns only what a review list needs (the
-- premises' id, name, type and village, never its owner, phone or position), and only to a
-- plan reader (ntm_plan_reader() is checked inside, because the owner's rights skip policies).
CREATE FUNCTION ntm_registry_review_list(commune text, from_on date, to_on date)
RETURNS TABLE (id bigint, business_id bigint, business_name text, business_type business_type,
               village_name text, outcome registry_review_outcome, note text,
               reviewed_on date, reviewer_name text)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
  SELECT r.id, r.business_id, b.name, b.type, v.name, r.outcome, r.note, r.reviewed_on,
         u.display_name
    FROM registry_reviews r
    JOIN businesses b ON b.id = r.business_id
    LEFT JOIN villages v ON v.id = b.village_id
    LEFT JOIN users u ON u.id = r.reviewed_by
   WHERE r.commune_code = commune AND r.reviewed_on >= from_on AND r.reviewed_on < to_on
     AND ntm_plan_reader()
   ORDER BY r.reviewed_on DESC, r.id DESC
$$;
--> statement-breakpoint
REVOKE ALL ON FUNCTION ntm_registry_review_list(text, date, date) FROM PUBLIC;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION ntm_registry_review_list(text, date, date) TO ntm_app;
--> statement-breakpoint

-- ==== Support counts ====
-- The only way a number about support leaves the wall: counts per village, with the owner's
-- rights and no code, note or date of any one case. Small counts are still in it; the API
-- suppresses them (counts below 5 as "<5", plus a complementary cell) before they leave the
-- health role. For the period [from_on, to_on):
--   opened     cases opened in the period
--   eligible   cases in need and qualifying, open at some time in the period
--   reached    of those, counselled and connected to at least one service before to_on
--   connected  per service, cases connected to it in the period
-- Like the other tallies it answers only the plan's followers (leadership, police, health,
-- culture): a village head, the admin or a connection without a session gets no rows, even
-- calling the function directly as ntm_app.
CREATE FUNCTION ntm_support_counts(commune text, from_on date, to_on date)
RETURNS TABLE (village_id integer, opened integer, eligible integer, reached integer,
               connected_by_service jsonb)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
  WITH c AS (
    SELECT sc.id, sc.village_id, sc.opened_on, sc.eligible, sc.counselled_on, sc.closed_on
      FROM support.cases sc
     WHERE ntm_plan_reader() AND sc.commune_code = commune AND sc.opened_on < to_on
       AND (sc.closed_on IS NULL OR sc.closed_on >= from_on)
  ), conn AS (
    SELECT r.case_id, r.service, min(r.outcome_on) AS on_day
      FROM support.referrals r
     WHERE r.commune_code = commune AND r.outcome = 'connected' AND r.outcome_on < to_on
     GROUP BY r.case_id, r.service
  ), per_case AS (
    SELECT c.*,
           EXISTS (SELECT 1 FROM conn WHERE conn.case_id = c.id) AS any_connected,
           (SELECT coalesce(jsonb_agg(conn.service), '[]'::jsonb) FROM conn
             WHERE conn.case_id = c.id AND conn.on_day >= from_on) AS services_in_period
      FROM c
  )
  SELECT p.village_id,
         count(*) FILTER (WHERE p.opened_on >= from_on)::integer,
         count(*) FILTER (WHERE p.eligible)::integer,
         count(*) FILTER (WHERE p.eligible AND p.counselled_on < to_on AND p.any_connected)::integer,
         coalesce((SELECT jsonb_object_agg(s, n) FROM (
           SELECT s.value #>> '{}' AS s, count(*) AS n
             FROM per_case q CROSS JOIN LATERAL jsonb_array_elements(q.services_in_period) s
            WHERE q.village_id IS NOT DISTINCT FROM p.village_id GROUP BY 1) x), '{}'::jsonb)
    FROM per_case p
   GROUP BY p.village_id
$$;

--> statement-breakpoint
REVOKE ALL ON FUNCTION ntm_support_counts(text, date, date) FROM PUBLIC;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION ntm_support_counts(text, date, date) TO ntm_app;
--> statement-breakpoint

-- ==== VN-2000 / TM-3 projections ====
-- VN-2000 / TM-3 zones (EPSG:9205–9218), which PostGIS 3.3's spatial_ref_sys lacks. The land
-- offices draw cadastral maps in these: zone 105°30′ (9209) for the former Hải Dương communes,
-- 105°45′ (9210) for Hải Phòng. Definitions as PROJ 9.1's EPSG database gives them
-- (`projinfo EPSG:<code> -o WKT1_GDAL|PROJ`). ST_Transform looks a row up by auth_name and
-- auth_srid in PROJ's database first, so the datum shift is the one GDAL's tools use.
INSERT INTO spatial_ref_sys (srid, auth_name, auth_srid, srtext, proj4text) VALUES
  (9205, 'EPSG', 9205, 'PROJCS["VN-2000 / TM-3 103-00",GEOGCS["VN-2000",DATUM["Vietnam_2000",SPHEROID["WGS 84",6378137,298.257223563,AUTHORITY["EPSG","7030"]],AUTHORITY["EPSG","6756"]],PRIMEM["Greenwich",0,AUTHORITY["EPSG","8901"]],UNIT["degree",0.0174532925199433,AUTHORITY["EPSG","9122"]],AUTHORITY["EPSG","4756"]],PROJECTION["Transverse_Mercator"],PARAMETER["latitude_of_origin",0],PARAMETER["central_meridian",103],PARAMETER["scale_factor",0.9999],PARAMETER["false_easting",500000],PARAMETER["false_northing",0],UNIT["metre",1,AUTHORITY["EPSG","9001"]],AXIS["Easting",EAST],AXIS["Northing",NORTH],AUTHORITY["EPSG","9205"]]', '+proj=tmerc +lat_0=0 +lon_0=103 +k=0.9999 +x_0=500000 +y_0=0 +ellps=WGS84 +towgs84=-191.90441429,-39.30318279,-111.45032835,0.00928836,-0.01975479,0.00427372,0.252906278 +units=m +no_defs '),
  (9206, 'EPSG', 9206, 'PROJCS["VN-2000 / TM-3 104-00",GEOGCS["VN-2000",DATUM["Vietnam_2000",SPHEROID["WGS 84",6378137,298.257223563,AUTHORITY["EPSG","7030"]],AUTHORITY["EPSG","6756"]],PRIMEM["Greenwich",0,AUTHORITY["EPSG","8901"]],UNIT["degree",0.0174532925199433,AUTHORITY["EPSG","9122"]],AUTHORITY["EPSG","4756"]],PROJECTION["Transverse_Mercator"],PARAMETER["latitude_of_origin",0],PARAMETER["central_meridian",104],PARAMETER["scale_factor",0.9999],PARAMETER["false_easting",500000],PARAMETER["false_northing",0],UNIT["metre",1,AUTHORITY["EPSG","9001"]],AXIS["Easting",EAST],AXIS["Northing",NORTH],AUTHORITY["EPSG","9206"]]', '+proj=tmerc +lat_0=0 +lon_0=104 +k=0.9999 +x_0=500000 +y_0=0 +ellps=WGS84 +towgs84=-191.90441429,-39.30318279,-111.45032835,0.00928836,-0.01975479,0.00427372,0.252906278 +units=m +no_defs '),
  (9207, 'EPSG', 9207, 'PROJCS["VN-2000 / TM-3 104-30",GEOGCS["VN-2000",DATUM["Vietnam_2000",SPHEROID["WGS 84",6378137,298.257223563,AUTHORITY["EPSG","7030"]],AUTHORITY["EPSG","6756"]],PRIMEM["Greenwich",0,AUTHORITY["EPSG","8901"]],UNIT["degree",0.0174532925199433,AUTHORITY["EPSG","9122"]],AUTHORITY["EPSG","4756"]],PROJECTION["Transverse_Mercator"],PARAMETER["latitude_of_origin",0],PARAMETER["central_meridian",104.5],PARAMETER["scale_factor",0.9999],PARAMETER["false_easting",500000],PARAMETER["false_northing",0],UNIT["metre",1,AUTHORITY["EPSG","9001"]],AXIS["Easting",EAST],AXIS["Northing",NORTH],AUTHORITY["EPSG","9207"]]', '+proj=tmerc +lat_0=0 +lon_0=104.5 +k=0.9999 +x_0=500000 +y_0=0 +ellps=WGS84 +towgs84=-191.90441429,-39.30318279,-111.45032835,0.00928836,-0.01975479,0.00427372,0.252906278 +units=m +no_defs '),
  (9208, 'EPSG', 9208, 'PROJCS["VN-2000 / TM-3 104-45",GEOGCS["VN-2000",DATUM["Vietnam_2000",SPHEROID["WGS 84",6378137,298.257223563,AUTHORITY["EPSG","7030"]],AUTHORITY["EPSG","6756"]],PRIMEM["Greenwich",0,AUTHORITY["EPSG","8901"]],UNIT["degree",0.0174532925199433,AUTHORITY["EPSG","9122"]],AUTHORITY["EPSG","4756"]],PROJECTION["Transverse_Mercator"],PARAMETER["latitude_of_origin",0],PARAMETER["central_meridian",104.75],PARAMETER["scale_factor",0.9999],PARAMETER["false_easting",500000],PARAMETER["false_northing",0],UNIT["metre",1,AUTHORITY["EPSG","9001"]],AXIS["Easting",EAST],AXIS["Northing",NORTH],AUTHORITY["EPSG","9208"]]', '+proj=tmerc +lat_0=0 +lon_0=104.75 +k=0.9999 +x_0=500000 +y_0=0 +ellps=WGS84 +towgs84=-191.90441429,-39.30318279,-111.45032835,0.00928836,-0.01975479,0.00427372,0.252906278 +units=m +no_defs '),
  (9209, 'EPSG', 9209, 'PROJCS["VN-2000 / TM-3 105-30",GEOGCS["VN-2000",DATUM["Vietnam_2000",SPHEROID["WGS 84",6378137,298.257223563,AUTHORITY["EPSG","7030"]],AUTHORITY["EPSG","6756"]],PRIMEM["Greenwich",0,AUTHORITY["EPSG","8901"]],UNIT["degree",0.0174532925199433,AUTHORITY["EPSG","9122"]],AUTHORITY["EPSG","4756"]],PROJECTION["Transverse_Mercator"],PARAMETER["latitude_of_origin",0],PARAMETER["central_meridian",105.5],PARAMETER["scale_factor",0.9999],PARAMETER["false_easting",500000],PARAMETER["false_northing",0],UNIT["metre",1,AUTHORITY["EPSG","9001"]],AXIS["Easting",EAST],AXIS["Northing",NORTH],AUTHORITY["EPSG","9209"]]', '+proj=tmerc +lat_0=0 +lon_0=105.5 +k=0.9999 +x_0=500000 +y_0=0 +ellps=WGS84 +towgs84=-191.90441429,-39.30318279,-111.45032835,0.00928836,-0.01975479,0.00427372,0.252906278 +units=m +no_defs '),
  (9210, 'EPSG', 9210, 'PROJCS["VN-2000 / TM-3 105-45",GEOGCS["VN-2000",DATUM["Vietnam_2000",SPHEROID["WGS 84",6378137,298.257223563,AUTHORITY["EPSG","7030"]],AUTHORITY["EPSG","6756"]],PRIMEM["Greenwich",0,AUTHORITY["EPSG","8901"]],UNIT["degree",0.0174532925199433,AUTHORITY["EPSG","9122"]],AUTHORITY["EPSG","4756"]],PROJECTION["Transverse_Mercator"],PARAMETER["latitude_of_origin",0],PARAMETER["central_meridian",105.75],PARAMETER["scale_factor",0.9999],PARAMETER["false_easting",500000],PARAMETER["false_northing",0],UNIT["metre",1,AUTHORITY["EPSG","9001"]],AXIS["Easting",EAST],AXIS["Northing",NORTH],AUTHORITY["EPSG","9210"]]', '+proj=tmerc +lat_0=0 +lon_0=105.75 +k=0.9999 +x_0=500000 +y_0=0 +ellps=WGS84 +towgs84=-191.90441429,-39.30318279,-111.45032835,0.00928836,-0.01975479,0.00427372,0.252906278 +units=m +no_defs '),
  (9211, 'EPSG', 9211, 'PROJCS["VN-2000 / TM-3 106-00",GEOGCS["VN-2000",DATUM["Vietnam_2000",SPHEROID["WGS 84",6378137,298.257223563,AUTHORITY["EPSG","7030"]],AUTHORITY["EPSG","6756"]],PRIMEM["Greenwich",0,AUTHORITY["EPSG","8901"]],UNIT["degree",0.0174532925199433,AUTHORITY["EPSG","9122"]],AUTHORITY["EPSG","4756"]],PROJECTION["Transverse_Mercator"],PARAMETER["latitude_of_origin",0],PARAMETER["central_meridian",106],PARAMETER["scale_factor",0.9999],PARAMETER["false_easting",500000],PARAMETER["false_northing",0],UNIT["metre",1,AUTHORITY["EPSG","9001"]],AXIS["Easting",EAST],AXIS["Northing",NORTH],AUTHORITY["EPSG","9211"]]', '+proj=tmerc +lat_0=0 +lon_0=106 +k=0.9999 +x_0=500000 +y_0=0 +ellps=WGS84 +towgs84=-191.90441429,-39.30318279,-111.45032835,0.00928836,-0.01975479,0.00427372,0.252906278 +units=m +no_defs '),
  (9212, 'EPSG', 9212, 'PROJCS["VN-2000 / TM-3 106-15",GEOGCS["VN-2000",DATUM["Vietnam_2000",SPHEROID["WGS 84",6378137,298.257223563,AUTHORITY["EPSG","7030"]],AUTHORITY["EPSG","6756"]],PRIMEM["Greenwich",0,AUTHORITY["EPSG","8901"]],UNIT["degree",0.0174532925199433,AUTHORITY["EPSG","9122"]],AUTHORITY["EPSG","4756"]],PROJECTION["Transverse_Mercator"],PARAMETER["latitude_of_origin",0],PARAMETER["central_meridian",106.25],PARAMETER["scale_factor",0.9999],PARAMETER["false_easting",500000],PARAMETER["false_northing",0],UNIT["metre",1,AUTHORITY["EPSG","9001"]],AXIS["Easting",EAST],AXIS["Northing",NORTH],AUTHORITY["EPSG","9212"]]', '+proj=tmerc +lat_0=0 +lon_0=106.25 +k=0.9999 +x_0=500000 +y_0=0 +ellps=WGS84 +towgs84=-191.90441429,-39.30318279,-111.45032835,0.00928836,-0.01975479,0.00427372,0.252906278 +units=m +no_defs '),
  (9213, 'EPSG', 9213, 'PROJCS["VN-2000 / TM-3 106-30",GEOGCS["VN-2000",DATUM["Vietnam_2000",SPHEROID["WGS 84",6378137,298.257223563,AUTHORITY["EPSG","7030"]],AUTHORITY["EPSG","6756"]],PRIMEM["Greenwich",0,AUTHORITY["EPSG","8901"]],UNIT["degree",0.0174532925199433,AUTHORITY["EPSG","9122"]],AUTHORITY["EPSG","4756"]],PROJECTION["Transverse_Mercator"],PARAMETER["latitude_of_origin",0],PARAMETER["central_meridian",106.5],PARAMETER["scale_factor",0.9999],PARAMETER["false_easting",500000],PARAMETER["false_northing",0],UNIT["metre",1,AUTHORITY["EPSG","9001"]],AXIS["Easting",EAST],AXIS["Northing",NORTH],AUTHORITY["EPSG","9213"]]', '+proj=tmerc +lat_0=0 +lon_0=106.5 +k=0.9999 +x_0=500000 +y_0=0 +ellps=WGS84 +towgs84=-191.90441429,-39.30318279,-111.45032835,0.00928836,-0.01975479,0.00427372,0.252906278 +units=m +no_defs '),
  (9214, 'EPSG', 9214, 'PROJCS["VN-2000 / TM-3 107-00",GEOGCS["VN-2000",DATUM["Vietnam_2000",SPHEROID["WGS 84",6378137,298.257223563,AUTHORITY["EPSG","7030"]],AUTHORITY["EPSG","6756"]],PRIMEM["Greenwich",0,AUTHORITY["EPSG","8901"]],UNIT["degree",0.0174532925199433,AUTHORITY["EPSG","9122"]],AUTHORITY["EPSG","4756"]],PROJECTION["Transverse_Mercator"],PARAMETER["latitude_of_origin",0],PARAMETER["central_meridian",107],PARAMETER["scale_factor",0.9999],PARAMETER["false_easting",500000],PARAMETER["false_northing",0],UNIT["metre",1,AUTHORITY["EPSG","9001"]],AXIS["Easting",EAST],AXIS["Northing",NORTH],AUTHORITY["EPSG","9214"]]', '+proj=tmerc +lat_0=0 +lon_0=107 +k=0.9999 +x_0=500000 +y_0=0 +ellps=WGS84 +towgs84=-191.90441429,-39.30318279,-111.45032835,0.00928836,-0.01975479,0.00427372,0.252906278 +units=m +no_defs '),
  (9215, 'EPSG', 9215, 'PROJCS["VN-2000 / TM-3 107-15",GEOGCS["VN-2000",DATUM["Vietnam_2000",SPHEROID["WGS 84",6378137,298.257223563,AUTHORITY["EPSG","7030"]],AUTHORITY["EPSG","6756"]],PRIMEM["Greenwich",0,AUTHORITY["EPSG","8901"]],UNIT["degree",0.0174532925199433,AUTHORITY["EPSG","9122"]],AUTHORITY["EPSG","4756"]],PROJECTION["Transverse_Mercator"],PARAMETER["latitude_of_origin",0],PARAMETER["central_meridian",107.25],PARAMETER["scale_factor",0.9999],PARAMETER["false_easting",500000],PARAMETER["false_northing",0],UNIT["metre",1,AUTHORITY["EPSG","9001"]],AXIS["Easting",EAST],AXIS["Northing",NORTH],AUTHORITY["EPSG","9215"]]', '+proj=tmerc +lat_0=0 +lon_0=107.25 +k=0.9999 +x_0=500000 +y_0=0 +ellps=WGS84 +towgs84=-191.90441429,-39.30318279,-111.45032835,0.00928836,-0.01975479,0.00427372,0.252906278 +units=m +no_defs '),
  (9216, 'EPSG', 9216, 'PROJCS["VN-2000 / TM-3 107-30",GEOGCS["VN-2000",DATUM["Vietnam_2000",SPHEROID["WGS 84",6378137,298.257223563,AUTHORITY["EPSG","7030"]],AUTHORITY["EPSG","6756"]],PRIMEM["Greenwich",0,AUTHORITY["EPSG","8901"]],UNIT["degree",0.0174532925199433,AUTHORITY["EPSG","9122"]],AUTHORITY["EPSG","4756"]],PROJECTION["Transverse_Mercator"],PARAMETER["latitude_of_origin",0],PARAMETER["central_meridian",107.5],PARAMETER["scale_factor",0.9999],PARAMETER["false_easting",500000],PARAMETER["false_northing",0],UNIT["metre",1,AUTHORITY["EPSG","9001"]],AXIS["Easting",EAST],AXIS["Northing",NORTH],AUTHORITY["EPSG","9216"]]', '+proj=tmerc +lat_0=0 +lon_0=107.5 +k=0.9999 +x_0=500000 +y_0=0 +ellps=WGS84 +towgs84=-191.90441429,-39.30318279,-111.45032835,0.00928836,-0.01975479,0.00427372,0.252906278 +units=m +no_defs '),
  (9217, 'EPSG', 9217, 'PROJCS["VN-2000 / TM-3 108-15",GEOGCS["VN-2000",DATUM["Vietnam_2000",SPHEROID["WGS 84",6378137,298.257223563,AUTHORITY["EPSG","7030"]],AUTHORITY["EPSG","6756"]],PRIMEM["Greenwich",0,AUTHORITY["EPSG","8901"]],UNIT["degree",0.0174532925199433,AUTHORITY["EPSG","9122"]],AUTHORITY["EPSG","4756"]],PROJECTION["Transverse_Mercator"],PARAMETER["latitude_of_origin",0],PARAMETER["central_meridian",108.25],PARAMETER["scale_factor",0.9999],PARAMETER["false_easting",500000],PARAMETER["false_northing",0],UNIT["metre",1,AUTHORITY["EPSG","9001"]],AXIS["Easting",EAST],AXIS["Northing",NORTH],AUTHORITY["EPSG","9217"]]', '+proj=tmerc +lat_0=0 +lon_0=108.25 +k=0.9999 +x_0=500000 +y_0=0 +ellps=WGS84 +towgs84=-191.90441429,-39.30318279,-111.45032835,0.00928836,-0.01975479,0.00427372,0.252906278 +units=m +no_defs '),
  (9218, 'EPSG', 9218, 'PROJCS["VN-2000 / TM-3 108-30",GEOGCS["VN-2000",DATUM["Vietnam_2000",SPHEROID["WGS 84",6378137,298.257223563,AUTHORITY["EPSG","7030"]],AUTHORITY["EPSG","6756"]],PRIMEM["Greenwich",0,AUTHORITY["EPSG","8901"]],UNIT["degree",0.0174532925199433,AUTHORITY["EPSG","9122"]],AUTHORITY["EPSG","4756"]],PROJECTION["Transverse_Mercator"],PARAMETER["latitude_of_origin",0],PARAMETER["central_meridian",108.5],PARAMETER["scale_factor",0.9999],PARAMETER["false_easting",500000],PARAMETER["false_northing",0],UNIT["metre",1,AUTHORITY["EPSG","9001"]],AXIS["Easting",EAST],AXIS["Northing",NORTH],AUTHORITY["EPSG","9218"]]', '+proj=tmerc +lat_0=0 +lon_0=108.5 +k=0.9999 +x_0=500000 +y_0=0 +ellps=WGS84 +towgs84=-191.90441429,-39.30318279,-111.45032835,0.00928836,-0.01975479,0.00427372,0.252906278 +units=m +no_defs ')
ON CONFLICT (srid) DO NOTHING;
--> statement-breakpoint

-- ==== Imports ====
CREATE TABLE "import_rows" (
	"import_id" bigint NOT NULL,
	"commune_code" text NOT NULL,
	"row_number" integer NOT NULL,
	"verdict" text NOT NULL,
	"reading_problems" jsonb NOT NULL,
	"problems" jsonb NOT NULL,
	"name" text,
	"matched_id" bigint,
	"changed" jsonb NOT NULL,
	"values" jsonb NOT NULL,
	"village_id" integer,
	"geom" geometry(Geometry,4326),
	"written_id" bigint,
	"before" jsonb,
	CONSTRAINT "import_rows_import_id_row_number_pk" PRIMARY KEY("import_id","row_number")
);
--> statement-breakpoint
CREATE TABLE "imports" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "imports_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"commune_code" text NOT NULL,
	"kind" text NOT NULL,
	"state" text DEFAULT 'preview' NOT NULL,
	"file_name" text NOT NULL,
	"sha256" text NOT NULL,
	"format" text NOT NULL,
	"crs" jsonb NOT NULL,
	"encoding" jsonb NOT NULL,
	"columns" jsonb NOT NULL,
	"mapping" jsonb NOT NULL,
	"suggested_mapping" jsonb NOT NULL,
	"valid_from" date,
	"counts" jsonb NOT NULL,
	"source" jsonb NOT NULL,
	"file" "bytea",
	"outcome" jsonb,
	"created_by" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"committed_at" timestamp with time zone,
	"undone_at" timestamp with time zone,
	-- What reading a file left out or put together (KML network links not followed, several
	-- Shapefiles of one zip read as one layer), shown with the preview.
	"notes" jsonb DEFAULT '[]'::jsonb NOT NULL
);
--> statement-breakpoint
CREATE TABLE "unplaced_businesses" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "unplaced_businesses_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"commune_code" text NOT NULL,
	"import_id" bigint NOT NULL,
	"row_number" integer NOT NULL,
	"village_id" integer NOT NULL,
	LIKE registry_columns,
	"status" "business_status" DEFAULT 'active' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"placed_at" timestamp with time zone,
	"placed_by" integer,
	"business_id" bigint,
	"proposal_id" bigint,
	"removed_at" timestamp with time zone
);
--> statement-breakpoint
DROP TABLE registry_columns;
--> statement-breakpoint
ALTER TABLE "import_rows" ADD CONSTRAINT "import_rows_import_id_imports_id_fk" FOREIGN KEY ("import_id") REFERENCES "public"."imports"("id") ON DELETE cascade ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "import_rows" ADD CONSTRAINT "import_rows_commune_code_communes_commune_code_fk" FOREIGN KEY ("commune_code") REFERENCES "public"."communes"("commune_code") ON DELETE no action ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "import_rows" ADD CONSTRAINT "import_rows_village_id_villages_id_fk" FOREIGN KEY ("village_id") REFERENCES "public"."villages"("id") ON DELETE no action ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "imports" ADD CONSTRAINT "imports_commune_code_communes_commune_code_fk" FOREIGN KEY ("commune_code") REFERENCES "public"."communes"("commune_code") ON DELETE no action ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "imports" ADD CONSTRAINT "imports_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "unplaced_businesses" ADD CONSTRAINT "unplaced_businesses_commune_code_communes_commune_code_fk" FOREIGN KEY ("commune_code") REFERENCES "public"."communes"("commune_code") ON DELETE no action ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "unplaced_businesses" ADD CONSTRAINT "unplaced_businesses_import_id_imports_id_fk" FOREIGN KEY ("import_id") REFERENCES "public"."imports"("id") ON DELETE no action ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "unplaced_businesses" ADD CONSTRAINT "unplaced_businesses_village_id_villages_id_fk" FOREIGN KEY ("village_id") REFERENCES "public"."villages"("id") ON DELETE no action ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "unplaced_businesses" ADD CONSTRAINT "unplaced_businesses_placed_by_users_id_fk" FOREIGN KEY ("placed_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "unplaced_businesses" ADD CONSTRAINT "unplaced_businesses_business_id_businesses_id_fk" FOREIGN KEY ("business_id") REFERENCES "public"."businesses"("id") ON DELETE no action ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "unplaced_businesses" ADD CONSTRAINT "unplaced_businesses_proposal_id_proposals_id_fk" FOREIGN KEY ("proposal_id") REFERENCES "public"."proposals"("id") ON DELETE no action ON UPDATE no action;
--> statement-breakpoint
CREATE INDEX "import_rows_verdict_idx" ON "import_rows" USING btree ("import_id","verdict");
--> statement-breakpoint
CREATE INDEX "imports_commune_kind_idx" ON "imports" USING btree ("commune_code","kind","created_at");
--> statement-breakpoint
CREATE INDEX "unplaced_businesses_village_idx" ON "unplaced_businesses" USING btree ("commune_code","village_id");
--> statement-breakpoint
-- Imports of the commune's own data (issue #14): the preview, the commit and the undo.
ALTER TABLE imports ADD CONSTRAINT imports_kind CHECK (kind IN ('registry', 'villages', 'commune', 'key-areas')),
  ADD CONSTRAINT imports_state CHECK (
    (state = 'preview' AND committed_at IS NULL AND undone_at IS NULL)
    OR (state = 'committed' AND committed_at IS NOT NULL AND undone_at IS NULL)
    OR (state = 'undone' AND committed_at IS NOT NULL AND undone_at IS NOT NULL)
  ),
  ADD CONSTRAINT imports_sha256 CHECK (sha256 ~ '^[0-9a-f]{64}$');
--> statement-breakpoint
ALTER TABLE import_rows ADD CONSTRAINT import_rows_verdict
  CHECK (verdict IN ('new', 'update', 'unchanged', 'refused'));
--> statement-breakpoint
CREATE INDEX import_rows_geom_idx ON import_rows USING gist (geom);
--> statement-breakpoint
CREATE INDEX unplaced_businesses_import_idx ON unplaced_businesses (import_id);
--> statement-breakpoint
-- Who may see and write an import of a kind: the registry and key areas are police's and
-- culture's (the registry's rows hold owners and phones), boundaries the admin's.
CREATE FUNCTION ntm_import_role(kind text) RETURNS boolean LANGUAGE sql STABLE AS $$
  SELECT CASE WHEN kind IN ('registry', 'key-areas') THEN ntm_role() IN ('police', 'culture')
              WHEN kind IN ('villages', 'commune') THEN ntm_role() = 'admin'
              ELSE false END
$$;
--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE ON imports, unplaced_businesses TO ntm_app;
--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE, DELETE ON import_rows TO ntm_app;
--> statement-breakpoint
-- Key areas: the seed writes them, and imports add, change and (on undo) remove them.
GRANT INSERT, UPDATE, DELETE ON key_areas TO ntm_app;
--> statement-breakpoint
GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO ntm_app;
--> statement-breakpoint
ALTER TABLE imports ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE imports FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY imports_own_kinds ON imports FOR ALL
  USING (ntm_import_role(kind)) WITH CHECK (ntm_import_role(kind));
--> statement-breakpoint
ALTER TABLE import_rows ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE import_rows FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
-- The import's own policy decides (a row of an import the role may not see is not there).
CREATE POLICY import_rows_own_kinds ON import_rows FOR ALL
  USING (EXISTS (SELECT FROM imports i WHERE i.id = import_id))
  WITH CHECK (EXISTS (SELECT FROM imports i WHERE i.id = import_id));
--> statement-breakpoint
ALTER TABLE unplaced_businesses ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE unplaced_businesses FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY unplaced_businesses_read ON unplaced_businesses FOR SELECT USING (
  ntm_role() IN ('police', 'culture')
  OR (ntm_role() = 'village' AND village_id = ntm_village())
);
--> statement-breakpoint
CREATE POLICY unplaced_businesses_insert ON unplaced_businesses FOR INSERT
  WITH CHECK (ntm_role() IN ('police', 'culture'));
--> statement-breakpoint
-- Placing one (a village head: only in their village) or removing it with its import's undo.
CREATE POLICY unplaced_businesses_update ON unplaced_businesses FOR UPDATE
  USING (ntm_role() IN ('police', 'culture') OR (ntm_role() = 'village' AND village_id = ntm_village()))
  WITH CHECK (ntm_role() IN ('police', 'culture') OR (ntm_role() = 'village' AND village_id = ntm_village()));
--> statement-breakpoint
ALTER TABLE key_areas ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE key_areas FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
-- Everyone reads key areas; only police and culture write them (through imports).
CREATE POLICY key_areas_read ON key_areas FOR SELECT USING (true);
--> statement-breakpoint
CREATE POLICY key_areas_write ON key_areas FOR INSERT WITH CHECK (ntm_role() IN ('police', 'culture'));
--> statement-breakpoint
CREATE POLICY key_areas_update ON key_areas FOR UPDATE
  USING (ntm_role() IN ('police', 'culture')) WITH CHECK (ntm_role() IN ('police', 'culture'));
--> statement-breakpoint
CREATE POLICY key_areas_delete ON key_areas FOR DELETE USING (ntm_role() IN ('police', 'culture'));
--> statement-breakpoint

-- ==== Dated boundaries ====
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
ALTER TABLE villages ADD CONSTRAINT villages_life_ordered CHECK (valid_to IS NULL OR valid_to > valid_from);
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
-- The registry as it stood at the end of `as_of` (Vietnam time), from the businesses' history:
-- each premises not deleted by then, with its status then and its last registry review between
-- `year_from` and `as_of`. The registry keeps no opening date: a record entered after `as_of`
-- is taken as it was first recorded (premises that existed before they were keyed in). Each
-- premises' village is named as the map of that day had it (the indicator b drill-down of 2024
-- says "thôn Phạm Xá" for a premises in a village merged since).
CREATE FUNCTION ntm_registry_as_of(commune text, year_from date, as_of date)
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

--> statement-breakpoint
REVOKE ALL ON FUNCTION ntm_registry_as_of(text, date, date) FROM PUBLIC;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION ntm_registry_as_of(text, date, date) TO ntm_app;
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

-- ==== Owner's-rights readers that check their caller ====
-- Functions that run with the owner's rights check their caller themselves, as the tallies above
-- do: the row-level security they step over does not decide, so a role the API keeps from their
-- route (or a connection without a session) gets nothing from them even when it calls them
-- directly as ntm_app. The owner's own tools (the backtest CLI, `pnpm risk:*`)
-- connect as the owner, not as ntm_app, and keep their answers.

-- Indicator đ for every role that follows the plan, without tip rows: one line per case (linked
-- duplicates left out) with only its state and dates; the plan's followers only (as
-- ntm_tip_cases).
CREATE FUNCTION ntm_tip_tally(commune text, from_at timestamptz, to_at timestamptz)
RETURNS TABLE (status tip_status, received_at timestamptz, extended_until timestamptz)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
  SELECT t.status, t.received_at, t.extended_until FROM tips t
   WHERE ntm_plan_reader() AND t.commune_code = commune AND t.duplicate_of IS NULL
     AND t.received_at >= from_at AND t.received_at < to_at
$$;

--> statement-breakpoint
REVOKE ALL ON FUNCTION ntm_tip_tally(text, timestamptz, timestamptz) FROM PUBLIC;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION ntm_tip_tally(text, timestamptz, timestamptz) TO ntm_app;
--> statement-breakpoint
-- What the calibration and the backtest count in a period [from_day, to_day] (Vietnam days):
-- independent tips (not duplicates, not unfounded) and recorded inspections with whether they
-- found a violation. Only kinds, times, businesses and places, never contents. Risk steers
-- inspections: leadership and police (the risk and hotspot routes), or the owner; the tips'
-- positions it returns are police-only rows.
CREATE FUNCTION ntm_risk_events(commune text, from_day date, to_day date)
RETURNS TABLE (
  kind text, business_id bigint, at timestamptz, found boolean,
  lng double precision, lat double precision
)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
  WITH span AS (
    SELECT (from_day::timestamp AT TIME ZONE 'Asia/Ho_Chi_Minh') AS t0,
           ((to_day + 1)::timestamp AT TIME ZONE 'Asia/Ho_Chi_Minh') AS t1
     WHERE session_user <> 'ntm_app' OR ntm_role() IN ('leadership', 'police')
  )
  SELECT 'tip', t.business_id, t.received_at, true,
         ST_X(coalesce(t.geom, b.geom)), ST_Y(coalesce(t.geom, b.geom))
    FROM tips t LEFT JOIN businesses b ON b.id = t.business_id, span s
   WHERE t.commune_code = commune AND t.duplicate_of IS NULL AND t.status <> 'unfounded'
     AND t.received_at >= s.t0 AND t.received_at < s.t1
  UNION ALL
  SELECT 'inspection', i.business_id, i.started_at,
         i.result IN ('violation', 'suspected', 'closed'), ST_X(b.geom), ST_Y(b.geom)
    FROM inspections i JOIN businesses b ON b.id = i.business_id, span s
   WHERE i.commune_code = commune AND i.status = 'recorded'
     AND i.started_at >= s.t0 AND i.started_at < s.t1
   ORDER BY 3
$$;

--> statement-breakpoint
REVOKE ALL ON FUNCTION ntm_risk_events(text, date, date) FROM PUBLIC;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION ntm_risk_events(text, date, date) TO ntm_app;
--> statement-breakpoint
-- Which planned premises were inspected on the plan's day (Vietnam time): a recorded inspection
-- of the business that started that day. Leadership follows a plan's progress but may not read
-- inspection rows, so it gets ids only; the roles that read plans (leadership, police) only.
CREATE FUNCTION ntm_route_plan_done(commune text, on_day date, business_ids bigint[])
RETURNS TABLE (business_id bigint, inspection_id bigint)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
  SELECT DISTINCT ON (i.business_id) i.business_id, i.id
    FROM inspections i
   WHERE ntm_role() IN ('leadership', 'police')
     AND i.commune_code = commune AND i.status = 'recorded' AND i.business_id = ANY (business_ids)
     AND i.started_at >= (on_day::timestamp AT TIME ZONE 'Asia/Ho_Chi_Minh')
     AND i.started_at < ((on_day + 1)::timestamp AT TIME ZONE 'Asia/Ho_Chi_Minh')
   ORDER BY i.business_id, i.started_at
$$;

--> statement-breakpoint
REVOKE ALL ON FUNCTION ntm_route_plan_done(text, date, bigint[]) FROM PUBLIC;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION ntm_route_plan_done(text, date, bigint[]) TO ntm_app;
--> statement-breakpoint
-- A business's village: only for the roles that read businesses (the API asks it for a village
-- head, to answer 403 rather than 404, and reveals only the id); the admin, health and a bare
-- connection get NULL.
CREATE FUNCTION ntm_village_of_business(business bigint) RETURNS integer
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
  SELECT village_id FROM businesses
   WHERE ntm_role() IN ('leadership', 'police', 'culture', 'village')
     AND id = business AND deleted_at IS NULL
$$;

--> statement-breakpoint
REVOKE ALL ON FUNCTION ntm_village_of_business(bigint) FROM PUBLIC;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION ntm_village_of_business(bigint) TO ntm_app;
--> statement-breakpoint
-- What the risk model needs of each open business on a day: distances to the key areas (one
-- pass over them, a minimum per kind), similar premises nearby (a bounding box before the true
-- distance), and only the ages of the tips and findings about it, never their contents. Each
-- business's village is taken from the outlines valid on `on_day` (today's stored village when
-- no outline of that day holds it). Business names and those ages are for leadership and
-- police, or the owner.
CREATE FUNCTION ntm_risk_inputs(commune text, on_day date)
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
       AND (session_user <> 'ntm_app' OR ntm_role() IN ('leadership', 'police'))
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
REVOKE ALL ON FUNCTION ntm_risk_inputs(text, date) FROM PUBLIC;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION ntm_risk_inputs(text, date) TO ntm_app;
