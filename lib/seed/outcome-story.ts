import type { DbOrTx } from "@/db/client";
import { outcomeMeasures, outcomeRequests } from "@/db/schema";
import { scoreAkps, type AkpsAnswers } from "@/lib/clinical/akps";
import { addDays } from "@/lib/dates";

/**
 * The demo's AKPS story (issue 11): Sam answered a baseline at the start of care (58) and the
 * week-5 follow-up a week ago (76), an 18-point rise, past the 10-point meaningful change; Jordan
 * has a baseline due today, still to answer on /my. Scores come from the real scoring of
 * plausible answers (option indexes into AKPS_ITEMS), never typed in.
 */
export const SAM_BASELINE_ANSWERS: AkpsAnswers = {
  limp: 0, support: 0, walking: 2, stairs: 2, squatting: 2, running: 3, jumping: 2,
  "prolonged-sitting": 2, pain: 3, swelling: 2, "kneecap-movements": 0, "thigh-atrophy": 1, "flexion-deficiency": 0,
};
export const SAM_WEEK5_ANSWERS: AkpsAnswers = {
  limp: 0, support: 0, walking: 2, stairs: 1, squatting: 2, running: 2, jumping: 1,
  "prolonged-sitting": 2, pain: 1, swelling: 1, "kneecap-movements": 0, "thigh-atrophy": 1, "flexion-deficiency": 0,
};

type Story = {
  clinicId: string;
  today: string;
  sam: { patientId: string; therapistId: string; userId: string | null; startOfCare: string };
  jordan: { patientId: string; therapistId: string };
};

async function answered(db: DbOrTx, clinicId: string, p: Story["sam"], timepoint: "baseline" | "follow-up", on: string, answers: AkpsAnswers) {
  const [request] = await db
    .insert(outcomeRequests)
    .values({
      clinicId, patientId: p.patientId, instrument: "akps", timepoint, dueOn: on, status: "completed", draftAnswers: answers,
      requestedBy: p.therapistId, requestedAt: new Date(`${addDays(on, -3)}T09:00:00`), completedAt: new Date(`${on}T19:30:00`),
    })
    .returning({ id: outcomeRequests.id });
  if (!request) throw new Error("demo AKPS request not written");
  await db.insert(outcomeMeasures).values({
    clinicId, patientId: p.patientId, instrument: "akps", answers, score: scoreAkps(answers), measuredOn: on, requestId: request.id, timepoint, recordedBy: p.userId,
  });
}

export async function seedOutcomeStory(db: DbOrTx, { clinicId, today, sam, jordan }: Story): Promise<void> {
  await answered(db, clinicId, sam, "baseline", sam.startOfCare, SAM_BASELINE_ANSWERS);
  // Week 5 after the baseline: the middle of the weeks 4-6 window (docs/clinical/akps.md).
  await answered(db, clinicId, sam, "follow-up", addDays(sam.startOfCare, 35), SAM_WEEK5_ANSWERS);
  await db.insert(outcomeRequests).values({
    clinicId, patientId: jordan.patientId, instrument: "akps", timepoint: "baseline", dueOn: today, requestedBy: jordan.therapistId, requestedAt: new Date(`${addDays(today, -1)}T10:00:00`),
  });
}
