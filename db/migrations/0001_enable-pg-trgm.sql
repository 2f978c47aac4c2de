-- Substring search on patient names and emails uses trigram GIN indexes (next migration).
-- pg_trgm is a trusted extension on PostgreSQL 13+ and bundled with PGlite (loaded in db/client.ts).
CREATE EXTENSION IF NOT EXISTS pg_trgm;
