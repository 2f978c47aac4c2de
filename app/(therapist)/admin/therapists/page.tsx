import type { Metadata } from "next";
import { StaffInviteForm } from "@/components/admin/staff-invite-form";
import { StaffTable, type StaffRow } from "@/components/admin/staff-table";
import { Card } from "@/components/ui/card";
import { requirePermission } from "@/lib/auth/session";
import { listStaff } from "@/lib/dal/staff";
import { formatDateTime } from "@/lib/format";
import { changeRole, createStaffReset, inviteStaff, setStaffStatus } from "./actions";

export const metadata: Metadata = { title: "Staff" };

export default async function StaffPage() {
  // Therapists and patients get the same 404 as a page that does not exist.
  const caller = await requirePermission("manage:staff:clinic");
  const { members, invites } = await listStaff(caller);
  const now = new Date();
  const at = (d: Date) => formatDateTime(d, caller.timeZone);
  const rows: StaffRow[] = [
    ...members.map((m) => ({ kind: "member" as const, id: m.id, name: m.name, email: m.email, role: m.role, disabled: Boolean(m.disabledAt), lastSignIn: m.lastLoginAt ? at(m.lastLoginAt) : null })),
    ...invites.map((i) => ({ kind: "invite" as const, id: i.id, name: i.name, email: i.email, role: i.role, expired: i.expiresAt <= now, expires: at(i.expiresAt) })),
  ];
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-semibold text-slate-900">Staff</h1>
        <p className="mt-1 text-slate-600">Who can sign in to the clinic side of Stride. Times are in the clinic&apos;s time zone ({caller.timeZone}).</p>
      </div>
      <StaffTable rows={rows} actions={{ changeRole, setStatus: setStaffStatus, createReset: createStaffReset }} />
      <Card title="Invite staff">
        <p className="mb-4 text-sm text-slate-600">
          Stride sends no email: create a single-use link, copy it, and send it yourself. It works for 7 days; the new person chooses their own password.
        </p>
        <StaffInviteForm action={inviteStaff} timeZone={caller.timeZone} />
      </Card>
    </div>
  );
}
