import type { Metadata } from "next";
import { headers } from "next/headers";
import { PatientFlagPanel } from "@/components/flags/patient-flag-panel";
import { RunsCard } from "@/components/runs/runs-card";
import { IntakeCard } from "@/components/patients/intake-card";
import { InvitePanel, PortalResetPanel } from "@/components/patients/invite-panel";
import { ProtocolSummary } from "@/components/protocols/protocol-summary";
import { PatientReview } from "@/components/review/patient-review";
import { PatientTimeline } from "@/components/timeline/patient-timeline";
import { RecordHeader } from "@/components/patients/record-header";
import { SuggestionsCard } from "@/components/suggestions/suggestions-card";
import { Alert } from "@/components/ui/alert";
import { Card } from "@/components/ui/card";
import { can } from "@/lib/auth/permissions";
import { requirePermission } from "@/lib/auth/session";
import { getPendingInvite } from "@/lib/dal/invites";
import { getPatientRecord } from "@/lib/dal/patient-record";
import { formatDate } from "@/lib/format";
import { clientIp } from "@/lib/request-ip";
import { listPatientFlags } from "@/lib/dal/flags";
import { getPatientReview, listPatientLogs } from "@/lib/dal/patient-review";
import { getPatientTimeline } from "@/lib/dal/patient-timeline";
import { getPatientProtocols } from "@/lib/dal/protocols";
import { parseReviewParams } from "@/lib/validation/review-params";
import { patientRunSummary } from "@/lib/dal/runs";
import { runLapseCheck } from "@/lib/dal/triage";
import { refreshRunStageOnLoad } from "@/lib/dal/run-stage-evaluation";
import { getPatientSuggestions } from "@/lib/dal/suggestion-reads";
import { reviewFlag } from "../../dashboard/actions";
import { archivePatient, createPortalInvite, resetPortalAccess, unarchivePatient } from "../actions";
import { reviewAllFlags } from "./flag-actions";
import { approveSuggestionAction, dismissSuggestionAction } from "./suggestion-actions";
import { endProtocolAction } from "./protocol/actions";
import { OutcomesCard } from "@/components/outcomes/outcomes-card";
import { getPatientOutcomes } from "@/lib/dal/outcome-requests";
import { cancelAkpsAction, requestAkpsAction } from "./outcome-actions";

export const metadata: Metadata = { title: "Patient record" };

const SAVED: Record<string, string> = { created: "Patient added.", updated: "Changes saved." };

export default async function PatientRecordPage({ params, searchParams }: PageProps<"/patients/[id]">) {
  const caller = await requirePermission("read:patient:clinic");
  const [{ id }, query] = await Promise.all([params, searchParams]);
  // The request's one audit row; the sections below (flags, protocol, review, runs) read without auditing.
  const patient = await getPatientRecord(caller, id, { ip: clientIp(await headers()) });
  await runLapseCheck(caller, { patientId: patient.id });
  await refreshRunStageOnLoad(caller, patient.id);
  const reviewState = parseReviewParams(query);
  // Runs the dose rule in its own transaction first (time moves its window), so not beside the reads below.
  const suggestions = await getPatientSuggestions(caller, patient.id);
  const [flags, running, protocols, review, logs, timeline, outcomes] = await Promise.all([
    listPatientFlags(caller, patient.id),
    patientRunSummary(caller, patient.id),
    getPatientProtocols(caller, patient.id),
    getPatientReview(caller, patient.id, { range: reviewState.chart }),
    listPatientLogs(caller, patient.id, reviewState.log),
    getPatientTimeline(caller, patient.id, { range: reviewState.chart }),
    getPatientOutcomes(caller, patient.id),
  ]);
  const pendingInvite = patient.portal ? null : await getPendingInvite(caller, patient.id);
  const saved = typeof query.saved === "string" ? SAVED[query.saved] : undefined;

  return (
    <div className="space-y-6">
      {saved ? <Alert tone="success">{saved}</Alert> : null}
      <RecordHeader patient={patient} archive={archivePatient} unarchive={unarchivePatient} />

      <div className="grid gap-6 lg:grid-cols-3">
        <div className="min-w-0 space-y-6 lg:col-span-2">
          <PatientFlagPanel patientId={patient.id} open={flags.open} reviewed={flags.reviewed} reviewOne={reviewFlag} reviewAll={reviewAllFlags} timeZone={caller.timeZone} />
          <ProtocolSummary protocols={protocols} endProtocol={endProtocolAction} timeZone={caller.timeZone} />
          <SuggestionsCard suggestions={suggestions} approve={approveSuggestionAction} dismiss={dismissSuggestionAction} timeZone={caller.timeZone} />
          <IntakeCard
            onsetDate={patient.onsetDate}
            aggravatingActivities={patient.aggravatingActivities}
            findings={patient.riskFactors}
            intakeScreen={patient.intakeScreen}
            notes={patient.notes}
          />
          <PatientTimeline timeline={timeline} state={reviewState} searchParams={query} />
          <PatientReview review={review} logs={logs} state={reviewState} searchParams={query} />
          <RunsCard {...running} />
          <OutcomesCard
            outcomes={outcomes}
            canRequest={can(caller.role, "write:outcome:clinic") && !patient.archivedAt}
            hasPortal={Boolean(patient.portal)}
            request={requestAkpsAction}
            cancel={cancelAkpsAction}
          />
        </div>

        <div className="space-y-6">
          <Card title="Contact">
            <dl className="space-y-3 text-sm">
              <div>
                <dt className="font-medium text-slate-700">Date of birth</dt>
                <dd className="text-slate-900">{formatDate(patient.dateOfBirth)}</dd>
              </div>
              <div>
                <dt className="font-medium text-slate-700">Email</dt>
                <dd className="break-all text-slate-900">{patient.email ?? "Not recorded"}</dd>
              </div>
              <div>
                <dt className="font-medium text-slate-700">Phone</dt>
                <dd className="text-slate-900">{patient.phone ?? "Not recorded"}</dd>
              </div>
            </dl>
          </Card>
          <Card title="Patient portal">
            {patient.portal ? (
              <div className="space-y-3">
                <p className="text-sm text-slate-800">
                  Portal account active: <span className="break-all font-medium">{patient.portal.email}</span>
                  {patient.portal.disabled ? " (disabled)" : ""}
                </p>
                {can(caller.role, "invite:patient:clinic") && !patient.archivedAt && !patient.portal.disabled ? (
                  <PortalResetPanel patientId={patient.id} action={resetPortalAccess} timeZone={caller.timeZone} />
                ) : null}
              </div>
            ) : (
              <InvitePanel
                patientId={patient.id}
                action={createPortalInvite}
                canInvite={can(caller.role, "invite:patient:clinic") && !patient.archivedAt}
                timeZone={caller.timeZone}
                pending={pendingInvite ? { createdAt: pendingInvite.createdAt.toISOString(), expiresAt: pendingInvite.expiresAt.toISOString() } : null}
              />
            )}
          </Card>
        </div>
      </div>
    </div>
  );
}
