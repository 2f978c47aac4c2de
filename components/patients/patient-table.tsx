"use client";

import { createColumnHelper } from "@tanstack/react-table";
import Link from "next/link";
import { DataTable, type DataTableFeatures } from "@/components/ui/data-table";
import { formatDate } from "@/lib/format";
import { FIRST_DIRECTION, PATIENTS_PAGE_SIZE, patientListHref, type PatientListState, type PatientSortKey } from "@/lib/validation/patient-list";
import type { PatientListRow } from "@/lib/dal/patients";
import { PainBadge } from "./pain-badge";

const column = createColumnHelper<DataTableFeatures, PatientListRow>();
const SIDE = { left: "Left", right: "Right", both: "Both" } as const;

const columns = column.columns([
  column.accessor("fullName", {
    id: "name",
    header: "Name",
    cell: (info) => (
      <Link href={`/patients/${info.row.original.id}`} className="font-medium text-brand-800 underline-offset-2 hover:underline">
        {info.getValue()}
      </Link>
    ),
  }),
  column.accessor("affectedSide", { header: "Knee", enableSorting: false, cell: (info) => SIDE[info.getValue()] }),
  column.accessor("therapistName", { header: "Therapist", enableSorting: false, cell: (info) => info.getValue() ?? "Unassigned" }),
  column.accessor("lastLogDate", { id: "lastLog", header: "Last log", cell: (info) => (info.getValue() ? formatDate(info.getValue() as string) : "No logs yet") }),
  column.accessor("latestPain", { id: "pain", header: "Latest pain", cell: (info) => <PainBadge value={info.getValue()} /> }),
  column.accessor("createdAt", { id: "created", header: "Added", cell: (info) => formatDate(info.getValue()) }),
]);

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
      sorting={[{ id: state.sort.key, desc: state.sort.dir === "desc" }]}
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
