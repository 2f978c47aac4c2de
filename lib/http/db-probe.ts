import { Pool } from "pg";

/**
 * Whether PostgreSQL answers, for the proxy: one kept connection running `select 1`, at most one
 * probe in flight, and the answer cached briefly, so a healthy server costs one trivial query every
 * couple of seconds per instance, and a dead one is noticed within that time and costs nothing
 * more. Only for DATABASE_URL: embedded PGlite lives inside the app process and cannot be opened
 * a second time (see db/pglite-lock.ts), and it cannot go away while the app is up.
 */
const TIMEOUT_MS = 1_000;
/** Up: look again after 2 s. Down: after 1 s, so recovery shows as soon as it happens. */
const CACHE_UP_MS = 2_000;
const CACHE_DOWN_MS = 1_000;

type ProbeState = { url: string; pool: Pool; up: boolean; checkedAt: number; inFlight: Promise<boolean> | null };

// Dev hot reload re-evaluates modules; one pool per process, like db/client.ts.
const globalForProbe = globalThis as typeof globalThis & { __strideDbProbe?: ProbeState };

function stateFor(url: string): ProbeState {
  const existing = globalForProbe.__strideDbProbe;
  if (existing?.url === url) return existing;
  void existing?.pool.end().catch(() => undefined); // the URL changed (tests): drop the old pool
  const pool = new Pool({ connectionString: url, max: 1, connectionTimeoutMillis: TIMEOUT_MS, query_timeout: TIMEOUT_MS, idleTimeoutMillis: 30_000, allowExitOnIdle: true });
  // A restart drops the kept connection; the pool discards it and the next probe reconnects.
  pool.on("error", () => undefined);
  const state: ProbeState = { url, pool, up: true, checkedAt: 0, inFlight: null };
  globalForProbe.__strideDbProbe = state;
  return state;
}

async function probe(state: ProbeState): Promise<boolean> {
  try {
    await state.pool.query("select 1");
    return true;
  } catch {
    return false;
  }
}

/** `fresh`: ignore the cached answer (the 503 page asks so, to send people back as soon as it can). */
export async function databaseReachable(url: string, { fresh = false, now = Date.now() } = {}): Promise<boolean> {
  const state = stateFor(url);
  const ttl = state.up ? CACHE_UP_MS : CACHE_DOWN_MS;
  if (!fresh && state.checkedAt > 0 && now - state.checkedAt < ttl) return state.up;
  state.inFlight ??= probe(state).then((up) => {
    if (up !== state.up) console.error(up ? "[stride] the database answers again" : "[stride] the database cannot be reached: pages answer 503 until it is back");
    Object.assign(state, { up, checkedAt: Date.now(), inFlight: null });
    return up;
  });
  return state.inFlight;
}
