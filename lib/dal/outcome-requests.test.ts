import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { outcomeMeasures, outcomeRequests } from "@/db/schema";
import type { Caller } from "@/lib/auth/caller";
import { AKPS_ITEMS, scoreAkps } from "@/lib/clinical/akps";
import { addDays, todayInZone } from "@/lib/dates";
import { setupTestDatabase } from "@/lib/testing/test-database";
import { createTwoClinicWorld, NOT_FOUND } from "@/lib/testing/world";
import { MISSING_ANSWER, NOT_A_CHOICE, type LooseAnswers } from "@/lib/validation/akps";
import { getMyRequest, listMyOpenRequests, listMyScores, myOutcomesAtAGlance, saveMyDraft, submitMyAnswers } from "./my-outcomes";
import { cancelAkpsRequest, getPatientOutcomes, listOverdueRequests, requestAkps } from "./outcome-requests";

const t = setupTestDatabase();

/** A plausible runner's knee at the start of care: no limp, but stairs, squats, runs and long sitting hurt. */
const BASELINE: LooseAnswers = {
  limp: 0, support: 0, walking: 0, stairs: 2, squatting: 2, running: 3, jumping: 2,
  "prolonged-sitting": 2, pain: 1, swelling: 1, "kneecap-movements": 0, "thigh-atrophy": 1, "flexion-deficiency": 0,
};
const without = (answers: LooseAnswers, key: string) => Object.fromEntries(Object.entries(answers).filter(([k]) => k !== key));

const today = (c: Caller) => todayInZone(c.timeZone);
const ask = (c: Caller, patientId: string, over: { timepoint?: "baseline" | "follow-up" | "discharge"; dueOn?: string } = {}, now = new Date()) =>
  t.db().transaction((tx) => requestAkps(c, tx, { patientId, timepoint: over.timepoint ?? "baseline", dueOn: over.dueOn ?? todayInZone(c.timeZone, now) }, now));
const cancel = (c: Caller, id: unknown) => t.db().transaction((tx) => cancelAkpsRequest(c, tx, id));
const draft = (c: Caller, id: unknown, answers: LooseAnswers) => t.db().transaction((tx) => saveMyDraft(c, tx, id, answers));
const submit = (c: Caller, id: unknown, answers: LooseAnswers) => t.db().transaction((tx) => submitMyAnswers(c, tx, id, answers));
const measuresOf = (patientId: string) => t.db().select().from(outcomeMeasures).where(eq(outcomeMeasures.patientId, patientId));
const requestRow = async (id: string) => (await t.db().select().from(outcomeRequests).where(eq(outcomeRequests.id, id)))[0];

