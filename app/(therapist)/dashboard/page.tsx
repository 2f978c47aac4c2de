import type { Metadata } from "next";
import { Card, Stat } from "@/components/ui/card";
import { requirePermission } from "@/lib/auth/session";
import { getClinicOverview } from "@/lib/dal/clinic-overview";

export const metadata: Metadata = { title: "Dashboard" };

export default async function DashboardPage() {
  const caller = await requirePermission("read:patient:clinic");
  const overview = await getClinicOverview(caller);
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-semibold text-slate-900">Good to see you, {caller.name.split(" ")[0]}</h1>
        <p className="mt-1 text-slate-600">{overview.clinicName} at a glance.</p>
      </div>
      <dl className="grid grid-cols-2 gap-4 lg:grid-cols-4">
        <Stat label="My patients" value={overview.myPatients} hint="Active, with you as primary therapist" />
        <Stat label="Active patients" value={overview.activePatients} hint="Whole clinic, not archived" />
        <Stat label="Active protocols" value={overview.activeProtocols} />
        <Stat label="Pain logs, last 7 days" value={overview.logsLast7Days} />
      </dl>
      <Card title="Triage">
        <p className="text-sm text-slate-600">
          Flags from patients&apos; pain logs and suggestions awaiting your review will appear here.
        </p>
      </Card>
    </div>
  );
}
