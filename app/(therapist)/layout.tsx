import { redirect } from "next/navigation";
import type { ReactNode } from "react";
import { StaffShell } from "@/components/shell/staff-shell";
import { isStaff } from "@/lib/auth/permissions";
import { requireUser } from "@/lib/auth/session";
import { getOwnClinic } from "@/lib/dal/clinics";

// The real portal check (proxy.ts only redirects optimistically); each DAL call checks again.
export default async function StaffLayout({ children }: { children: ReactNode }) {
  const caller = await requireUser();
  if (!isStaff(caller.role)) redirect("/my");
  const clinic = await getOwnClinic(caller);
  return (
    <StaffShell caller={caller} clinicName={clinic.name}>
      {children}
    </StaffShell>
  );
}
