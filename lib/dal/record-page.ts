import "server-only";
import type { Caller } from "@/lib/auth/caller";
import type { ReviewParams } from "@/lib/validation/review-params";
import type { ReadContext } from "./audit";
import { listPatientFlags } from "./flags";
import { getPendingInvite } from "./invites";
import { getPatientOutcomes } from "./outcome-requests";
import { getPatientRecord } from "./patient-record";
import { getPatientReview, listPatientLogs } from "./patient-review";
import { getPatientTimeline } from "./patient-timeline";
import { getPatientProtocols } from "./protocols";
import { refreshRunStageOnLoad } from "./run-stage-evaluation";
import { patientRunSummary } from "./runs";
import { getPatientSuggestions } from "./suggestion-reads";
import { runLapseCheck } from "./triage";

/**
 * Everything the record page (/patients/[id]) shows, loaded the way the page needs it, so the
 * statements one request costs can be counted in a test (record-page.test.ts).
 */
export async function loadRecordPage(caller: Caller, id: unknown, { ip, review }: ReadContext & { review: ReviewParams }) {
  // The request's one audit row; the sections below (flags, protocol, review, runs) read without auditing.
  const patient = await getPatientRecord(caller, id, { ip });
  await runLapseCheck(caller, { patientId: patient.id });
  await refreshRunStageOnLoad(caller, patient.id);
  // Runs the dose rule in its own transaction first (time moves its window), so not beside the reads below.
  const suggestions = await getPatientSuggestions(caller, patient.id);
  const [flags, running, protocols, reviewData, logs, timeline, outcomes] = await Promise.all([
    listPatientFlags(caller, patient.id),
    patientRunSummary(caller, patient.id),
    getPatientProtocols(caller, patient.id),
    getPatientReview(caller, patient.id, { range: review.chart }),
    listPatientLogs(caller, patient.id, review.log),
    getPatientTimeline(caller, patient.id, { range: review.chart }),
    getPatientOutcomes(caller, patient.id),
  ]);
  const pendingInvite = patient.portal ? null : await getPendingInvite(caller, patient.id);
  return { patient, suggestions, flags, running, protocols, review: reviewData, logs, timeline, outcomes, pendingInvite };
}
