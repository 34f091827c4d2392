CREATE INDEX "proposals_before_geom_idx" ON "proposals" USING gist ("before_geom");--> statement-breakpoint
CREATE INDEX "proposals_after_geom_idx" ON "proposals" USING gist ("after_geom");