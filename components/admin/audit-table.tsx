import Link from "next/link";
import { DataTable, type DataTableColumn } from "@/components/ui/data-table";
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

const columns: DataTableColumn<AuditTableRow>[] = [
  { id: "at", header: "When", cell: (row) => <time dateTime={row.at}>{row.when}</time> },
  {
    id: "person",
    header: "Person",
    cell: ({ person, role }) => {
      if (!person) return <span className="text-slate-600">System</span>;
      return (
        <span>
          <span className="font-medium text-slate-900">{person}</span>
          {role ? <span className="block text-xs text-slate-600">{ROLE[role] ?? role}</span> : null}
        </span>
      );
    },
  },
  {
    id: "action",
    header: "Action",
    cell: (row) => (
      <span>
        {row.actionLabel}
        <span className="block font-mono text-xs text-slate-600">{row.action}</span>
      </span>
    ),
  },
  {
    id: "patient",
    header: "Patient",
    cell: ({ patientId, patientName }) => {
      if (!patientId) return <span className="text-slate-500">None</span>;
      return (
        <Link href={`/patients/${patientId}`} className="font-medium text-brand-800 underline-offset-2 hover:underline">
          {patientName ?? "Unknown patient"}
        </Link>
      );
    },
  },
  { id: "ip", header: "Address", sortable: false, cell: (row) => row.ip ?? <span className="text-slate-500">Not recorded</span> },
];

export function AuditTable({ rows, total, page, filters }: { rows: AuditTableRow[]; total: number; page: number; filters: AuditFilters }) {
  return (
    <DataTable
      caption="Audit log"
      columns={columns}
      rows={rows}
      rowCount={total}
      getRowId={(row) => row.id}
      sort={{ id: filters.sort.key, desc: filters.sort.dir === "desc" }}
      pageIndex={page - 1}
      pageSize={AUDIT_PAGE_SIZE}
      sortHref={(id, desc) => auditLogHref(filters, { sort: { key: id as AuditSortKey, dir: desc ? "desc" : "asc" }, page: 1 })}
      firstSortDesc={(id) => AUDIT_FIRST_DIRECTION[id as AuditSortKey] === "desc"}
      pageHref={(index) => auditLogHref(filters, { page: index + 1 })}
      empty="No audit events match these filters."
    />
  );
}
