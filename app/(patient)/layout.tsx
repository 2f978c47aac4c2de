import { redirect } from "next/navigation";
import type { ReactNode } from "react";
import { PatientShell } from "@/components/shell/patient-shell";
import { requireUser } from "@/lib/auth/session";
import { getOwnClinic } from "@/lib/dal/clinics";

export default async function PatientLayout({ children }: { children: ReactNode }) {
  const caller = await requireUser();
  if (caller.role !== "patient") redirect("/dashboard");
  const clinic = await getOwnClinic(caller);
  return (
    <PatientShell caller={caller} clinicName={clinic.name}>
      {children}
    </PatientShell>
  );
}
