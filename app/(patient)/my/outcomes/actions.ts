"use server";

import { authedAction } from "@/lib/auth/authed-action";
import { saveMyDraft, submitMyAnswers } from "@/lib/dal/my-outcomes";
import { AKPS_ITEMS } from "@/lib/clinical/akps";
import { akpsAnswersSchema } from "@/lib/validation/akps";

const PAGES = ["/my", "/my/outcomes"];

/** "Save and finish later": keeps the answers given so far on the request. The patient is the signed-in one. */
export const saveAkpsDraft = authedAction(akpsAnswersSchema, "write:outcome:own", async ({ input, caller, tx }) => {
  const saved = await saveMyDraft(caller, tx, input.requestId, input.answers);
  return {
    audit: { action: "outcome.draft-saved", entity: "outcome-request", entityId: saved.requestId, patientId: saved.patientId, detail: { answered: saved.answered } },
    revalidate: [...PAGES, `/my/outcomes/${saved.requestId}`],
    message: `Saved: ${saved.answered} of ${AKPS_ITEMS.length} answered. You can come back and finish later.`,
  };
});

/** Sends the answers: scored and stored in one transaction, then the score history. */
export const submitAkps = authedAction(akpsAnswersSchema, "write:outcome:own", async ({ input, caller, tx }) => {
  const sent = await submitMyAnswers(caller, tx, input.requestId, input.answers);
  return {
    audit: { action: "outcome.submitted", entity: "outcome-measure", entityId: sent.measureId, patientId: sent.patientId, detail: { requestId: sent.requestId, score: sent.score } },
    revalidate: [...PAGES, `/my/outcomes/${sent.requestId}`],
    redirectTo: "/my/outcomes?sent=1",
  };
});
