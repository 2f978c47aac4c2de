import { describe, expect, it } from "vitest";
import { auditEvents, painLogs } from "@/db/schema";
import { addDays, todayIso } from "@/lib/dates";
import { createSession } from "@/lib/seed/factories";
import { auditsOf } from "@/lib/testing/action-helpers";
import { StatementCounter } from "@/lib/testing/statement-counter";
import { setupTestDatabase } from "@/lib/testing/test-database";
import { createTimelineWorld } from "@/lib/testing/timeline-world";
import { NOT_FOUND } from "@/lib/testing/world";
import { parseReviewParams } from "@/lib/validation/review-params";
import { listPatientFlags } from "./flags";
import { getPatientRecord } from "./patient-record";
import { loadRecordPage } from "./record-page";
import { patientRunSummary } from "./runs";
import { resolveSession } from "./sessions";

/**
 * What one request for the record page costs the database, counted (statements, not time: a
 * count is deterministic), for a patient with a year of daily logs, with exactly one audit row per
 * view. 54 statements before the patient row and the protocol versions were read once per request
 * and the load-time rules shared one read of the plan; 31 now, session check included. Issue 13
 * asks for 8: the sections still read their own tables (docs/decisions/0024 says what is left).
 */
const RECORD_PAGE_STATEMENTS = 31;
const counter = new StatementCounter();
const t = setupTestDatabase({ logger: counter });
const today = todayIso();
const review = parseReviewParams({});

async function yearOfLogs() {
  const w = await createTimelineWorld(t.db(), today);
  const home = { clinicId: w.home.id, patientId: w.patientA.id };
  const days = Array.from({ length: 365 }, (_, i) => addDays(today, -365 + i));
  await t.db().insert(painLogs).values(days.map((logDate, i) => ({ ...home, logDate, painAtRest: i % 4, painDuringExercise: (i % 5) + 1, painNextMorning: i % 3 }))).onConflictDoNothing();
  const session = await createSession(t.db(), { userId: w.as.therapist.userId, clinicId: w.home.id });
  return { ...w, session };
}

describe("the record page's statements per request", () => {
  it("loads a patient with 365 daily logs within its statement budget, session check included, with one audit row", async () => {
    const w = await yearOfLogs();
    const view = () => loadRecordPage({ ...w.as.therapist, sessionId: w.session.id }, w.patientA.id, { ip: "203.0.113.9", review });
    await view(); // the first view raises what time has made due (lapse, dose and stage rules); the steady state is what repeats
    const before = (await auditsOf(t.db(), w.home.id, "patient.viewed")).length;

    let page: Awaited<ReturnType<typeof view>> | undefined;
    const statements = await counter.count(async () => {
      const caller = await resolveSession(t.db(), { userId: w.as.therapist.userId, sessionId: w.session.id });
      if (!caller) throw new Error("the session should be live");
      page = await loadRecordPage(caller, w.patientA.id, { ip: "203.0.113.9", review });
    });
    console.log(`record page: ${statements.length} statements\n${statements.map((s) => `  ${s.slice(0, 160)}`).join("\n")}`);

    expect(page?.patient.id).toBe(w.patientA.id);
    expect(page?.logs.total).toBeGreaterThanOrEqual(365);
    expect(page?.timeline.days.length).toBeGreaterThan(40);
    expect((await auditsOf(t.db(), w.home.id, "patient.viewed")).length).toBe(before + 1);
    expect(statements.length).toBeLessThanOrEqual(RECORD_PAGE_STATEMENTS);
  });

  it("another clinic's therapist gets a 404 and writes no audit row", async () => {
    const w = await yearOfLogs();
    const before = await t.db().select().from(auditEvents);
    await expect(loadRecordPage(w.as.otherTherapist, w.patientA.id, { ip: null, review })).rejects.toThrow(NOT_FOUND);
    await expect(loadRecordPage(w.as.patientA, w.patientA.id, { ip: null, review })).rejects.toThrow(NOT_FOUND);
    expect(await t.db().select().from(auditEvents)).toHaveLength(before.length);
  });

  it("a patient row read for one caller is no pass for another: the sections check the scope again", async () => {
    const w = await yearOfLogs();
    const row = await getPatientRecord(w.as.therapist, w.patientA.id, { ip: null });
    expect((await listPatientFlags(w.as.therapist, row)).open.length).toBeGreaterThan(0);
    // The row in another caller's hands (another clinic, or even another request of the same
    // person), or a look-alike the DAL never read, is not an id: 404, whatever it names.
    await expect(listPatientFlags(w.as.otherTherapist, row)).rejects.toThrow(NOT_FOUND);
    await expect(listPatientFlags({ ...w.as.therapist }, row)).rejects.toThrow(NOT_FOUND);
    await expect(listPatientFlags(w.as.otherTherapist, { ...row })).rejects.toThrow(NOT_FOUND);
    await expect(patientRunSummary(w.as.otherTherapist, row)).rejects.toThrow(NOT_FOUND);
  });
});
