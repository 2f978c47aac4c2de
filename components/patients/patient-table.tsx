import Link from "next/link";
import { DataTable, type DataTableColumn } from "@/components/ui/data-table";
import { formatDate } from "@/lib/format";
import { FIRST_DIRECTION, PATIENTS_PAGE_SIZE, patientListHref, type PatientListState, type PatientSortKey } from "@/lib/validation/patient-list";
import type { PatientListRow } from "@/lib/dal/patients";
import { PainBadge } from "./pain-badge";

const SIDE = { left: "Left", right: "Right", both: "Both" } as const;

/** Rendered on the server with the rows (components/ui/data-table.tsx): nothing here ships to the browser. */
const columns: DataTableColumn<PatientListRow>[] = [
  {
    id: "name",
    header: "Name",
    cell: (row) => (
      <Link href={`/patients/${row.id}`} className="font-medium text-brand-800 underline-offset-2 hover:underline">
        {row.fullName}
      </Link>
    ),
  },
  { id: "affectedSide", header: "Knee", sortable: false, cell: (row) => SIDE[row.affectedSide] },
  { id: "therapistName", header: "Therapist", sortable: false, cell: (row) => row.therapistName ?? "Unassigned" },
  { id: "lastLog", header: "Last log", cell: (row) => (row.lastLogDate ? formatDate(row.lastLogDate) : "No logs yet") },
  { id: "pain", header: "Latest pain", cell: (row) => <PainBadge value={row.latestPain} /> },
  { id: "created", header: "Added", cell: (row) => formatDate(row.createdAt) },
];

type Props = { rows: PatientListRow[]; total: number; capped: boolean; hasNext: boolean; page: number; state: PatientListState };

export function PatientTable({ rows, total, capped, hasNext, page, state }: Props) {
  return (
    <DataTable
      caption="Patients"
      columns={columns}
      rows={rows}
      rowCount={total}
      countCapped={capped}
      hasNextPage={hasNext}
      getRowId={(row) => row.id}
      sort={{ id: state.sort.key, desc: state.sort.dir === "desc" }}
      pageIndex={page - 1}
      pageSize={PATIENTS_PAGE_SIZE}
      sortHref={(id, desc) => patientListHref(state, { sort: { key: id as PatientSortKey, dir: desc ? "desc" : "asc" }, page: 1 })}
      firstSortDesc={(id) => FIRST_DIRECTION[id as PatientSortKey] === "desc"}
      pageHref={(index) => patientListHref(state, { page: index + 1 })}
      empty={
        page > 1 ? (
          <>
            This page is past the end of the list. <Link href={patientListHref(state, { page: 1 })} className="text-brand-800 underline underline-offset-2">Go to the first page</Link>.
          </>
        ) : state.q ? (
          <>No patients match &ldquo;{state.q}&rdquo;. Check the spelling, or search all patients instead of only yours.</>
        ) : state.status === "archived" ? (
          "No archived patients."
        ) : state.scope === "mine" ? (
          "You are not the primary therapist of any active patient. Show all patients, or add one."
        ) : (
          "No patients yet. Add your first patient to get started."
        )
      }
    />
  );
}
