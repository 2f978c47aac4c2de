import { and, eq } from "drizzle-orm";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { auditEvents, outcomeRequests } from "@/db/schema";
import { addDays, todayInZone } from "@/lib/dates";
import { formatDate } from "@/lib/format";
import { FIX_FIELDS } from "@/lib/testing/action-helpers";
import { form, revalidated, signInAs } from "@/lib/testing/next-mocks";
import { setupTestDatabase } from "@/lib/testing/test-database";
import { createTwoClinicWorld, NOT_FOUND } from "@/lib/testing/world";

vi.mock("@/lib/auth/session", () => import("@/lib/testing/next-mocks"));
vi.mock("next/headers", () => import("@/lib/testing/next-mocks"));
vi.mock("next/cache", () => import("@/lib/testing/next-mocks"));

const { cancelAkpsAction, requestAkpsAction } = await import("./outcome-actions");
const t = setupTestDatabase();

const requestsOf = (patientId: string) => t.db().select().from(outcomeRequests).where(eq(outcomeRequests.patientId, patientId));
const audits = (action: string, patientId: string) =>
  t.db().select().from(auditEvents).where(and(eq(auditEvents.action, action), eq(auditEvents.patientId, patientId)));

beforeEach(() => signInAs(null));

describe("requestAkpsAction", () => {
  it("asks for the AKPS, audited, and refreshes the record and the dashboard", async () => {
    const w = await createTwoClinicWorld(t.db());
    signInAs(w.as.therapist);
    const due = addDays(todayInZone(w.as.therapist.timeZone), 3);
    const state = await requestAkpsAction({}, form({ patientId: w.patientA.id, timepoint: "baseline", dueOn: due }));
    expect(state).toEqual({ ok: true, message: `AKPS requested: baseline, due ${formatDate(due)}.`, data: undefined });
    expect(revalidated).toEqual([`/patients/${w.patientA.id}`, "/dashboard"]);
    const rows = await requestsOf(w.patientA.id);
    expect(rows).toMatchObject([{ status: "open", timepoint: "baseline", dueOn: due, requestedBy: w.as.therapist.userId }]);
    expect(await audits("outcome.requested", w.patientA.id)).toMatchObject([
      { entity: "outcome-request", entityId: rows[0]?.id, actorId: w.as.therapist.userId, detail: { instrument: "akps", timepoint: "baseline", dueOn: due } },
    ]);
  });

  it("bad input: messages on the fields, what was typed kept, nothing asked", async () => {
    const w = await createTwoClinicWorld(t.db());
    signInAs(w.as.therapist);
    const state = await requestAkpsAction({}, form({ patientId: w.patientA.id, timepoint: "week-9", dueOn: "soon" }));
    expect(state).toEqual({
      message: FIX_FIELDS,
      fieldErrors: { timepoint: ["Choose when in the episode this is"], dueOn: ["Enter the date it is due"] },
      values: { patientId: w.patientA.id, timepoint: "week-9", dueOn: "soon" },
    });
    const past = addDays(todayInZone(w.as.therapist.timeZone), -2);
    const pastState = await requestAkpsAction({}, form({ patientId: w.patientA.id, timepoint: "follow-up", dueOn: past }));
    expect(pastState).toMatchObject({ fieldErrors: { dueOn: ["The due date cannot be in the past"] }, values: { timepoint: "follow-up", dueOn: past } });
    expect(await requestsOf(w.patientA.id)).toEqual([]);
    expect(await audits("outcome.requested", w.patientA.id)).toEqual([]);
  });

  it("answers 404 to a patient and to another clinic's therapist, and asks nothing", async () => {
    const w = await createTwoClinicWorld(t.db());
    const due = todayInZone(w.as.therapist.timeZone);
    for (const persona of [w.as.patientA, w.as.otherTherapist]) {
      signInAs(persona);
      await expect(requestAkpsAction({}, form({ patientId: w.patientA.id, timepoint: "baseline", dueOn: due }))).rejects.toThrow(NOT_FOUND);
    }
    expect(await requestsOf(w.patientA.id)).toEqual([]);
  });
});

describe("cancelAkpsAction", () => {
  async function openRequest() {
    const w = await createTwoClinicWorld(t.db());
    signInAs(w.as.therapist);
    await requestAkpsAction({}, form({ patientId: w.patientA.id, timepoint: "baseline", dueOn: todayInZone(w.as.therapist.timeZone) }));
    const [request] = await requestsOf(w.patientA.id);
    if (!request) throw new Error("the request was not made");
    return { w, request };
  }

  it("cancels the open request, audited", async () => {
    const { w, request } = await openRequest();
    const state = await cancelAkpsAction({}, form({ requestId: request.id }));
    expect(state).toMatchObject({ ok: true, message: "Questionnaire request cancelled." });
    expect(await requestsOf(w.patientA.id)).toMatchObject([{ status: "cancelled", cancelledBy: w.as.therapist.userId }]);
    expect(await audits("outcome.request-cancelled", w.patientA.id)).toMatchObject([{ entityId: request.id, actorId: w.as.therapist.userId }]);
    // A second cancel says so and writes nothing more.
    expect(await cancelAkpsAction({}, form({ requestId: request.id }))).toMatchObject({ message: "This questionnaire was already cancelled.", values: { requestId: request.id } });
    expect(await audits("outcome.request-cancelled", w.patientA.id)).toHaveLength(1);
  });

  it("bad input keeps what was sent; the patient and another clinic's therapist get 404; nothing changes", async () => {
    const { w, request } = await openRequest();
    expect(await cancelAkpsAction({}, form({ requestId: "42" }))).toEqual({ message: FIX_FIELDS, fieldErrors: { requestId: ["Unknown questionnaire"] }, values: { requestId: "42" } });
    for (const persona of [w.as.patientA, w.as.otherTherapist]) {
      signInAs(persona);
      await expect(cancelAkpsAction({}, form({ requestId: request.id }))).rejects.toThrow(NOT_FOUND);
    }
    expect(await requestsOf(w.patientA.id)).toMatchObject([{ status: "open" }]);
    expect(await audits("outcome.request-cancelled", w.patientA.id)).toEqual([]);
  });
});
