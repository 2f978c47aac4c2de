import type { Metadata } from "next";
import { PatientForm } from "@/components/patients/patient-form";
import { requirePermission } from "@/lib/auth/session";
import { listClinicTherapists } from "@/lib/dal/staff";
import { DEFAULT_CONDITION } from "@/lib/validation/patient";
import { createPatient } from "../actions";

export const metadata: Metadata = { title: "Add patient" };

export default async function NewPatientPage() {
  const caller = await requirePermission("write:patient:clinic");
  const therapists = await listClinicTherapists(caller);
  return (
    <div className="mx-auto max-w-3xl space-y-5">
      <h1 className="text-2xl font-semibold text-slate-900">Add patient</h1>
      <PatientForm
        action={createPatient}
        therapists={therapists}
        submitLabel="Save patient"
        cancelHref="/patients"
        initial={{
          fullName: "", dateOfBirth: "", email: "", phone: "", condition: DEFAULT_CONDITION, affectedSide: "right", onsetDate: "",
          riskFactors: [], intakeScreen: [], aggravatingActivities: [], notes: "", primaryTherapistId: therapists.some((t) => t.id === caller.userId) ? caller.userId : (therapists[0]?.id ?? ""),
        }}
      />
    </div>
  );
}
