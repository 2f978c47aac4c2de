import { and, eq } from "drizzle-orm";
import { describe, expect, it, vi } from "vitest";
import { painLogs } from "@/db/schema";
import { resolveSession } from "@/lib/dal/sessions";
import { createSession } from "@/lib/seed/factories";
import { form, signInAs } from "@/lib/testing/next-mocks";
import { StatementCounter } from "@/lib/testing/statement-counter";
import { createSuggestionWorld } from "@/lib/testing/suggestion-world";
import { setupTestDatabase } from "@/lib/testing/test-database";

vi.mock("@/lib/auth/session", () => import("@/lib/testing/next-mocks"));
vi.mock("next/headers", () => import("@/lib/testing/next-mocks"));
vi.mock("next/cache", () => import("@/lib/testing/next-mocks"));

const { savePainLog } = await import("./actions");
const counter = new StatementCounter();
const t = setupTestDatabase({ logger: counter });

/**
 * What one pain-log submit costs the database, counted (a count is deterministic, a time is not).
 * Issue 13: at most 10 statements, the session check included, for a patient whose plan the dose
 * rule judges (two exercises, both with a suggestion to make) and who ticks exercises.
 */
async function submitCounted(w: Awaited<ReturnType<typeof createSuggestionWorld>>, sessionId: string, fields: Record<string, string | string[]>) {
  let state: Awaited<ReturnType<typeof savePainLog>> | undefined;
  const statements = await counter.count(async () => {
    const caller = await resolveSession(t.db(), { userId: w.as.patientA.userId, sessionId });
    if (!caller) throw new Error("the session should be live");
    signInAs(caller);
    state = await savePainLog({}, form(fields));
  });
  console.log(`pain-log submit: ${statements.length} statements\n${statements.map((s) => `  ${s.slice(0, 140)}`).join("\n")}`);
  return { state, statements };
}

describe("a pain-log submit's statements", () => {
  it("saves a new day's log with ticks in at most 10 statements, session check included", async () => {
    const w = await createSuggestionWorld(t.db());
    // The world stored today's log through the save path; remove it so this submit creates the day.
    await t.db().delete(painLogs).where(and(eq(painLogs.patientId, w.patientA.id), eq(painLogs.logDate, w.today)));
    const session = await createSession(t.db(), { userId: w.as.patientA.userId, clinicId: w.home.id });
    const { state, statements } = await submitCounted(w, session.id, {
      logDate: w.today, painAtRest: "1", painDuringExercise: "1", painNextMorning: "1", exerciseIds: [w.clamId, w.squatId],
    });
    expect(state).toMatchObject({ ok: true, data: { created: "true" } });
    expect(statements.length).toBeLessThanOrEqual(10);
  });

  it("an update of the day that trips a flag and changes a suggestion stays within 10 statements", async () => {
    const w = await createSuggestionWorld(t.db());
    const session = await createSession(t.db(), { userId: w.as.patientA.userId, clinicId: w.home.id });
    const { state, statements } = await submitCounted(w, session.id, {
      logDate: w.today, painAtRest: "1", painDuringExercise: "8", painNextMorning: "1", exerciseIds: [w.squatId],
    });
    expect(state).toMatchObject({ ok: true, data: { created: "false", adviceTone: "caution" } });
    expect(statements.length).toBeLessThanOrEqual(10);
  });
});
