import { closeDb, getDb, type Database } from "@/db/client";
import { syncBuiltInLibrary } from "@/lib/dal/library-sync";
import { FolderLockedError } from "@/db/pglite-lock";
import { EnvError, getEnv } from "@/lib/env";

/** Where the data lives, in words for the terminal. */
export function describeDatabase(): string {
  const env = getEnv();
  if (env.DATABASE_URL) {
    const url = new URL(env.DATABASE_URL);
    return `PostgreSQL at ${url.hostname}:${url.port || 5432}${url.pathname}`;
  }
  return `embedded PGlite in ${env.PGLITE_DIR}`;
}

/**
 * Runs a script body against the migrated database and always closes it (releasing the PGlite
 * folder lock). Known failures print a plain message instead of a stack trace.
 */
export async function runWithDb(body: (db: Database) => Promise<void>): Promise<void> {
  try {
    const db = await getDb();
    await syncBuiltInLibrary(db);
    await body(db);
  } catch (error) {
    if (error instanceof FolderLockedError || error instanceof EnvError) {
      console.error(`\n${error.message}\n`);
    } else {
      console.error(error);
    }
    process.exitCode = 1;
  } finally {
    await closeDb().catch(() => undefined);
  }
}