describe("AKPS end to end through the DAL", () => {
  it("the therapist requests, the patient saves a draft and submits, the score is stored and listed for the therapist", async () => {
    const w = await createTwoClinicWorld(t.db());
    const before = await getPatientOutcomes(w.as.therapist, w.patientA.id);
    expect(before).toMatchObject({ open: null, scores: [], proposal: { timepoint: "baseline", dueOn: today(w.as.therapist) } });

    const request = await ask(w.as.therapist, w.patientA.id);
    expect(request).toMatchObject({ status: "open", timepoint: "baseline", clinicId: w.home.id, requestedBy: w.as.therapist.userId });
    expect(await listMyOpenRequests(w.as.patientA)).toMatchObject([{ id: request.id, timepoint: "baseline", draftAnswers: {} }]);
    expect(await listMyOpenRequests(w.as.patientB)).toEqual([]);

    // Resumable: part now, the rest later; reopening shows what was saved.
    const firstHalf = Object.fromEntries(Object.entries(BASELINE).slice(0, 7));
    expect(await draft(w.as.patientA, request.id, firstHalf)).toMatchObject({ answered: 7 });
    expect((await getMyRequest(w.as.patientA, request.id)).draftAnswers).toEqual(firstHalf);
    expect((await getPatientOutcomes(w.as.therapist, w.patientA.id)).open).toMatchObject({ id: request.id, answered: 7, overdue: false });
    expect(await myOutcomesAtAGlance(w.as.patientA)).toEqual({ due: [{ id: request.id, dueOn: request.dueOn, answered: 7 }], hasScores: false });

    const sent = await submit(w.as.patientA, request.id, BASELINE);
    expect(sent.score).toBe(scoreAkps(BASELINE));
    expect(sent.score).toBe(5 + 5 + 5 + 5 + 3 + 3 + 2 + 6 + 8 + 8 + 10 + 3 + 5);
    expect(await measuresOf(w.patientA.id)).toMatchObject([
      { requestId: request.id, timepoint: "baseline", score: sent.score, measuredOn: today(w.as.patientA), answers: BASELINE, clinicId: w.home.id, recordedBy: w.as.patientA.userId },
    ]);
    expect(await requestRow(request.id)).toMatchObject({ status: "completed", completedAt: expect.any(Date) });

    const after = await getPatientOutcomes(w.as.therapist, w.patientA.id);
    expect(after.open).toBeNull();
    expect(after.scores).toEqual([{ measuredOn: today(w.as.therapist), score: sent.score, timepoint: "baseline", change: null, meaningful: false }]);
    expect(after.proposal).toMatchObject({ timepoint: "follow-up", dueOn: addDays(today(w.as.therapist), 35) });
    expect(await listMyScores(w.as.patientA)).toMatchObject([{ score: sent.score }]);
    expect(await listMyScores(w.as.patientB)).toEqual([]);
    expect(await myOutcomesAtAGlance(w.as.patientA)).toEqual({ due: [], hasScores: true });
    expect(await myOutcomesAtAGlance(w.as.patientB)).toEqual({ due: [], hasScores: false });
  });

  it("refuses a missing item with a message on that item; the saved draft stays, nothing is scored", async () => {
    const w = await createTwoClinicWorld(t.db());
    const request = await ask(w.as.therapist, w.patientA.id);
    await draft(w.as.patientA, request.id, { limp: 1 });
    const refused = submit(w.as.patientA, request.id, without(BASELINE, "stairs"));
    await expect(refused).rejects.toMatchObject({
      name: "UserFacingError",
      message: "One question needs an answer before you can send. Nothing was sent yet.",
      fieldErrors: { stairs: [MISSING_ANSWER] },
    });
    expect(await measuresOf(w.patientA.id)).toEqual([]);
    expect(await requestRow(request.id)).toMatchObject({ status: "open", draftAnswers: { limp: 1 } });
  });

  it("refuses an answer that is not one of the item's options, on that item", async () => {
    const w = await createTwoClinicWorld(t.db());
    const request = await ask(w.as.therapist, w.patientA.id);
    // Limp has 3 options (0-2): 3 is out of range, and so is a word.
    await expect(submit(w.as.patientA, request.id, { ...BASELINE, limp: 3, pain: "worst" })).rejects.toMatchObject({ fieldErrors: { limp: [NOT_A_CHOICE], pain: [NOT_A_CHOICE] } });
    await expect(draft(w.as.patientA, request.id, { swelling: 5 })).rejects.toMatchObject({ fieldErrors: { swelling: [NOT_A_CHOICE] } });
    expect(await measuresOf(w.patientA.id)).toEqual([]);
    expect(await requestRow(request.id)).toMatchObject({ status: "open", draftAnswers: {} });
  });

  it("a second submit of the same request is refused clearly, and one score stays", async () => {
    const w = await createTwoClinicWorld(t.db());
    const request = await ask(w.as.therapist, w.patientA.id);
    await submit(w.as.patientA, request.id, BASELINE);
    await expect(submit(w.as.patientA, request.id, { ...BASELINE, pain: 0 })).rejects.toMatchObject({
      message: "You have already sent this questionnaire. Your therapist can see your score.",
    });
    await expect(draft(w.as.patientA, request.id, { pain: 0 })).rejects.toMatchObject({ name: "UserFacingError" });
    expect(await measuresOf(w.patientA.id)).toHaveLength(1);
  });

  it("two submits at once store one score", async () => {
    const w = await createTwoClinicWorld(t.db());
    const request = await ask(w.as.therapist, w.patientA.id);
    const results = await Promise.allSettled([submit(w.as.patientA, request.id, BASELINE), submit(w.as.patientA, request.id, BASELINE)]);
    expect(results.map((r) => r.status).sort()).toEqual(["fulfilled", "rejected"]);
    expect(await measuresOf(w.patientA.id)).toHaveLength(1);
  });
});

