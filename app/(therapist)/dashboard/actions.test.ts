import { eq } from "drizzle-orm";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { createPainLog } from "@/db/factories";
import { refreshPatientLogSummary } from "@/db/pain-log-summary";
import { auditEvents, flagReviews } from "@/db/schema";
import type { Caller } from "@/lib/auth/caller";
import { todayIso } from "@/lib/dates";
import { listTriageFlags } from "@/lib/dal/triage";
import { form, signInAs } from "@/lib/testing/next-mocks";
import { setupTestDatabase } from "@/lib/testing/test-database";
import { createTwoClinicWorld, NOT_FOUND } from "@/lib/testing/world";

vi.mock("@/lib/auth/session", () => import("@/lib/testing/next-mocks"));
vi.mock("next/headers", () => import("@/lib/testing/next-mocks"));
vi.mock("next/cache", () => import("@/lib/testing/next-mocks"));

const { reviewFlag } = await import("./actions");
const t = setupTestDatabase();


async function flagged() {
  const db = t.db();
  const w = await createTwoClinicWorld(db);
  for (const [clinicId, patientId] of [[w.home.id, w.patientA.id], [w.other.id, w.otherPatient.id]] as const) {
    await createPainLog(db, { clinicId, patientId, logDate: todayIso(), painAtRest: 2, painDuringExercise: 8 });
    await refreshPatientLogSummary(db, clinicId, patientId);
  }
  const [flag] = await listTriageFlags(w.as.therapist);
  const [otherFlag] = await listTriageFlags(w.as.otherTherapist);
  if (!flag || !otherFlag) throw new Error("expected flags");
  const fields = (f: typeof flag) => ({ patientId: f.patientId, rule: f.rule, evidenceKey: f.evidenceKey });
  return { db, w, flag: fields(flag), otherFlag: fields(otherFlag) };
}

const audits = () => t.db().select().from(auditEvents).where(eq(auditEvents.action, "flag.reviewed"));
const reviews = () => t.db().select().from(flagReviews);

beforeEach(() => {
  signInAs(null);
});

describe("reviewFlag action", () => {
  it("writes the review and its audit event together, and the flag leaves the queue", async () => {
    const { w, flag } = await flagged();
    const [auditBefore, reviewsBefore] = [(await audits()).length, (await reviews()).length];
    signInAs(w.as.therapist);
    const state = await reviewFlag({}, form(flag));
    expect(state).toMatchObject({ ok: true, message: "Marked reviewed: high pain during exercise for Alex Home." });
    expect(await reviews()).toHaveLength(reviewsBefore + 1);
    const events = await audits();
    expect(events).toHaveLength(auditBefore + 1);
    expect(events.at(-1)).toMatchObject({ actorId: w.as.therapist.userId, clinicId: w.home.id, patientId: w.patientA.id, detail: { rule: flag.rule, evidenceKey: flag.evidenceKey } });
    expect((await listTriageFlags(w.as.therapist)).some((f) => f.patientId === w.patientA.id)).toBe(false);
  });

  it("refuses forged ids and keys, other clinics and patients with 404, writing neither review nor audit", async () => {
    const { w, flag, otherFlag } = await flagged();
    const [auditBefore, reviewsBefore] = [(await audits()).length, (await reviews()).length];
    const attempts: [Caller, Record<string, string>][] = [
      [w.as.therapist, otherFlag],
      [w.as.therapist, { ...flag, evidenceKey: "2020-01-01:painDuringExercise=9" }],
      [w.as.therapist, { ...flag, patientId: w.patientB.id }],
      [w.as.otherTherapist, flag],
      [w.as.patientA, flag],
    ];
    for (const [caller, fields] of attempts) {
      signInAs(caller);
      await expect(reviewFlag({}, form(fields))).rejects.toThrow(NOT_FOUND);
    }
    signInAs(w.as.therapist);
    const bad = await reviewFlag({}, form({ ...flag, rule: "made-up" }));
    expect(bad.ok).toBeUndefined();
    expect(await audits()).toHaveLength(auditBefore);
    expect(await reviews()).toHaveLength(reviewsBefore);
  });
});
