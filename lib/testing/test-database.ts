import { afterAll, beforeAll } from "vitest";
import { closeDb, openPglite, openPostgres, setDbHandle, type Database, type OpenOptions } from "@/db/client";
import { syncBuiltInLibrary } from "@/lib/dal/library-sync";
import { getEnv } from "@/lib/env";
import { createScratchDatabase } from "./scratch-postgres";

/**
 * Gives the calling test file a database of its own: PGlite in memory by default, or, when
 * TEST_DATABASE_URL is set (CI does both), a new PostgreSQL database created on that server and
 * dropped afterwards. Nothing is shared between files, so no test sees another's rows.
 * getEnv() refuses a TEST_DATABASE_URL that is not on localhost. `options.logger` sees every
 * statement (lib/testing/statement-counter.ts counts them).
 */
export function setupTestDatabase(options: OpenOptions = {}): { db: () => Database; driver: () => "pg" | "pglite" } {
  let database: Database | undefined;
  let driver: "pg" | "pglite" = "pglite";
  let dropDatabase: (() => Promise<void>) | undefined;

  beforeAll(async () => {
    const adminUrl = getEnv().TEST_DATABASE_URL;
    if (adminUrl) {
      const scratch = await createScratchDatabase(adminUrl, "stride_test");
      const handle = openPostgres(scratch.url, options);
      await handle.ready;
      setDbHandle(handle);
      database = handle.db;
      driver = "pg";
      dropDatabase = scratch.drop;
    } else {
      const handle = openPglite("memory://", options);
      await handle.ready;
      setDbHandle(handle);
      database = handle.db;
    }
    await syncBuiltInLibrary(database);
  });

  afterAll(async () => {
    await closeDb();
    await dropDatabase?.();
  });

  return {
    db: () => {
      if (!database) throw new Error("setupTestDatabase(): the database is ready only inside tests and hooks");
      return database;
    },
    driver: () => driver,
  };
}
