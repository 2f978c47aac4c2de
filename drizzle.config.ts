import { defineConfig } from "drizzle-kit";

// Generation needs no database. `npm run db:migrate` (scripts/migrate.ts) applies migrations with
// the app's own client, so PGlite and PostgreSQL go through the same code path and the PGlite
// folder lock.
export default defineConfig({
  dialect: "postgresql",
  schema: "./db/schema/index.ts",
  out: "./db/migrations",
  casing: "snake_case",
  strict: true,
});
