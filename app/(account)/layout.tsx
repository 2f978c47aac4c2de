import type { ReactNode } from "react";
import { PatientShell } from "@/components/shell/patient-shell";
import { StaffShell } from "@/components/shell/staff-shell";
import { isStaff } from "@/lib/auth/permissions";
import { requireUser } from "@/lib/auth/session";
import { getOwnClinic } from "@/lib/dal/clinics";

/** Pages for every signed-in person (/account), inside the shell of their own portal. */
export default async function AccountLayout({ children }: { children: ReactNode }) {
  const caller = await requireUser();
  const clinic = await getOwnClinic(caller);
  const Shell = isStaff(caller.role) ? StaffShell : PatientShell;
  return (
    <Shell caller={caller} clinicName={clinic.name}>
      {children}
    </Shell>
  );
}
