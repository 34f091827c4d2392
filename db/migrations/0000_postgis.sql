-- PostGIS first: every later table has geometry columns.
CREATE EXTENSION IF NOT EXISTS postgis;
