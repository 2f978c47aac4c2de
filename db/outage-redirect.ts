import "server-only";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { isDatabaseUnavailable, REQUEST_PATH_HEADER, UNAVAILABLE_PATH } from "./unreachable";

/**
 * Inside a request, a query refused because the database is down is rethrown as a redirect to the
 * 503 page (which sends the person back to the page they asked for once it answers again), not
 * as a crash. A page can set no status of its own, and a render that throws answers a bare 500
 * with an empty body; a redirect is the one answer a render can give instead.
 *
 * db/client.ts installs this on the PostgreSQL pool inside the Next.js server. The original error
 * stays as `cause`, so isDatabaseUnavailable() still recognises it: the action wrapper turns it
 * into its message, keeping what was typed. Outside a request (startup, scripts) nothing changes.
 */
export async function rethrowAsOutage(error: unknown): Promise<never> {
  if (!isDatabaseUnavailable(error)) throw error;
  let path: string | null;
  try {
    path = (await headers()).get(REQUEST_PATH_HEADER);
  } catch {
    throw error; // not in a request
  }
  try {
    redirect(`${UNAVAILABLE_PATH}?from=${encodeURIComponent(path ?? "/")}`);
  } catch (redirecting) {
    throw Object.assign(redirecting as Error, { cause: error });
  }
}
