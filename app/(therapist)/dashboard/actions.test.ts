import { and, eq, isNull } from "drizzle-orm";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { flags } from "@/db/schema";
import type { Caller } from "@/lib/auth/caller";
import { auditsOf, FIX_FIELDS, redirectOf } from "@/lib/testing/action-helpers";
import { createFlaggedWorld } from "@/lib/testing/flag-world";
import { form, revalidated, signInAs } from "@/lib/testing/next-mocks";
import { setupTestDatabase } from "@/lib/testing/test-database";
import { NOT_FOUND } from "@/lib/testing/world";

vi.mock("@/lib/auth/session", () => import("@/lib/testing/next-mocks"));
vi.mock("next/headers", () => import("@/lib/testing/next-mocks"));
vi.mock("next/cache", () => import("@/lib/testing/next-mocks"));

const { reviewFlag } = await import("./actions");
const t = setupTestDatabase();

const flagged = () => createFlaggedWorld(t.db());
const openOf = (patientId: string) => t.db().select().from(flags).where(and(eq(flags.patientId, patientId), isNull(flags.reviewedAt)));

beforeEach(() => signInAs(null));

describe("reviewFlag action", () => {
  it("stores the review with its note and the audit event together, and revalidates the queue and the record", async () => {
    const { w, a1, a2 } = await flagged();
    signInAs(w.as.therapist);
    const state = await reviewFlag({}, form({ flagId: a1.id, note: "Spoke to Alex." }));
    expect(state).toMatchObject({ ok: true, message: "Marked reviewed: exercise pain above 5/10 for Alex Home." });
    const [row] = await t.db().select().from(flags).where(eq(flags.id, a1.id));
    expect(row).toMatchObject({ reviewedBy: w.as.therapist.userId, reviewNote: "Spoke to Alex.", reviewedAt: expect.any(Date) });
    expect(await auditsOf(t.db(), w.home.id, "flag.reviewed")).toMatchObject([
      { actorId: w.as.therapist.userId, patientId: w.patientA.id, entityId: a1.id, detail: { rule: "exercise-pain-high", note: true, alreadyReviewed: false } },
    ]);
    expect(revalidated).toEqual(["/dashboard", `/patients/${w.patientA.id}`]);
    expect((await openOf(w.patientA.id)).map((f) => f.id)).toEqual([a2.id]);
  });

  it("keeps a too-long note in the form with a field message, and saves nothing", async () => {
    const { w, a1 } = await flagged();
    signInAs(w.as.therapist);
    const note = "x".repeat(1001);
    const state = await reviewFlag({}, form({ flagId: a1.id, note }));
    expect(state).toEqual({ message: FIX_FIELDS, fieldErrors: { note: ["Keep the note under 1,000 characters"] }, values: { flagId: a1.id, note } });
    expect(await openOf(w.patientA.id)).toHaveLength(2);
    expect(await auditsOf(t.db(), w.home.id)).toEqual([]);
  });

  it("refuses another clinic's flag, forged ids, patients and the anonymous, writing neither review nor audit", async () => {
    const { w, a1, other } = await flagged();
    const attempts: [Caller, string][] = [[w.as.therapist, other.id], [w.as.otherTherapist, a1.id], [w.as.patientA, a1.id]];
    for (const [caller, flagId] of attempts) {
      signInAs(caller);
      await expect(reviewFlag({}, form({ flagId, note: "" }))).rejects.toThrow(NOT_FOUND);
    }
    signInAs(w.as.therapist);
    expect((await reviewFlag({}, form({ flagId: "not-a-flag" }))).fieldErrors).toEqual({ flagId: ["Unknown flag"] });
    signInAs(null);
    expect(await redirectOf(reviewFlag({}, form({ flagId: a1.id })))).toBe("/login");
    expect(await auditsOf(t.db(), w.home.id)).toEqual([]);
    expect(await auditsOf(t.db(), w.other.id)).toEqual([]);
    expect(await openOf(w.patientA.id)).toHaveLength(2);
    expect(await openOf(w.otherPatient.id)).toHaveLength(1);
  });
});
