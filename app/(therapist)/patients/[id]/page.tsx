import type { Metadata } from "next";
import { InvitePanel } from "@/components/patients/invite-panel";
import { ProtocolSummary } from "@/components/protocols/protocol-summary";
import { PatientReview } from "@/components/review/patient-review";
import { RecordHeader } from "@/components/patients/record-header";
import { Alert } from "@/components/ui/alert";
import { Card } from "@/components/ui/card";
import { can } from "@/lib/auth/permissions";
import { requirePermission } from "@/lib/auth/session";
import { AGGRAVATING_ACTIVITIES, RISK_FACTORS } from "@/lib/clinical/intake";
import { getPendingInvite } from "@/lib/dal/invites";
import { getPatientRecord } from "@/lib/dal/patient-record";
import { formatDate } from "@/lib/format";
import { archivePatient, createPortalInvite, unarchivePatient } from "../actions";

export const metadata: Metadata = { title: "Patient record" };

const SAVED: Record<string, string> = { created: "Patient added.", updated: "Changes saved." };
const labelsFor = (keys: readonly string[], options: readonly { key: string; label: string }[]) => options.filter((o) => keys.includes(o.key)).map((o) => o.label);

export default async function PatientRecordPage({ params, searchParams }: PageProps<"/patients/[id]">) {
  const caller = await requirePermission("read:patient:clinic");
  const [{ id }, query] = await Promise.all([params, searchParams]);
  const patient = await getPatientRecord(caller, id);
  const pendingInvite = patient.portal ? null : await getPendingInvite(caller, patient.id);
  const saved = typeof query.saved === "string" ? SAVED[query.saved] : undefined;
  const risks = labelsFor(patient.riskFactors, RISK_FACTORS);
  const activities = labelsFor(patient.aggravatingActivities, AGGRAVATING_ACTIVITIES);

  return (
    <div className="space-y-6">
      {saved ? <Alert tone="success">{saved}</Alert> : null}
      <RecordHeader patient={patient} archive={archivePatient} unarchive={unarchivePatient} />

      <div className="grid gap-6 lg:grid-cols-3">
        <div className="space-y-6 lg:col-span-2">
          <ProtocolSummary caller={caller} patientId={patient.id} />
          <Card title="Intake">
            <dl className="grid gap-4 text-sm sm:grid-cols-2">
              <div>
                <dt className="font-medium text-slate-700">Onset</dt>
                <dd className="text-slate-900">{patient.onsetDate ? formatDate(patient.onsetDate) : "Not recorded"}</dd>
              </div>
              <div>
                <dt className="font-medium text-slate-700">Aggravating activities</dt>
                <dd className="text-slate-900">{activities.length ? activities.join(", ") : "None recorded"}</dd>
              </div>
              <div className="sm:col-span-2">
                <dt className="font-medium text-slate-700">Risk factors noted</dt>
                <dd className="text-slate-900">{risks.length ? risks.join("; ") : "None recorded"}</dd>
              </div>
              <div className="sm:col-span-2">
                <dt className="font-medium text-slate-700">Notes</dt>
                <dd className="whitespace-pre-wrap text-slate-900">{patient.notes ?? "No notes"}</dd>
              </div>
            </dl>
          </Card>
          <PatientReview caller={caller} patientId={patient.id} searchParams={query} />
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
              <p className="text-sm text-slate-800">
                Portal account active: <span className="break-all font-medium">{patient.portal.email}</span>
                {patient.portal.disabled ? " (disabled)" : ""}
              </p>
            ) : (
              <InvitePanel
                patientId={patient.id}
                action={createPortalInvite}
                canInvite={can(caller.role, "invite:patient:clinic") && !patient.archivedAt}
                pending={pendingInvite ? { createdAt: pendingInvite.createdAt.toISOString(), expiresAt: pendingInvite.expiresAt.toISOString() } : null}
              />
            )}
          </Card>
        </div>
      </div>
    </div>
  );
}
