import type { Metadata } from "next";
import Link from "next/link";
import { z } from "zod";
import { RecentLogs } from "@/components/triage/recent-logs";
import { ScopeToggle } from "@/components/triage/scope-toggle";
import { TriageQueue } from "@/components/triage/triage-queue";
import { Card, Stat } from "@/components/ui/card";
import { requirePermission } from "@/lib/auth/session";
import { getClinicOverview } from "@/lib/dal/clinic-overview";
import { listRecentLogs, listTriageFlags } from "@/lib/dal/triage";
import { reviewFlag } from "./actions";

export const metadata: Metadata = { title: "Dashboard" };

const scopeParam = z.preprocess((v) => (Array.isArray(v) ? v[0] : v), z.enum(["mine", "all"]).catch("mine")).default("mine");

export default async function DashboardPage({ searchParams }: PageProps<"/dashboard">) {
  const caller = await requirePermission("read:patient:clinic");
  const scope = scopeParam.parse((await searchParams).scope);
  const [overview, flags, recent] = await Promise.all([
    getClinicOverview(caller),
    listTriageFlags(caller, { scope }),
    listRecentLogs(caller, { scope, limit: 10 }),
  ]);
  const whose = scope === "mine" ? "your patients" : "the clinic's patients";

  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-end justify-between gap-4">
        <div>
          <h1 className="text-2xl font-semibold text-slate-900">Good to see you, {caller.name.split(" ")[0]}</h1>
          <p className="mt-1 text-slate-600">{overview.clinicName} at a glance.</p>
        </div>
        <ScopeToggle scope={scope} />
      </div>
      <dl className="grid grid-cols-2 gap-4 lg:grid-cols-4">
        <Stat label="My patients" value={overview.myPatients} hint="Active, with you as primary therapist" />
        <Stat label="Active patients" value={overview.activePatients} hint="Whole clinic, not archived" />
        <Stat label="Active protocols" value={overview.activeProtocols} />
        <Stat label="Pain logs, last 7 days" value={overview.logsLast7Days} />
      </dl>

      <div className="grid gap-6 xl:grid-cols-5">
        <Card title={`Triage: ${flags.length} ${flags.length === 1 ? "flag" : "flags"} to review`} className="xl:col-span-3">
          <p className="mb-3 text-sm text-slate-600">
            Flags for {whose} from their pain logs, most urgent first. Each one asks for your review; it is not a diagnosis, and the
            patient does not see it.
          </p>
          <TriageQueue
            flags={flags}
            action={reviewFlag}
            empty={
              <>
                <p className="font-medium">All is well: no flags need review for {whose}.</p>
                {scope === "mine" ? (
                  <p className="mt-1">
                    <Link href="/dashboard?scope=all" className="text-brand-800 underline underline-offset-2">
                      Check all patients of the clinic
                    </Link>
                  </p>
                ) : null}
              </>
            }
          />
        </Card>
        <Card title="Recent logs" className="xl:col-span-2">
          <RecentLogs logs={recent} />
        </Card>
      </div>
    </div>
  );
}
