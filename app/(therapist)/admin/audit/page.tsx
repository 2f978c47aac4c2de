import { Download } from "lucide-react";
import type { Metadata } from "next";
import { AuditFilterForm } from "@/components/admin/audit-filter-form";
import { AuditTable, type AuditTableRow } from "@/components/admin/audit-table";
import { buttonBase, buttonStyles } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import { requirePermission } from "@/lib/auth/session";
import { actionLabel, AUDIT_EXPORT_LIMIT, getAuditFilterOptions, listAuditLog } from "@/lib/dal/audit-log";
import { formatDateTime } from "@/lib/format";
import { auditExportHref, parseAuditFilters } from "@/lib/validation/audit-filters";

export const metadata: Metadata = { title: "Audit log" };

const ROLE = { admin: "admin", therapist: "therapist", patient: "patient" } as const;

/** The clinic's audit log (admins only; everyone else gets the same 404 as a missing page). */
export default async function AuditLogPage({ searchParams }: PageProps<"/admin/audit">) {
  const caller = await requirePermission("read:audit:clinic");
  const filters = parseAuditFilters(await searchParams);
  const [log, options] = await Promise.all([listAuditLog(caller, filters), getAuditFilterOptions(caller)]);

  const rows: AuditTableRow[] = log.rows.map((r) => ({
    id: String(r.id), at: r.at.toISOString(), when: formatDateTime(r.at, caller.timeZone), person: r.actorName, role: r.actorRole,
    action: r.action, actionLabel: r.actionLabel, patientId: r.patientId, patientName: r.patientName, ip: r.ip,
  }));
  const actions = options.actions.some((a) => a.value === filters.action) || !filters.action
    ? options.actions
    : [...options.actions, { value: filters.action, label: actionLabel(filters.action) }];

  return (
    <div className="space-y-5">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <div>
          <h1 className="text-2xl font-semibold text-slate-900">Audit log</h1>
          <p className="mt-1 text-slate-600">Who did or viewed what at the clinic, newest first. Times are in {caller.timeZone}.</p>
        </div>
        {/* A plain link: the browser downloads the file; the export itself is recorded in this log. */}
        <a href={auditExportHref(filters)} download className={cn(buttonBase, buttonStyles.secondary)}>
          <Download aria-hidden className="size-4" /> Download CSV
        </a>
      </div>
      <AuditFilterForm
        filters={filters}
        timeZone={caller.timeZone}
        people={options.people.map((p) => ({ value: p.id, label: `${p.name} (${ROLE[p.role]})` }))}
        patients={options.patients.map((p) => ({ value: p.id, label: p.name }))}
        actions={actions}
      />
      {log.total > AUDIT_EXPORT_LIMIT ? (
        <p className="text-sm text-slate-700">
          The CSV holds the first {AUDIT_EXPORT_LIMIT.toLocaleString("en-GB")} of these {log.total.toLocaleString("en-GB")} rows, in this order. Narrow the dates to export the rest.
        </p>
      ) : null}
      <AuditTable rows={rows} total={log.total} page={log.page} filters={filters} />
    </div>
  );
}
