import { and, eq } from "drizzle-orm";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { auditEvents, outcomeMeasures, outcomeRequests } from "@/db/schema";
import { AKPS_ITEMS } from "@/lib/clinical/akps";
import { todayInZone } from "@/lib/dates";
import { redirectOf } from "@/lib/testing/action-helpers";
import { form, revalidated, signInAs } from "@/lib/testing/next-mocks";
import { setupTestDatabase } from "@/lib/testing/test-database";
import { createTwoClinicWorld, NOT_FOUND } from "@/lib/testing/world";
import { MISSING_ANSWER, NOT_A_CHOICE } from "@/lib/validation/akps";

vi.mock("@/lib/auth/session", () => import("@/lib/testing/next-mocks"));
vi.mock("next/headers", () => import("@/lib/testing/next-mocks"));
vi.mock("next/cache", () => import("@/lib/testing/next-mocks"));

const { saveAkpsDraft, submitAkps } = await import("./actions");
const t = setupTestDatabase();

/** Every item answered with its best option (index 0): a score of 100. */
const ALL_BEST = Object.fromEntries(AKPS_ITEMS.map((i) => [i.key, "0"]));
const measuresOf = (patientId: string) => t.db().select().from(outcomeMeasures).where(eq(outcomeMeasures.patientId, patientId));
const requestRow = async (id: string) => (await t.db().select().from(outcomeRequests).where(eq(outcomeRequests.id, id)))[0];
const audits = (action: string, patientId: string) =>
  t.db().select().from(auditEvents).where(and(eq(auditEvents.action, action), eq(auditEvents.patientId, patientId)));

/** A world where Maya's clinic asked patient A for a baseline AKPS today; patient A signed in. */
async function asked() {
  const w = await createTwoClinicWorld(t.db());
  const [request] = await t
    .db()
    .insert(outcomeRequests)
    .values({ clinicId: w.home.id, patientId: w.patientA.id, instrument: "akps", timepoint: "baseline", dueOn: todayInZone(w.as.therapist.timeZone), requestedBy: w.as.therapist.userId })
    .returning();
  if (!request) throw new Error("no request");
  signInAs(w.as.patientA);
  return { w, request };
}

beforeEach(() => signInAs(null));

describe("saveAkpsDraft", () => {
  it("keeps the answers given so far, audited, and says how many", async () => {
    const { w, request } = await asked();
    const state = await saveAkpsDraft({}, form({ requestId: request.id, limp: "1", stairs: "2", pain: "" }));
    expect(state).toMatchObject({ ok: true, message: "Saved: 2 of 13 answered. You can come back and finish later." });
    expect(revalidated).toEqual(["/my", "/my/outcomes", `/my/outcomes/${request.id}`]);
    expect(await requestRow(request.id)).toMatchObject({ status: "open", draftAnswers: { limp: 1, stairs: 2 } });
    expect(await audits("outcome.draft-saved", w.patientA.id)).toMatchObject([{ entityId: request.id, detail: { answered: 2 } }]);
  });

  it("refuses an answer that is not a choice, on its item, keeping the rest", async () => {
    const { w, request } = await asked();
    const state = await saveAkpsDraft({}, form({ requestId: request.id, limp: "1", swelling: "9" }));
    expect(state).toEqual({
      message: "Some answers are not one of the choices. Nothing was saved.",
      fieldErrors: { swelling: [NOT_A_CHOICE] },
      values: { requestId: request.id, limp: "1", swelling: "9" },
    });
    expect(await requestRow(request.id)).toMatchObject({ draftAnswers: {} });
    expect(await audits("outcome.draft-saved", w.patientA.id)).toEqual([]);
  });
});

describe("submitAkps", () => {
  it("scores, stores and closes the request, audited, then shows the score history", async () => {
    const { w, request } = await asked();
    expect(await redirectOf(submitAkps({}, form({ requestId: request.id, ...ALL_BEST })))).toBe("/my/outcomes?sent=1");
    const measures = await measuresOf(w.patientA.id);
    expect(measures).toMatchObject([{ score: 100, requestId: request.id, timepoint: "baseline" }]);
    expect(await requestRow(request.id)).toMatchObject({ status: "completed" });
    expect(await audits("outcome.submitted", w.patientA.id)).toMatchObject([{ entity: "outcome-measure", entityId: measures[0]?.id, detail: { requestId: request.id, score: 100 } }]);
  });

  it("a missing item: the message on that item, the other answers kept, nothing stored", async () => {
    const { w, request } = await asked();
    const { squatting: _left, ...rest } = ALL_BEST;
    const state = await submitAkps({}, form({ requestId: request.id, ...rest }));
    expect(state).toEqual({
      message: "One question needs an answer before you can send. Nothing was sent yet.",
      fieldErrors: { squatting: [MISSING_ANSWER] },
      values: { requestId: request.id, ...rest },
    });
    expect(await measuresOf(w.patientA.id)).toEqual([]);
    expect(await requestRow(request.id)).toMatchObject({ status: "open" });
    expect(await audits("outcome.submitted", w.patientA.id)).toEqual([]);
  });

  it("a second submit is refused clearly, with one score stored", async () => {
    const { w, request } = await asked();
    await redirectOf(submitAkps({}, form({ requestId: request.id, ...ALL_BEST })));
    expect(await submitAkps({}, form({ requestId: request.id, ...ALL_BEST }))).toMatchObject({
      message: "You have already sent this questionnaire. Your therapist can see your score.",
    });
    expect(await measuresOf(w.patientA.id)).toHaveLength(1);
  });

  it("staff, patient B and another clinic's patient get 404; nothing stored", async () => {
    const { w, request } = await asked();
    for (const persona of [w.as.therapist, w.as.admin, w.as.patientB, w.as.otherPatient]) {
      signInAs(persona);
      await expect(submitAkps({}, form({ requestId: request.id, ...ALL_BEST }))).rejects.toThrow(NOT_FOUND);
      await expect(saveAkpsDraft({}, form({ requestId: request.id, limp: "0" }))).rejects.toThrow(NOT_FOUND);
    }
    expect(await measuresOf(w.patientA.id)).toEqual([]);
    expect(await requestRow(request.id)).toMatchObject({ status: "open", draftAnswers: {} });
  });
});