describe("requests and cancelling", () => {
  it("one open request per patient; cancel withdraws it from the patient, and then a new one can be asked", async () => {
    const w = await createTwoClinicWorld(t.db());
    const first = await ask(w.as.therapist, w.patientA.id);
    await expect(ask(w.as.admin, w.patientA.id, { timepoint: "follow-up" })).rejects.toMatchObject({
      message: "There is already an open questionnaire for this patient. Cancel it first to ask for a new one.",
    });
    const cancelled = await cancel(w.as.therapist, first.id);
    expect(cancelled).toMatchObject({ status: "cancelled", cancelledBy: w.as.therapist.userId, cancelledAt: expect.any(Date) });
    expect(await listMyOpenRequests(w.as.patientA)).toEqual([]);
    await expect(submit(w.as.patientA, first.id, BASELINE)).rejects.toMatchObject({ message: "Your therapist has withdrawn this questionnaire, so there is nothing to send." });
    await expect(cancel(w.as.therapist, first.id)).rejects.toMatchObject({ message: "This questionnaire was already cancelled." });
    expect(await measuresOf(w.patientA.id)).toEqual([]);
    const second = await ask(w.as.therapist, w.patientA.id, { timepoint: "follow-up" });
    expect(second.status).toBe("open");
  });

  it("an answered request cannot be cancelled", async () => {
    const w = await createTwoClinicWorld(t.db());
    const request = await ask(w.as.therapist, w.patientA.id);
    await submit(w.as.patientA, request.id, BASELINE);
    await expect(cancel(w.as.therapist, request.id)).rejects.toMatchObject({ message: "The patient has already answered this questionnaire, so it cannot be cancelled." });
    expect(await requestRow(request.id)).toMatchObject({ status: "completed" });
  });

  it("refuses a due date in the past on the field, and nothing is asked", async () => {
    const w = await createTwoClinicWorld(t.db());
    await expect(ask(w.as.therapist, w.patientA.id, { dueOn: addDays(today(w.as.therapist), -1) })).rejects.toMatchObject({ fieldErrors: { dueOn: ["The due date cannot be in the past"] } });
    await expect(ask(w.as.therapist, w.patientA.id, { dueOn: addDays(today(w.as.therapist), 400) })).rejects.toMatchObject({ fieldErrors: { dueOn: ["Choose a due date within the next year"] } });
    expect(await listMyOpenRequests(w.as.patientA)).toEqual([]);
  });
});

