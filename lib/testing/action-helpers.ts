import { and, asc, eq } from "drizzle-orm";
import type { Database } from "@/db/client";
import { auditEvents } from "@/db/schema";

/**
 * Helpers for server-action tests (next to lib/testing/next-mocks.ts, which signs personas in).
 * An action ends one of three ways: a returned state, a redirect (thrown), or notFound() (thrown,
 * see NOT_FOUND in lib/testing/world.ts).
 */

/** The wrapper's summary when the form has field errors (lib/auth/authed-action.ts). */
export const FIX_FIELDS = "Please correct the highlighted fields. Nothing was saved.";

/**
 * Where an action that finished with redirect() sends the browser. Fails the test, naming what
 * happened instead, when the action returned or threw anything but a redirect.
 */
export async function redirectOf(pending: Promise<unknown>): Promise<string> {
  const outcome = await pending.then(
    (state: unknown) => ({ state }),
    (error: unknown) => ({ error }),
  );
  const digest = "error" in outcome ? (outcome.error as { digest?: unknown } | null)?.digest : undefined;
  if (typeof digest !== "string" || !digest.startsWith("NEXT_REDIRECT;")) {
    const what = "error" in outcome ? `threw ${String((outcome.error as Error)?.message ?? outcome.error)}` : `returned ${JSON.stringify(outcome.state)}`;
    throw new Error(`expected the action to redirect, but it ${what}`);
  }
  // NEXT_REDIRECT;<replace|push>;<url>;<status>;
  return digest.split(";").slice(2, -2).join(";");
}

/** One clinic's audit rows in the order they were written, optionally only one action's. */
export function auditsOf(db: Database, clinicId: string, action?: string) {
  return db
    .select()
    .from(auditEvents)
    .where(and(eq(auditEvents.clinicId, clinicId), action === undefined ? undefined : eq(auditEvents.action, action)))
    .orderBy(asc(auditEvents.id));
}
