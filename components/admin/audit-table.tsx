"use client";

import { createColumnHelper } from "@tanstack/react-table";
import Link from "next/link";
import { DataTable, type DataTableFeatures } from "@/components/ui/data-table";
import { AUDIT_FIRST_DIRECTION, AUDIT_PAGE_SIZE, auditLogHref, type AuditFilters, type AuditSortKey } from "@/lib/validation/audit-filters";

/** One audit row as the page sends it: plain strings, the time already written in the clinic's zone. */
export type AuditTableRow = {
  id: string;
  at: string;
  when: string;
  person: string | null;
  role: string | null;
  action: string;
  actionLabel: string;
  patientId: string | null;
  patientName: string | null;
  ip: string | null;
};

const ROLE: Record<string, string> = { admin: "Admin", therapist: "Therapist", patient: "Patient" };

const column = createColumnHelper<DataTableFeatures, AuditTableRow>();

const columns = column.columns([
  column.accessor("when", {
    id: "at",
    header: "When",
    cell: (info) => <time dateTime={info.row.original.at}>{info.getValue()}</time>,
  }),
  column.accessor("person", {
    id: "person",
    header: "Person",
    cell: (info) => {
      const { person, role } = info.row.original;
      if (!person) return <span className="text-slate-600">System</span>;
      return (
        <span>
          <span className="font-medium text-slate-900">{person}</span>
          {role ? <span className="block text-xs text-slate-600">{ROLE[role] ?? role}</span> : null}
        </span>
      );
    },
  }),
  column.accessor("actionLabel", {
    id: "action",
    header: "Action",
    cell: (info) => (
      <span>
        {info.getValue()}
        <span className="block font-mono text-xs text-slate-600">{info.row.original.action}</span>
      </span>
    ),
  }),
  column.accessor("patientName", {
    id: "patient",
    header: "Patient",
    cell: (info) => {
      const { patientId, patientName } = info.row.original;
      if (!patientId) return <span className="text-slate-500">None</span>;
      return (
        <Link href={`/patients/${patientId}`} className="font-medium text-brand-800 underline-offset-2 hover:underline">
          {patientName ?? "Unknown patient"}
        </Link>
      );
    },
  }),
  column.accessor("ip", { header: "Address", enableSorting: false, cell: (info) => info.getValue() ?? <span className="text-slate-500">Not recorded</span> }),
]);

export function AuditTable({ rows, total, page, filters }: { rows: AuditTableRow[]; total: number; page: number; filters: AuditFilters }) {
  return (
    <DataTable
      caption="Audit log"
      columns={columns}
      rows={rows}
      rowCount={total}
      getRowId={(row) => row.id}
      sorting={[{ id: filters.sort.key, desc: filters.sort.dir === "desc" }]}
      pageIndex={page - 1}
      pageSize={AUDIT_PAGE_SIZE}
      sortHref={(id, desc) => auditLogHref(filters, { sort: { key: id as AuditSortKey, dir: desc ? "desc" : "asc" }, page: 1 })}
      firstSortDesc={(id) => AUDIT_FIRST_DIRECTION[id as AuditSortKey] === "desc"}
      pageHref={(index) => auditLogHref(filters, { page: index + 1 })}
      empty="No audit events match these filters."
    />
  );
}
