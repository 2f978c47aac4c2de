import { and, eq, isNull } from "drizzle-orm";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { flags } from "@/db/schema";
import { auditsOf, FIX_FIELDS } from "@/lib/testing/action-helpers";
import { createFlaggedWorld } from "@/lib/testing/flag-world";
import { form, revalidated, signInAs } from "@/lib/testing/next-mocks";
import { setupTestDatabase } from "@/lib/testing/test-database";
import { NOT_FOUND } from "@/lib/testing/world";

vi.mock("@/lib/auth/session", () => import("@/lib/testing/next-mocks"));
vi.mock("next/headers", () => import("@/lib/testing/next-mocks"));
vi.mock("next/cache", () => import("@/lib/testing/next-mocks"));

const { reviewAllFlags } = await import("./flag-actions");
const t = setupTestDatabase();

const flagged = () => createFlaggedWorld(t.db());
const openOf = (patientId: string) => t.db().select().from(flags).where(and(eq(flags.patientId, patientId), isNull(flags.reviewedAt)));

beforeEach(() => signInAs(null));

describe("reviewAllFlags action", () => {
  it("closes every open flag of that patient only, with one note and one audit event", async () => {
    const { w, a1, a2 } = await flagged();
    signInAs(w.as.admin);
    const state = await reviewAllFlags({}, form({ patientId: w.patientA.id, note: "Reviewed at visit." }));
    expect(state).toMatchObject({ ok: true, message: "Marked 2 flags reviewed for Alex Home." });
    expect(revalidated).toEqual(["/dashboard", `/patients/${w.patientA.id}`]);
    const reviewed = await t.db().select().from(flags).where(eq(flags.patientId, w.patientA.id));
    expect(reviewed.map((f) => [f.id, f.reviewedBy, f.reviewNote]).sort()).toEqual(
      [[a1.id, w.as.admin.userId, "Reviewed at visit."], [a2.id, w.as.admin.userId, "Reviewed at visit."]].sort(),
    );
    expect(await openOf(w.patientB.id)).toHaveLength(1);
    expect(await auditsOf(t.db(), w.home.id)).toMatchObject([
      { action: "flags.reviewed-all", actorId: w.as.admin.userId, entityId: w.patientA.id, patientId: w.patientA.id, detail: { count: 2, note: true } },
    ]);
    expect((await reviewAllFlags({}, form({ patientId: w.patientA.id }))).message).toBe("No open flags for Alex Home.");
  });

  it("bad input: a malformed patient id or a too-long note is a field message with the input kept; nothing is reviewed", async () => {
    const { w } = await flagged();
    signInAs(w.as.therapist);
    expect(await reviewAllFlags({}, form({ patientId: "alex", note: "seen" }))).toEqual({
      message: FIX_FIELDS, fieldErrors: { patientId: ["Unknown patient"] }, values: { patientId: "alex", note: "seen" },
    });
    const note = "y".repeat(1001);
    expect(await reviewAllFlags({}, form({ patientId: w.patientA.id, note }))).toEqual({
      message: FIX_FIELDS, fieldErrors: { note: ["Keep the note under 1,000 characters"] }, values: { patientId: w.patientA.id, note },
    });
    expect(await openOf(w.patientA.id)).toHaveLength(2);
    expect(await auditsOf(t.db(), w.home.id)).toEqual([]);
  });

  it("answers 404 for another clinic's patient, to another clinic's therapist and to a patient, and reviews nothing", async () => {
    const { w } = await flagged();
    for (const [caller, patientId] of [[w.as.therapist, w.otherPatient.id], [w.as.otherTherapist, w.patientA.id], [w.as.patientA, w.patientA.id]] as const) {
      signInAs(caller);
      await expect(reviewAllFlags({}, form({ patientId }))).rejects.toThrow(NOT_FOUND);
    }
    expect(await openOf(w.otherPatient.id)).toHaveLength(1);
    expect(await openOf(w.patientA.id)).toHaveLength(2);
    expect(await auditsOf(t.db(), w.home.id)).toEqual([]);
    expect(await auditsOf(t.db(), w.other.id)).toEqual([]);
  });
});
