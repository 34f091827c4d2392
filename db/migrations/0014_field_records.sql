CREATE TYPE "public"."attachment_owner" AS ENUM('tip', 'inspection');--> statement-breakpoint
CREATE TYPE "public"."inspection_status" AS ENUM('scheduled', 'recorded', 'cancelled');--> statement-breakpoint
CREATE TYPE "public"."online_violation_kind" AS ENUM('advertising', 'brokering');--> statement-breakpoint
CREATE TYPE "public"."takedown_status" AS ENUM('not-requested', 'requested', 'removed', 'refused');--> statement-breakpoint
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
ALTER TABLE "inspections" ADD COLUMN "status" "inspection_status" DEFAULT 'recorded' NOT NULL;--> statement-breakpoint
ALTER TABLE "inspections" ADD COLUMN "arrived_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "inspections" ADD COLUMN "people_present" jsonb DEFAULT '[]'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "inspections" ADD COLUMN "violations" jsonb DEFAULT '[]'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "inspections" ADD COLUMN "fine_decision_number" text;--> statement-breakpoint
ALTER TABLE "inspections" ADD COLUMN "idempotency_key" text;--> statement-breakpoint
ALTER TABLE "inspections" ADD COLUMN "created_at" timestamp with time zone DEFAULT now() NOT NULL;--> statement-breakpoint
ALTER TABLE "attachments" ADD CONSTRAINT "attachments_commune_code_communes_commune_code_fk" FOREIGN KEY ("commune_code") REFERENCES "public"."communes"("commune_code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "attachments" ADD CONSTRAINT "attachments_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inspection_tips" ADD CONSTRAINT "inspection_tips_commune_code_communes_commune_code_fk" FOREIGN KEY ("commune_code") REFERENCES "public"."communes"("commune_code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inspection_tips" ADD CONSTRAINT "inspection_tips_inspection_id_inspections_id_fk" FOREIGN KEY ("inspection_id") REFERENCES "public"."inspections"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inspection_tips" ADD CONSTRAINT "inspection_tips_tip_id_tips_id_fk" FOREIGN KEY ("tip_id") REFERENCES "public"."tips"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "online_violations" ADD CONSTRAINT "online_violations_commune_code_communes_commune_code_fk" FOREIGN KEY ("commune_code") REFERENCES "public"."communes"("commune_code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "online_violations" ADD CONSTRAINT "online_violations_tip_id_tips_id_fk" FOREIGN KEY ("tip_id") REFERENCES "public"."tips"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "online_violations" ADD CONSTRAINT "online_violations_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "public_tip_codes" ADD CONSTRAINT "public_tip_codes_tip_id_tips_id_fk" FOREIGN KEY ("tip_id") REFERENCES "public"."tips"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "public_tip_codes" ADD CONSTRAINT "public_tip_codes_commune_code_communes_commune_code_fk" FOREIGN KEY ("commune_code") REFERENCES "public"."communes"("commune_code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tip_additions" ADD CONSTRAINT "tip_additions_commune_code_communes_commune_code_fk" FOREIGN KEY ("commune_code") REFERENCES "public"."communes"("commune_code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tip_additions" ADD CONSTRAINT "tip_additions_tip_id_tips_id_fk" FOREIGN KEY ("tip_id") REFERENCES "public"."tips"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "attachments_owner_idx" ON "attachments" USING btree ("owner_kind","owner_id");--> statement-breakpoint
CREATE UNIQUE INDEX "attachments_storage_key_idx" ON "attachments" USING btree ("storage_key");--> statement-breakpoint
CREATE INDEX "online_violations_found_idx" ON "online_violations" USING btree ("commune_code","found_at");--> statement-breakpoint
CREATE UNIQUE INDEX "public_tip_codes_hash_idx" ON "public_tip_codes" USING btree ("code_hash");--> statement-breakpoint
CREATE INDEX "tip_additions_tip_idx" ON "tip_additions" USING btree ("tip_id");--> statement-breakpoint
CREATE UNIQUE INDEX "inspections_idempotency_idx" ON "inspections" USING btree ("commune_code","idempotency_key");