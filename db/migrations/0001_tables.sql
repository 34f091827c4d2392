CREATE TYPE "public"."business_status" AS ENUM('active', 'suspended', 'closed');--> statement-breakpoint
CREATE TYPE "public"."business_type" AS ENUM('lodging', 'karaoke', 'massage', 'short-term-rental', 'bar-cafe', 'other');--> statement-breakpoint
CREATE TYPE "public"."inspection_kind" AS ENUM('scheduled', 'surprise');--> statement-breakpoint
CREATE TYPE "public"."inspection_result" AS ENUM('no-violation', 'violation', 'suspected', 'closed');--> statement-breakpoint
CREATE TYPE "public"."key_area_kind" AS ENUM('border', 'tourist', 'traffic-route', 'worker-housing', 'military');--> statement-breakpoint
CREATE TYPE "public"."road_class" AS ENUM('national', 'provincial', 'village');--> statement-breakpoint
CREATE TYPE "public"."tip_channel" AS ENUM('hotline', 'in-person', 'village', 'agency', 'social-network', 'public-form');--> statement-breakpoint
CREATE TYPE "public"."tip_status" AS ENUM('received', 'verified', 'classified', 'handled', 'transferred', 'unfounded');--> statement-breakpoint
CREATE TYPE "public"."user_role" AS ENUM('leadership', 'police', 'health', 'culture', 'village', 'admin');--> statement-breakpoint
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
CREATE TABLE "businesses" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "businesses_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"commune_code" text NOT NULL,
	"name" text NOT NULL,
	"type" "business_type" NOT NULL,
	"address" text NOT NULL,
	"licensed_trade" text,
	"licence_number" text,
	"owner_name" text,
	"phone" text,
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
	"geom" geometry(MultiPolygon,4326) NOT NULL
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
	"geom" geometry(Point,4326) NOT NULL
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
	"status" "tip_status" DEFAULT 'received' NOT NULL
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
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "villages" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "villages_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"commune_code" text NOT NULL,
	"former_commune_id" integer,
	"name" text NOT NULL,
	"slug" text NOT NULL,
	"population" integer,
	"geom" geometry(MultiPolygon,4326) NOT NULL
);
--> statement-breakpoint
ALTER TABLE "businesses" ADD CONSTRAINT "businesses_commune_code_communes_commune_code_fk" FOREIGN KEY ("commune_code") REFERENCES "public"."communes"("commune_code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "businesses" ADD CONSTRAINT "businesses_village_id_villages_id_fk" FOREIGN KEY ("village_id") REFERENCES "public"."villages"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "former_communes" ADD CONSTRAINT "former_communes_commune_code_communes_commune_code_fk" FOREIGN KEY ("commune_code") REFERENCES "public"."communes"("commune_code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inspections" ADD CONSTRAINT "inspections_commune_code_communes_commune_code_fk" FOREIGN KEY ("commune_code") REFERENCES "public"."communes"("commune_code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inspections" ADD CONSTRAINT "inspections_business_id_businesses_id_fk" FOREIGN KEY ("business_id") REFERENCES "public"."businesses"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inspections" ADD CONSTRAINT "inspections_recorded_by_users_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "key_areas" ADD CONSTRAINT "key_areas_commune_code_communes_commune_code_fk" FOREIGN KEY ("commune_code") REFERENCES "public"."communes"("commune_code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "roads" ADD CONSTRAINT "roads_commune_code_communes_commune_code_fk" FOREIGN KEY ("commune_code") REFERENCES "public"."communes"("commune_code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tip_events" ADD CONSTRAINT "tip_events_commune_code_communes_commune_code_fk" FOREIGN KEY ("commune_code") REFERENCES "public"."communes"("commune_code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tip_events" ADD CONSTRAINT "tip_events_tip_id_tips_id_fk" FOREIGN KEY ("tip_id") REFERENCES "public"."tips"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tip_events" ADD CONSTRAINT "tip_events_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tips" ADD CONSTRAINT "tips_commune_code_communes_commune_code_fk" FOREIGN KEY ("commune_code") REFERENCES "public"."communes"("commune_code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tips" ADD CONSTRAINT "tips_business_id_businesses_id_fk" FOREIGN KEY ("business_id") REFERENCES "public"."businesses"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "users" ADD CONSTRAINT "users_commune_code_communes_commune_code_fk" FOREIGN KEY ("commune_code") REFERENCES "public"."communes"("commune_code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "users" ADD CONSTRAINT "users_village_id_villages_id_fk" FOREIGN KEY ("village_id") REFERENCES "public"."villages"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "villages" ADD CONSTRAINT "villages_commune_code_communes_commune_code_fk" FOREIGN KEY ("commune_code") REFERENCES "public"."communes"("commune_code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "villages" ADD CONSTRAINT "villages_former_commune_id_former_communes_id_fk" FOREIGN KEY ("former_commune_id") REFERENCES "public"."former_communes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "audit_log_entity_idx" ON "audit_log" USING btree ("entity","entity_id");--> statement-breakpoint
CREATE INDEX "businesses_geom_idx" ON "businesses" USING gist ("geom");--> statement-breakpoint
CREATE INDEX "businesses_village_idx" ON "businesses" USING btree ("village_id");--> statement-breakpoint
CREATE INDEX "businesses_type_status_idx" ON "businesses" USING btree ("type","status");--> statement-breakpoint
CREATE INDEX "communes_geom_idx" ON "communes" USING gist ("geom");--> statement-breakpoint
CREATE INDEX "former_communes_geom_idx" ON "former_communes" USING gist ("geom");--> statement-breakpoint
CREATE INDEX "inspections_geom_idx" ON "inspections" USING gist ("geom");--> statement-breakpoint
CREATE INDEX "inspections_started_at_idx" ON "inspections" USING btree ("started_at");--> statement-breakpoint
CREATE INDEX "inspections_business_idx" ON "inspections" USING btree ("business_id");--> statement-breakpoint
CREATE INDEX "key_areas_geom_idx" ON "key_areas" USING gist ("geom");--> statement-breakpoint
CREATE INDEX "key_areas_kind_idx" ON "key_areas" USING btree ("kind");--> statement-breakpoint
CREATE INDEX "roads_geom_idx" ON "roads" USING gist ("geom");--> statement-breakpoint
CREATE INDEX "tip_events_tip_idx" ON "tip_events" USING btree ("tip_id");--> statement-breakpoint
CREATE INDEX "tips_geom_idx" ON "tips" USING gist ("geom");--> statement-breakpoint
CREATE INDEX "tips_received_at_idx" ON "tips" USING btree ("received_at");--> statement-breakpoint
CREATE INDEX "tips_business_idx" ON "tips" USING btree ("business_id");--> statement-breakpoint
CREATE UNIQUE INDEX "users_username_idx" ON "users" USING btree ("username");--> statement-breakpoint
CREATE INDEX "villages_geom_idx" ON "villages" USING gist ("geom");--> statement-breakpoint
CREATE UNIQUE INDEX "villages_commune_slug_idx" ON "villages" USING btree ("commune_code","slug");