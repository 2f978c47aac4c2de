import { and, eq, isNull } from "drizzle-orm";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { auditEvents, flags } from "@/db/schema";
import type { Caller } from "@/lib/auth/caller";
import { form, revalidated, signInAs } from "@/lib/testing/next-mocks";
import { setupTestDatabase } from "@/lib/testing/test-database";
import { createTwoClinicWorld, NOT_FOUND } from "@/lib/testing/world";

vi.mock("@/lib/auth/session", () => import("@/lib/testing/next-mocks"));
vi.mock("next/headers", () => import("@/lib/testing/next-mocks"));
vi.mock("next/cache", () => import("@/lib/testing/next-mocks"));

const { reviewFlag } = await import("./actions");
const { reviewAllFlags } = await import("../patients/[id]/flag-actions");
const t = setupTestDatabase();

async function flagged() {
  const db = t.db();
  const w = await createTwoClinicWorld(db);
  const raise = (clinicId: string, patientId: string, evidenceKey: string) =>
    db.insert(flags).values({ clinicId, patientId, rule: "exercise-pain-high", severity: "review", evidenceKey, evidence: { readings: [] }, reason: "Pain during exercise was 8/10.", evidenceDate: "2026-03-10" }).returning();
  const [a1] = await raise(w.home.id, w.patientA.id, "2026-03-10:painDuringExercise=8");
  const [a2] = await raise(w.home.id, w.patientA.id, "2026-03-11:painDuringExercise=7");
  const [b] = await raise(w.home.id, w.patientB.id, "2026-03-10:painDuringExercise=8");
  const [other] = await raise(w.other.id, w.otherPatient.id, "2026-03-10:painDuringExercise=9");
  if (!a1 || !a2 || !b || !other) throw new Error("expected flags");
  return { w, a1, a2, b, other };
}

const audits = (action: string) => t.db().select().from(auditEvents).where(eq(auditEvents.action, action));
const openOf = (patientId: string) => t.db().select().from(flags).where(and(eq(flags.patientId, patientId), isNull(flags.reviewedAt)));

beforeEach(() => signInAs(null));

describe("reviewFlag action", () => {
  it("stores the review with its note and the audit event together, and revalidates the queue and the record", async () => {
    const { w, a1 } = await flagged();
    signInAs(w.as.therapist);
    const state = await reviewFlag({}, form({ flagId: a1.id, note: "Spoke to Alex." }));
    expect(state).toMatchObject({ ok: true, message: "Marked reviewed: exercise pain above 5/10 for Alex Home." });
    const [row] = await t.db().select().from(flags).where(eq(flags.id, a1.id));
    expect(row).toMatchObject({ reviewedBy: w.as.therapist.userId, reviewNote: "Spoke to Alex." });
    expect((await audits("flag.reviewed")).at(-1)).toMatchObject({ actorId: w.as.therapist.userId, clinicId: w.home.id, patientId: w.patientA.id, entityId: a1.id });
    expect(revalidated).toEqual(["/dashboard", `/patients/${w.patientA.id}`]);
  });

  it("keeps a too-long note in the form with a field message, and saves nothing", async () => {
    const { w, a1 } = await flagged();
    signInAs(w.as.therapist);
    const note = "x".repeat(1001);
    const state = await reviewFlag({}, form({ flagId: a1.id, note }));
    expect(state.fieldErrors?.note).toEqual(["Keep the note under 1,000 characters"]);
    expect(state.values?.note).toBe(note);
    expect(await openOf(w.patientA.id)).toHaveLength(2);
  });

  it("refuses another clinic's flag, forged ids, patients and the anonymous, writing neither review nor audit", async () => {
    const { w, a1, other } = await flagged();
    const before = (await audits("flag.reviewed")).length;
    const attempts: [Caller, string][] = [[w.as.therapist, other.id], [w.as.otherTherapist, a1.id], [w.as.patientA, a1.id]];
    for (const [caller, flagId] of attempts) {
      signInAs(caller);
      await expect(reviewFlag({}, form({ flagId, note: "" }))).rejects.toThrow(NOT_FOUND);
    }
    signInAs(w.as.therapist);
    expect((await reviewFlag({}, form({ flagId: "not-a-flag" }))).fieldErrors?.flagId).toEqual(["Unknown flag"]);
    signInAs(null);
    await expect(reviewFlag({}, form({ flagId: a1.id }))).rejects.toThrow("NEXT_REDIRECT");
    expect(await audits("flag.reviewed")).toHaveLength(before);
    expect(await openOf(w.patientA.id)).toHaveLength(2);
    expect(await openOf(w.otherPatient.id)).toHaveLength(1);
  });
});

describe("reviewAllFlags action", () => {
  it("closes every open flag of that patient only, with one note and one audit event", async () => {
    const { w } = await flagged();
    signInAs(w.as.admin);
    const state = await reviewAllFlags({}, form({ patientId: w.patientA.id, note: "Reviewed at visit." }));
    expect(state).toMatchObject({ ok: true, message: "Marked 2 flags reviewed for Alex Home." });
    expect(await openOf(w.patientA.id)).toHaveLength(0);
    expect(await openOf(w.patientB.id)).toHaveLength(1);
    expect((await audits("flags.reviewed-all")).at(-1)).toMatchObject({ actorId: w.as.admin.userId, patientId: w.patientA.id, detail: { count: 2, note: true } });
  });

  it("answers 404 for another clinic's patient or a patient caller", async () => {
    const { w } = await flagged();
    for (const [caller, patientId] of [[w.as.therapist, w.otherPatient.id], [w.as.patientA, w.patientA.id]] as const) {
      signInAs(caller);
      await expect(reviewAllFlags({}, form({ patientId }))).rejects.toThrow(NOT_FOUND);
    }
    expect(await openOf(w.otherPatient.id)).toHaveLength(1);
    expect(await openOf(w.patientA.id)).toHaveLength(2);
  });
});
