import { getDb } from "@/db/client";
import { syncBuiltInLibrary } from "@/lib/dal/library-sync";
import { FolderLockedError } from "@/db/pglite-lock";
import { assertServerEnv, EnvError, getEnv } from "@/lib/env";

/**
 * Runs once when a server process starts (instrumentation.ts), before it serves requests:
 * refuse to run with a broken environment, open the database (taking the PGlite folder lock and
 * applying migrations), and bring the built-in exercise library up to date.
 * A server that cannot do these exits with a plain message instead of failing every request.
 */
export async function startServer(): Promise<void> {
  try {
    assertServerEnv(getEnv());
    const db = await getDb();
    await syncBuiltInLibrary(db);
  } catch (error) {
    if (error instanceof EnvError || error instanceof FolderLockedError) {
      console.error(`\n[stride] Cannot start.\n${error.message}\n`);
    } else {
      console.error("\n[stride] Cannot start: the database could not be opened or migrated.\n", error);
    }
    process.exit(1);
  }
}
