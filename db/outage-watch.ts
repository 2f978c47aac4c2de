import type { Pool } from "pg";
import { isDatabaseUnavailable } from "./unreachable";

/**
 * Notices, inside the Next.js server, that PostgreSQL has gone away, so that getDb() can send a
 * request to the 503 page before it runs a query that would fail. Without it, a page whose query
 * fails answers a bare 500: a render cannot set a status, and drizzle wraps every driver error, so
 * nothing thrown below getDb() can become anything else.
 *
 * Signals: the pool reporting a dropped idle connection (a server stopping terminates them all
 * at once) and any query or connect failing as unreachable. Once one arrives, getDb() checks with
 * `select 1` (at most every half second) until the database answers again, and meanwhile throws
 * the redirect of db/outage-redirect.ts.
 */
const RECHECK_MS = 500;
const PROBE_TIMEOUT_MS = 1_000;

export type OutageWatch = { check: () => Promise<void> };

export function watchForOutages(pool: Pool): OutageWatch {
  let suspect = false;
  let lastCheck = 0;
  let lastError: unknown = null;
  let inFlight: Promise<void> | null = null;

  pool.on("error", () => {
    suspect = true;
  });
  for (const method of ["query", "connect"] as const) {
    const original = (pool[method] as (...args: unknown[]) => unknown).bind(pool);
    (pool as unknown as Record<string, unknown>)[method] = (...args: unknown[]) => {
      const result = original(...args);
      if (!(result instanceof Promise)) return result; // callback style: untouched
      return result.catch((error: unknown) => {
        if (isDatabaseUnavailable(error)) suspect = true;
        throw error; // unchanged: the caller (drizzle) reports it as before
      });
    };
  }

  const probe = async () => {
    try {
      await Promise.race([
        pool.query("select 1"),
        new Promise((_, reject) => setTimeout(() => reject(Object.assign(new Error("probe timed out"), { code: "ETIMEDOUT" })), PROBE_TIMEOUT_MS).unref()),
      ]);
      suspect = false;
      lastError = null;
    } catch (error) {
      lastError = error;
    } finally {
      lastCheck = Date.now();
    }
  };

  return {
    check: async () => {
      if (!suspect) return;
      if (Date.now() - lastCheck >= RECHECK_MS) await (inFlight ??= probe().finally(() => (inFlight = null)));
      if (suspect && lastError) await (await import("./outage-redirect")).rethrowAsOutage(lastError);
    },
  };
}
