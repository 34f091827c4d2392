CREATE TABLE "tip_reporters" (
	"tip_id" bigint PRIMARY KEY NOT NULL,
	"commune_code" text NOT NULL,
	"name" text,
	"phone" text,
	"address" text,
	"note" text
);
--> statement-breakpoint
ALTER TABLE "tips" ADD COLUMN "address" text;--> statement-breakpoint
ALTER TABLE "tips" ADD COLUMN "created_by" integer;--> statement-breakpoint
ALTER TABLE "tips" ADD COLUMN "duplicate_of" bigint;--> statement-breakpoint
ALTER TABLE "tips" ADD COLUMN "transferred_to" text;--> statement-breakpoint
ALTER TABLE "tips" ADD COLUMN "transfer_document" text;--> statement-breakpoint
ALTER TABLE "tips" ADD COLUMN "extended_until" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "tips" ADD COLUMN "extension_reason" text;--> statement-breakpoint
ALTER TABLE "tips" ADD COLUMN "extended_by" integer;--> statement-breakpoint
ALTER TABLE "tip_reporters" ADD CONSTRAINT "tip_reporters_tip_id_tips_id_fk" FOREIGN KEY ("tip_id") REFERENCES "public"."tips"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tip_reporters" ADD CONSTRAINT "tip_reporters_commune_code_communes_commune_code_fk" FOREIGN KEY ("commune_code") REFERENCES "public"."communes"("commune_code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tips" ADD CONSTRAINT "tips_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tips" ADD CONSTRAINT "tips_duplicate_of_tips_id_fk" FOREIGN KEY ("duplicate_of") REFERENCES "public"."tips"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tips" ADD CONSTRAINT "tips_extended_by_users_id_fk" FOREIGN KEY ("extended_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "tips_duplicate_of_idx" ON "tips" USING btree ("duplicate_of");