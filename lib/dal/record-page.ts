import "server-only";
import { getDb } from "@/db/client";
import type { Caller } from "@/lib/auth/caller";
import type { ReviewParams } from "@/lib/validation/review-params";
import type { ReadContext } from "./audit";
import { listPatientFlags } from "./flags";
import { getPendingInvite } from "./invites";
import { getPatientOutcomes } from "./outcome-requests";
import { judgePlanOnLoad } from "./pain-log-evidence";
import { getPatientRecord } from "./patient-record";
import { getPatientReview, listPatientLogs } from "./patient-review";
import { getPatientTimeline } from "./patient-timeline";
import { getPatientProtocols } from "./protocols";
import { patientRunSummary } from "./runs";
import { getPatientSuggestions } from "./suggestion-reads";
import { runLapseCheck } from "./triage";
import { loadProtocolVersions } from "./versions-in-force";

/**
 * Everything the record page (/patients/[id]) shows, in one request's reads, so what a request
 * costs can be counted in a test (record-page.test.ts). Each row is read once: the patient row
 * (read with the request's one audit row) is handed to every section, which then does not read
 * it again (lib/dal/protocols.ts rememberScoped), and the protocol versions are read once for
 * the timeline and the review.
 */
export async function loadRecordPage(caller: Caller, id: unknown, { ip, review }: ReadContext & { review: ReviewParams }, now: Date = new Date()) {
  // The request's one audit row; the sections below (flags, protocol, review, runs) read without auditing.
  const patient = await getPatientRecord(caller, id, { ip });
  await runLapseCheck(caller, { patientId: patient.id, now });
  // Time moves the dose and walk-run rules' windows: both run before the suggestions are read.
  await judgePlanOnLoad(caller, patient, now);
  const plans = await loadProtocolVersions(caller, await getDb(), patient.id, { detail: true });
  const [suggestions, flags, running, protocols, reviewData, logs, timeline, outcomes] = await Promise.all([
    getPatientSuggestions(caller, patient, { now, evaluate: false }),
    listPatientFlags(caller, patient),
    patientRunSummary(caller, patient, { now }),
    getPatientProtocols(caller, patient),
    getPatientReview(caller, patient, { range: review.chart, plans }),
    listPatientLogs(caller, patient, review.log),
    getPatientTimeline(caller, patient, { range: review.chart, plans }),
    getPatientOutcomes(caller, patient, now),
  ]);
  const pendingInvite = patient.portal ? null : await getPendingInvite(caller, patient.id, now);
  return { patient, suggestions, flags, running, protocols, review: reviewData, logs, timeline, outcomes, pendingInvite };
}
