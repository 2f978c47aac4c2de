import type { Metadata } from "next";
import { headers } from "next/headers";
import Link from "next/link";
import { OpenFlagList } from "@/components/flags/announced-list";
import { PageLinks } from "@/components/flags/page-links";
import { SuggestionQueue } from "@/components/suggestions/suggestion-queue";
import { RecentLogs } from "@/components/triage/recent-logs";
import { ScopeToggle } from "@/components/triage/scope-toggle";
import { Card, Stat } from "@/components/ui/card";
import { requirePermission } from "@/lib/auth/session";
import { auditListRead } from "@/lib/dal/audit";
import { getClinicOverview } from "@/lib/dal/clinic-overview";
import { listFlagQueue } from "@/lib/dal/flags";
import { listSuggestionQueue } from "@/lib/dal/suggestion-reads";
import { listRecentLogs, runLapseCheck } from "@/lib/dal/triage";
import { formatTotal } from "@/lib/format";
import { clientIp } from "@/lib/request-ip";
import { dashboardHref, parseDashboardParams } from "@/lib/validation/dashboard-params";
import { reviewFlag } from "./actions";
import { OverdueQuestionnaires } from "@/components/outcomes/overdue-questionnaires";
import { listOverdueRequests } from "@/lib/dal/outcome-requests";
import { overduePageHref, parseOverduePage } from "@/lib/validation/overdue-params";

export const metadata: Metadata = { title: "Dashboard" };

export default async function DashboardPage({ searchParams }: PageProps<"/dashboard">) {
  const caller = await requirePermission("read:patient:clinic");
  const query = await searchParams;
  const { scope, page, suggestionPage } = parseDashboardParams(query, caller.role);
  const overduePage = parseOverduePage(query);
  // The lapse check first: the flags it raises belong in this load's queue. Then every card at once.
  await runLapseCheck(caller);
  const [overview, queue, recent, suggestionQueue, overdue] = await Promise.all([
    getClinicOverview(caller),
    listFlagQueue(caller, { scope, page }),
    listRecentLogs(caller, { scope, limit: 10 }),
    listSuggestionQueue(caller, { scope, page: suggestionPage }),
    listOverdueRequests(caller, { page: overduePage }),
  ]);
  await auditListRead(caller, { list: "dashboard", ip: clientIp(await headers()), detail: { scope, page, suggestionPage, overduePage } });
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
        <Stat label="My patients" value={formatTotal(overview.myPatients)} hint="Active, with you as primary therapist" />
        <Stat label="Active patients" value={formatTotal(overview.activePatients)} hint="Whole clinic, not archived" />
        <Stat label="Active protocols" value={formatTotal(overview.activeProtocols)} />
        <Stat label="Pain logs, last 7 days" value={formatTotal(overview.logsLast7Days)} />
      </dl>

      <div className="grid gap-6 xl:grid-cols-5">
        <Card title={`Triage: ${formatTotal(queue)} open ${queue.total === 1 && !queue.capped ? "flag" : "flags"}`} className="xl:col-span-3">
          <p className="mb-3 text-sm text-slate-600">
            Open flags for {whose}, most urgent and oldest first. A flag stays here until someone reviews it, even if later logs
            are calm. Each asks for your review; it is not a diagnosis, and the patient does not see it.
          </p>
          <OpenFlagList
            flags={queue.rows}
            action={reviewFlag}
            showPatient
            label="Open flags, most urgent first"
            empty={
              <>
                <p className="font-medium">No open flags for {whose}.</p>
                {scope === "mine" ? (
                  <p className="mt-1">
                    <Link href={dashboardHref({ scope: "all", page: 1 })} className="text-brand-800 underline underline-offset-2">
                      Check all patients of the clinic
                    </Link>
                  </p>
                ) : null}
              </>
            }
          />
          <PageLinks page={queue.page} pageCount={queue.pageCount} hasNext={queue.hasNext} href={(p) => dashboardHref({ scope, page: p, suggestionPage })} label="Flag pages" />
        </Card>
        <Card title={`Overdue questionnaires: ${formatTotal(overdue)}`} className="xl:col-span-3">
          <OverdueQuestionnaires {...overdue} pageHref={(p) => overduePageHref(query, p)} />
        </Card>
        <div className="space-y-6 xl:col-span-2">
          <Card title={`Suggestions to decide: ${formatTotal(suggestionQueue)}`}>
            <SuggestionQueue rows={suggestionQueue.rows} timeZone={caller.timeZone} />
            <PageLinks page={suggestionQueue.page} pageCount={suggestionQueue.pageCount} hasNext={suggestionQueue.hasNext} href={(p) => dashboardHref({ scope, page, suggestionPage: p })} label="Suggestion pages" />
          </Card>
          <Card title="Recent logs">
            <RecentLogs logs={recent} />
          </Card>
        </div>
      </div>
    </div>
  );
}
