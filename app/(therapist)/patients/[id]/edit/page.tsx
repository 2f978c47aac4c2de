import type { Metadata } from "next";
import { headers } from "next/headers";
import { PatientForm } from "@/components/patients/patient-form";
import { requirePermission } from "@/lib/auth/session";
import { getPatientForEdit } from "@/lib/dal/patient-record";
import { listClinicTherapists } from "@/lib/dal/staff";
import { clientIp } from "@/lib/request-ip";
import { updatePatient } from "../../actions";

export const metadata: Metadata = { title: "Edit patient" };

export default async function EditPatientPage({ params }: PageProps<"/patients/[id]/edit">) {
  const caller = await requirePermission("write:patient:clinic");
  const { id } = await params;
  // Opening the form shows the whole record: audited like the record page (one row).
  const patient = await getPatientForEdit(caller, id, { ip: clientIp(await headers()) });
  const therapists = await listClinicTherapists(caller);
  return (
    <div className="mx-auto max-w-3xl space-y-5">
      <h1 className="text-2xl font-semibold text-slate-900">Edit {patient.fullName}</h1>
      <PatientForm
        action={updatePatient}
        therapists={therapists}
        patientId={patient.id}
        submitLabel="Save changes"
        cancelHref={`/patients/${patient.id}`}
        initial={{
          fullName: patient.fullName, dateOfBirth: patient.dateOfBirth, email: patient.email ?? "", phone: patient.phone ?? "", condition: patient.condition,
          affectedSide: patient.affectedSide, onsetDate: patient.onsetDate ?? "", riskFactors: patient.riskFactors, intakeScreen: patient.intakeScreen, aggravatingActivities: patient.aggravatingActivities,
          notes: patient.notes ?? "", primaryTherapistId: patient.primaryTherapistId ?? "",
        }}
      />
    </div>
  );
}
