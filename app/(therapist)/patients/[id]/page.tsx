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
import { formatDate } from "@/lib/format";
import { loadRecordPage } from "@/lib/dal/record-page";
import { clientIp } from "@/lib/request-ip";
import { parseReviewParams } from "@/lib/validation/review-params";
import { reviewFlag } from "../../dashboard/actions";
import { archivePatient, createPortalInvite, resetPortalAccess, unarchivePatient } from "../actions";
import { reviewAllFlags } from "./flag-actions";
import { approveSuggestionAction, dismissSuggestionAction } from "./suggestion-actions";
import { endProtocolAction } from "./protocol/actions";
import { OutcomesCard } from "@/components/outcomes/outcomes-card";
import { cancelAkpsAction, requestAkpsAction } from "./outcome-actions";

export const metadata: Metadata = { title: "Patient record" };

const SAVED: Record<string, string> = { created: "Patient added.", updated: "Changes saved." };

export default async function PatientRecordPage({ params, searchParams }: PageProps<"/patients/[id]">) {
  const caller = await requirePermission("read:patient:clinic");
  const [{ id }, query] = await Promise.all([params, searchParams]);
  const reviewState = parseReviewParams(query);
  const { patient, suggestions, flags, running, protocols, review, logs, timeline, outcomes, pendingInvite } = await loadRecordPage(caller, id, {
    ip: clientIp(await headers()),
    review: reviewState,
  });
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
