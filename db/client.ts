import fs from "node:fs";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import type { ExtractTablesWithRelations, Logger } from "drizzle-orm";
import { drizzle as drizzlePg } from "drizzle-orm/node-postgres";
import { migrate as migratePg } from "drizzle-orm/node-postgres/migrator";
import type { PgDatabase, PgQueryResultHKT, PgTransaction } from "drizzle-orm/pg-core";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import { migrate as migratePglite } from "drizzle-orm/pglite/migrator";
import { Pool } from "pg";
import { watchForOutages } from "./outage-watch";
import { getEnv, inNextNodeServer, isBuildPhase } from "@/lib/env";
import { acquireFolderLock } from "./pglite-lock";
import * as schema from "./schema";

export type Schema = typeof schema;
/** Both drivers' drizzle() results fit this type, so nothing downstream knows which one runs. */
export type Database = PgDatabase<PgQueryResultHKT, Schema>;
export type Tx = PgTransaction<PgQueryResultHKT, Schema, ExtractTablesWithRelations<Schema>>;
/** DAL functions accept either, so one can run alone or inside a caller's transaction. */
export type DbOrTx = Database | Tx;

export type DbHandle = {
  db: Database;
  driver: "pg" | "pglite";
  /** Resolves once migrations are applied. */
  ready: Promise<void>;
  close: () => Promise<void>;
  /** Throws (a redirect to the 503 page, in a request) while the database is known to be away. */
  checkOutage?: () => Promise<void>;
};

const migrationsFolder = path.join(process.cwd(), "db/migrations");
const drizzleOptions = { schema, casing: "snake_case" } as const;

/** Optional hooks for scripts: a logger sees every statement (the benchmark EXPLAINs them). */
export type OpenOptions = { logger?: Logger };

/** Any number for pg_advisory_lock, fixed so every instance of Stride contends for the same one. */
const MIGRATION_LOCK_KEY = 4_242_017;

export function openPostgres(url: string, options: OpenOptions = {}): DbHandle {
  const pool = new Pool({ connectionString: url, max: 10 });
  // An idle connection that the server drops (restart, failover, admin command) is reported on
  // the pool. With no listener that is an unhandled 'error' event, which would end the process;
  // the pool has already discarded the connection, so logging it is all that is needed.
  pool.on("error", (error) => console.error(`[stride] an idle database connection was closed: ${error.message}`));
  // Inside the Next.js server: getDb() sends requests to the 503 page while PostgreSQL is away.
  const outage = inNextNodeServer() ? watchForOutages(pool) : undefined;
  const db = drizzlePg(pool, { ...drizzleOptions, ...options });
  const ready = (async () => {
    // Several instances may start at once: serialise their migrations on one advisory lock.
    const client = await pool.connect();
    try {
      await client.query("select pg_advisory_lock($1)", [MIGRATION_LOCK_KEY]);
      await migratePg(db, { migrationsFolder });
    } finally {
      await client.query("select pg_advisory_unlock($1)", [MIGRATION_LOCK_KEY]).catch(() => undefined);
      client.release();
    }
  })();
  return { db, driver: "pg", ready, close: () => pool.end(), checkOutage: outage?.check };
}

export function openPglite(dir: string, options: OpenOptions = {}): DbHandle {
  const inMemory = dir.startsWith("memory://");
  let release = () => {};
  if (!inMemory) {
    fs.mkdirSync(dir, { recursive: true }); // PGlite does not create parent folders
    release = acquireFolderLock(dir);
  }
  const client = new PGlite(inMemory ? dir : path.resolve(dir), { extensions: { pg_trgm } });
  const db = drizzlePglite(client, { ...drizzleOptions, ...options });
  const ready = migratePglite(db, { migrationsFolder });
  return {
    db,
    driver: "pglite",
    ready,
    close: async () => {
      try {
        await client.close();
      } finally {
        release();
      }
    },
  };
}

export function openDatabase(): DbHandle {
  const env = getEnv();
  return env.DATABASE_URL ? openPostgres(env.DATABASE_URL) : openPglite(env.PGLITE_DIR);
}

// Dev hot reload re-evaluates modules; a module-level client would open PGlite again on every edit.
const globalForDb = globalThis as typeof globalThis & { __strideDb?: DbHandle };

export async function getDb(): Promise<Database> {
  if (isBuildPhase()) {
    throw new Error(
      "The database was opened during `next build`. A page that reads data must render per request: " +
        "call `await connection()` (next/server) or read the session before touching the DAL.",
    );
  }
  const handle = (globalForDb.__strideDb ??= openDatabase());
  try {
    await handle.ready;
  } catch (error) {
    if (globalForDb.__strideDb === handle) globalForDb.__strideDb = undefined;
    await handle.close().catch(() => undefined);
    throw error;
  }
  await handle.checkOutage?.();
  return handle.db;
}

/** For scripts and tests that own the process: install a handle (or clear it) as the one client. */
export function setDbHandle(handle: DbHandle | undefined): void {
  globalForDb.__strideDb = handle;
}

export async function closeDb(): Promise<void> {
  const handle = globalForDb.__strideDb;
  globalForDb.__strideDb = undefined;
  await handle?.close();
}

export function currentDriver(): DbHandle["driver"] | undefined {
  return globalForDb.__strideDb?.driver;
}