describe("overdue questionnaires", () => {
  it("lists the clinic's open requests past due, most overdue first, paged; not due-today, answered or other clinics' ones", async () => {
    const w = await createTwoClinicWorld(t.db());
    const tenDaysAgo = new Date(Date.now() - 10 * 86_400_000);
    const threeDaysAgo = new Date(Date.now() - 3 * 86_400_000);
    await ask(w.as.therapist, w.patientA.id, {}, tenDaysAgo);
    await ask(w.as.therapist, w.patientB.id, { timepoint: "follow-up" }, threeDaysAgo);
    await ask(w.as.otherTherapist, w.otherPatient.id, {}, tenDaysAgo);
    const overdue = await listOverdueRequests(w.as.therapist);
    expect(overdue).toMatchObject({ total: 2, capped: false, page: 1, pageCount: 1, hasNext: false });
    expect(overdue.rows.map((r) => [r.patientName, r.timepoint, r.daysLate])).toEqual([
      ["Alex Home", "baseline", 10],
      ["Blair Home", "follow-up", 3],
    ]);
    expect((await listOverdueRequests(w.as.otherTherapist)).rows.map((r) => r.patientName)).toEqual(["Casey Other"]);
    expect((await getPatientOutcomes(w.as.therapist, w.patientA.id)).open?.overdue).toBe(true);

    const [blairRequest] = await listMyOpenRequests(w.as.patientB);
    await submit(w.as.patientB, blairRequest?.id, BASELINE);
    expect((await listOverdueRequests(w.as.therapist, { page: 7 })).rows.map((r) => r.patientName)).toEqual(["Alex Home"]);
  });
});

describe("forbidden paths answer 404 and change nothing", () => {
  it("another clinic's therapist cannot request, cancel or list for a patient of this clinic", async () => {
    const w = await createTwoClinicWorld(t.db());
    await expect(ask(w.as.otherTherapist, w.patientA.id)).rejects.toThrow(NOT_FOUND);
    const request = await ask(w.as.therapist, w.patientA.id);
    await expect(cancel(w.as.otherTherapist, request.id)).rejects.toThrow(NOT_FOUND);
    await expect(getPatientOutcomes(w.as.otherTherapist, w.patientA.id)).rejects.toThrow(NOT_FOUND);
    await expect(cancel(w.as.therapist, "not-a-uuid")).rejects.toThrow(NOT_FOUND);
    expect(await requestRow(request.id)).toMatchObject({ status: "open", cancelledBy: null });
    expect((await listOverdueRequests(w.as.otherTherapist)).total).toBe(0);
  });

  it("patient B cannot open, draft or answer patient A's request; another clinic's patient neither", async () => {
    const w = await createTwoClinicWorld(t.db());
    const request = await ask(w.as.therapist, w.patientA.id);
    for (const stranger of [w.as.patientB, w.as.otherPatient]) {
      await expect(getMyRequest(stranger, request.id)).rejects.toThrow(NOT_FOUND);
      await expect(draft(stranger, request.id, { limp: 0 })).rejects.toThrow(NOT_FOUND);
      await expect(submit(stranger, request.id, BASELINE)).rejects.toThrow(NOT_FOUND);
    }
    expect(await measuresOf(w.patientA.id)).toEqual([]);
    expect(await requestRow(request.id)).toMatchObject({ status: "open", draftAnswers: {} });
  });

  it("a patient cannot request or cancel, and staff cannot answer", async () => {
    const w = await createTwoClinicWorld(t.db());
    await expect(ask(w.as.patientA, w.patientA.id)).rejects.toThrow(NOT_FOUND);
    const request = await ask(w.as.therapist, w.patientA.id);
    await expect(cancel(w.as.patientA, request.id)).rejects.toThrow(NOT_FOUND);
    await expect(getPatientOutcomes(w.as.patientA, w.patientA.id)).rejects.toThrow(NOT_FOUND);
    await expect(listOverdueRequests(w.as.patientA)).rejects.toThrow(NOT_FOUND);
    await expect(submit(w.as.therapist, request.id, BASELINE)).rejects.toThrow(NOT_FOUND);
    await expect(listMyScores(w.as.therapist)).rejects.toThrow(NOT_FOUND);
    expect(await t.db().select().from(outcomeRequests).where(and(eq(outcomeRequests.patientId, w.patientA.id)))).toHaveLength(1);
    expect(await measuresOf(w.patientA.id)).toEqual([]);
  });
});

it("AKPS_ITEMS has 13 items, so the baseline answer set is complete", () => {
  expect(Object.keys(BASELINE).sort()).toEqual(AKPS_ITEMS.map((i) => i.key).sort());
});
