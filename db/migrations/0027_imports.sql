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
	"undone_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "unplaced_businesses" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "unplaced_businesses_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"commune_code" text NOT NULL,
	"import_id" bigint NOT NULL,
	"row_number" integer NOT NULL,
	"village_id" integer NOT NULL,
	"name" text NOT NULL,
	"type" "business_type" NOT NULL,
	"address" text NOT NULL,
	"licensed_trade" text,
	"licence_number" text,
	"owner_name" text,
	"phone" text,
	"status" "business_status" DEFAULT 'active' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"placed_at" timestamp with time zone,
	"placed_by" integer,
	"business_id" bigint,
	"proposal_id" bigint,
	"removed_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "import_rows" ADD CONSTRAINT "import_rows_import_id_imports_id_fk" FOREIGN KEY ("import_id") REFERENCES "public"."imports"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "import_rows" ADD CONSTRAINT "import_rows_commune_code_communes_commune_code_fk" FOREIGN KEY ("commune_code") REFERENCES "public"."communes"("commune_code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "import_rows" ADD CONSTRAINT "import_rows_village_id_villages_id_fk" FOREIGN KEY ("village_id") REFERENCES "public"."villages"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "imports" ADD CONSTRAINT "imports_commune_code_communes_commune_code_fk" FOREIGN KEY ("commune_code") REFERENCES "public"."communes"("commune_code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "imports" ADD CONSTRAINT "imports_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "unplaced_businesses" ADD CONSTRAINT "unplaced_businesses_commune_code_communes_commune_code_fk" FOREIGN KEY ("commune_code") REFERENCES "public"."communes"("commune_code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "unplaced_businesses" ADD CONSTRAINT "unplaced_businesses_import_id_imports_id_fk" FOREIGN KEY ("import_id") REFERENCES "public"."imports"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "unplaced_businesses" ADD CONSTRAINT "unplaced_businesses_village_id_villages_id_fk" FOREIGN KEY ("village_id") REFERENCES "public"."villages"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "unplaced_businesses" ADD CONSTRAINT "unplaced_businesses_placed_by_users_id_fk" FOREIGN KEY ("placed_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "unplaced_businesses" ADD CONSTRAINT "unplaced_businesses_business_id_businesses_id_fk" FOREIGN KEY ("business_id") REFERENCES "public"."businesses"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "unplaced_businesses" ADD CONSTRAINT "unplaced_businesses_proposal_id_proposals_id_fk" FOREIGN KEY ("proposal_id") REFERENCES "public"."proposals"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "import_rows_verdict_idx" ON "import_rows" USING btree ("import_id","verdict");--> statement-breakpoint
CREATE INDEX "imports_commune_kind_idx" ON "imports" USING btree ("commune_code","kind","created_at");--> statement-breakpoint
CREATE INDEX "unplaced_businesses_village_idx" ON "unplaced_businesses" USING btree ("commune_code","village_id");--> statement-breakpoint
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
-- Key areas were written only by the seed; imports now add, change and (undo) remove them.
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
-- Everyone reads key areas as before; only police and culture write them (through imports).
CREATE POLICY key_areas_read ON key_areas FOR SELECT USING (true);
--> statement-breakpoint
CREATE POLICY key_areas_write ON key_areas FOR INSERT WITH CHECK (ntm_role() IN ('police', 'culture'));
--> statement-breakpoint
CREATE POLICY key_areas_update ON key_areas FOR UPDATE
  USING (ntm_role() IN ('police', 'culture')) WITH CHECK (ntm_role() IN ('police', 'culture'));
--> statement-breakpoint
CREATE POLICY key_areas_delete ON key_areas FOR DELETE USING (ntm_role() IN ('police', 'culture'));
