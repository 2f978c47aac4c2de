import { Pencil } from "lucide-react";
import Link from "next/link";
import { buttonBase, buttonStyles } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import { ConfirmAction } from "@/components/ui/confirm-action";
import type { ActionState } from "@/lib/auth/action-state";
import type { PatientRecord } from "@/lib/dal/patient-record";
import { ageFrom } from "@/lib/format";

type Action = (prev: ActionState, formData: FormData) => Promise<ActionState>;
const SIDE = { left: "Left knee", right: "Right knee", both: "Both knees" } as const;

export function RecordHeader({ patient, archive, unarchive }: { patient: PatientRecord; archive: Action; unarchive: Action }) {
  return (
    <div className="flex flex-wrap items-start justify-between gap-4">
      <div>
        <p className="text-sm">
          <Link href="/patients" className="text-brand-800 underline-offset-2 hover:underline">
            Patients
          </Link>
        </p>
        <h1 className="mt-1 flex flex-wrap items-center gap-3 text-2xl font-semibold text-slate-900">
          {patient.fullName}
          {patient.archivedAt ? <span className="rounded-full bg-slate-200 px-2.5 py-0.5 text-sm font-medium text-slate-800">Archived</span> : null}
        </h1>
        <p className="mt-1 text-slate-700">
          {ageFrom(patient.dateOfBirth)} years · {SIDE[patient.affectedSide]} · {patient.condition}
        </p>
        <p className="text-sm text-slate-600">Primary therapist: {patient.therapistName ?? "unassigned"}</p>
      </div>
      <div className="flex flex-wrap gap-2">
        <Link href={`/patients/${patient.id}/edit`} className={cn(buttonBase, buttonStyles.secondary)}>
          <Pencil aria-hidden className="size-4" /> Edit record
        </Link>
        {patient.archivedAt ? (
          <ConfirmAction
            action={unarchive}
            fields={{ patientId: patient.id }}
            trigger="Unarchive"
            title={`Unarchive ${patient.fullName}?`}
            description="They will appear in the active patient list again."
            confirmLabel="Unarchive patient"
            pendingLabel="Unarchiving…"
            variant="primary"
          />
        ) : (
          <ConfirmAction
            action={archive}
            fields={{ patientId: patient.id }}
            trigger="Archive"
            title={`Archive ${patient.fullName}?`}
            description={
              <p>
                They leave the active patient list. Nothing is deleted: the record, protocols and pain logs are kept, and you can
                unarchive them at any time.
              </p>
            }
            confirmLabel="Archive patient"
            pendingLabel="Archiving…"
          />
        )}
      </div>
    </div>
  );
}
