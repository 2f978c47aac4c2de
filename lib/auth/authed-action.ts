import "server-only";
import { revalidatePath } from "next/cache";
import { headers } from "next/headers";
import { notFound, redirect, unstable_rethrow } from "next/navigation";
import { z } from "zod";
import { getDb, type Tx } from "@/db/client";
import { recordAuditEvent, type AuditInput } from "@/lib/dal/audit";
import type { ActionState } from "./action-state";
import type { Caller } from "./caller";
import { can, type Permission } from "./permissions";
import { requireUser } from "./session";
import { isDatabaseUnavailable } from "@/db/unreachable";
import { DATABASE_UNAVAILABLE_ACTION_MESSAGE } from "@/lib/db-errors";
import { UserFacingError } from "@/lib/user-facing-error";
import { clientIp } from "@/lib/request-ip";
import { controlCharacterErrors } from "@/lib/validation/form";


type AuditEntry = Omit<AuditInput, "clinicId" | "actorId" | "ip">;

export type ActionOutcome = {
  /** Every mutation leaves an audit row, written in the same transaction. */
  audit: AuditEntry | AuditEntry[];
  revalidate?: string[];
  redirectTo?: string;
  message?: string;
  data?: Record<string, string>;
};

type ActionContext<S extends z.ZodType> = { input: z.output<S>; caller: Caller; tx: Tx };

// Never echo secrets back into the page, even on error.
const NOT_ECHOED = /password|token/i;

/** FormData to a plain object: a repeated name (checkboxes) becomes an array; files are ignored. */
export function formDataToObject(formData: FormData): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  for (const key of new Set(formData.keys())) {
    if (key.startsWith("$ACTION")) continue; // React's own fields
    const all = formData.getAll(key).filter((v): v is string => typeof v === "string");
    out[key] = key.endsWith("[]") || all.length > 1 ? all : (all[0] ?? "");
  }
  return out;
}

function echo(raw: Record<string, string | string[]>): Record<string, string | string[]> {
  return Object.fromEntries(Object.entries(raw).filter(([k]) => !NOT_ECHOED.test(k)));
}

const FIELDS_MESSAGE = "Please correct the highlighted fields. Nothing was saved.";

/** The database is unreachable: nothing was written (the transaction never committed), input kept. */
function unavailable(raw: Record<string, string | string[]>): ActionState {
  return { message: DATABASE_UNAVAILABLE_ACTION_MESSAGE, values: echo(raw) };
}

/**
 * The one way to write a server action: session -> permission -> zod parse -> work in one
 * transaction -> audit event -> revalidate -> optional redirect. Returns state for useActionState.
 * Ids arrive as form fields like any other input; the work function must scope them to the caller.
 */
export function authedAction<S extends z.ZodType>(
  schema: S,
  permission: Permission,
  work: (ctx: ActionContext<S>) => Promise<ActionOutcome>,
) {
  return async function action(_prev: ActionState, formData: FormData): Promise<ActionState> {
    const raw = formDataToObject(formData);
    let caller: Caller;
    try {
      // The session check reads the database: while it is down, say so, and keep what was typed.
      caller = await requireUser();
    } catch (error) {
      // First: inside the server an outage arrives as a redirect to the 503 page (db/outage-redirect.ts),
      // which would throw away what was typed.
      if (isDatabaseUnavailable(error)) return unavailable(raw);
      unstable_rethrow(error); // the anonymous are redirected to sign in
      throw error;
    }
    if (!can(caller.role, permission)) notFound();

    // A safety net under every schema: no control character (a NUL byte...) reaches the database.
    const controlErrors = controlCharacterErrors(raw);
    const parsed = schema.safeParse(raw);
    if (!parsed.success || Object.keys(controlErrors).length > 0) {
      const { fieldErrors, formErrors } = parsed.success ? { fieldErrors: {}, formErrors: [] } : z.flattenError(parsed.error);
      return {
        fieldErrors: { ...(fieldErrors as Record<string, string[]>), ...controlErrors },
        message: formErrors[0] ?? FIELDS_MESSAGE,
        values: echo(raw),
      };
    }

    let outcome: ActionOutcome;
    try {
      const ip = clientIp(await headers());
      const db = await getDb();
      outcome = await db.transaction(async (tx) => {
        const result = await work({ input: parsed.data, caller, tx });
        for (const entry of [result.audit].flat()) {
          await recordAuditEvent(tx, { ...entry, clinicId: caller.clinicId, actorId: caller.userId, ip });
        }
        return result;
      });
    } catch (error) {
      if (isDatabaseUnavailable(error)) {
        console.error("[stride] action refused: the database cannot be reached", { permission, user: caller.userId });
        return unavailable(raw);
      }
      unstable_rethrow(error); // notFound() and redirect() are control flow, not failures
      if (error instanceof UserFacingError) {
        return { message: error.message, fieldErrors: error.fieldErrors, values: echo(raw) };
      }
      console.error("[stride] action failed", { permission, user: caller.userId, error });
      return { message: "Something went wrong and nothing was saved. Please try again.", values: echo(raw) };
    }

    for (const path of outcome.revalidate ?? []) revalidatePath(path);
    if (outcome.redirectTo) redirect(outcome.redirectTo);
    return { ok: true, message: outcome.message, data: outcome.data };
  };
}
