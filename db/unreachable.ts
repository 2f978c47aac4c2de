/**
 * Telling "the database cannot be reached" apart from every other failure, so the user gets an
 * honest "try again shortly" (and a 503 where a status can be set) instead of "something went
 * wrong". No imports: the proxy, the pool's outage watch and the action wrapper all use it.
 */

/** The page proxy.ts answers with status 503, and where a failed render is sent (db/outage-redirect.ts). */
export const UNAVAILABLE_PATH = "/unavailable";

/** Set by proxy.ts on every request it passes on: the path and query the browser asked for. */
export const REQUEST_PATH_HEADER = "x-stride-path";

// Socket-level failures: the server is down, restarting, or the network path is gone.
const NETWORK_CODES = new Set(["ECONNREFUSED", "ECONNRESET", "ETIMEDOUT", "EPIPE", "ENOTFOUND", "EAI_AGAIN", "EHOSTUNREACH", "ENETUNREACH", "ECONNABORTED"]);

// PostgreSQL SQLSTATEs meaning "not available now", not "your query is wrong": class 08
// (connection exception), 57P01-57P03 (admin or crash shutdown, cannot connect now: starting up or
// shutting down), 53300 (too many connections).
const UNAVAILABLE_SQLSTATES = new Set(["57P01", "57P02", "57P03", "53300"]);

// node-postgres, pg-pool and PGlite say it only in words.
const UNAVAILABLE_MESSAGES = [
  /^Connection terminated/, // "... unexpectedly", "... due to connection timeout"
  /timeout exceeded when trying to connect/,
  /is not queryable/, // "Client has encountered a connection error and ...", "Client was closed and ..."
  /Cannot use a pool after calling end on the pool/,
  /^PGlite is closed/,
];

function isUnavailableSelf(error: unknown): boolean {
  if (typeof error !== "object" || error === null) return false;
  const code = (error as { code?: unknown }).code;
  if (typeof code === "string") {
    if (NETWORK_CODES.has(code) || UNAVAILABLE_SQLSTATES.has(code) || /^08[0-9A-Z]{3}$/.test(code)) return true;
  }
  const message = (error as { message?: unknown }).message;
  return typeof message === "string" && UNAVAILABLE_MESSAGES.some((m) => m.test(message));
}

/**
 * True when the error, or anything it wraps (drizzle's DrizzleQueryError puts the driver's error in
 * `cause`; Node's dual-stack connect throws an AggregateError), says the database is unreachable.
 */
export function isDatabaseUnavailable(error: unknown, depth = 0): boolean {
  if (depth > 8 || typeof error !== "object" || error === null) return false;
  if (isUnavailableSelf(error)) return true;
  const { cause, errors } = error as { cause?: unknown; errors?: unknown };
  const nested = [cause, ...(Array.isArray(errors) ? errors : [])];
  return nested.some((inner) => isDatabaseUnavailable(inner, depth + 1));
}
