-- What reading a file left out or put together (KML network links not followed, several
-- Shapefiles of one zip read as one layer), shown with the preview.
ALTER TABLE "imports" ADD COLUMN "notes" jsonb DEFAULT '[]'::jsonb NOT NULL;
