"use client";

import { createColumnHelper } from "@tanstack/react-table";
import { PainBadge } from "@/components/patients/pain-badge";
import { DataTable, type DataTableFeatures } from "@/components/ui/data-table";
import { AGGRAVATING_ACTIVITIES } from "@/lib/clinical/intake";
import { RED_FLAG_FINDINGS, type RedFlagKey } from "@/lib/clinical/red-flags";
import type { LogSortKey, PainLogRow } from "@/lib/dal/patient-review";
import { formatDate } from "@/lib/format";
import { LOG_FIRST_DIRECTION, LOGS_PAGE_SIZE, reviewHref, type ReviewParams } from "@/lib/validation/review-params";

const column = createColumnHelper<DataTableFeatures, PainLogRow>();
const ACTIVITY = new Map<string, string>(AGGRAVATING_ACTIVITIES.map((a) => [a.key, a.label]));

const columns = column.columns([
  column.accessor("logDate", { id: "date", header: "Date", cell: (info) => formatDate(info.getValue()) }),
  column.accessor("painAtRest", { id: "rest", header: "Pain at rest", cell: (info) => <PainBadge value={info.getValue()} /> }),
  column.accessor("painDuringExercise", { id: "exercise", header: "Pain during exercise", cell: (info) => <PainBadge value={info.getValue()} /> }),
  column.accessor("painNextMorning", { id: "morning", header: "Pain next morning", cell: (info) => <PainBadge value={info.getValue()} /> }),
  column.accessor("aggravatingActivities", {
    id: "activities",
    header: "Aggravating activities",
    enableSorting: false,
    cell: (info) => (info.getValue().length ? info.getValue().map((k) => ACTIVITY.get(k) ?? k).join(", ") : <span className="text-slate-500">None</span>),
  }),
  column.accessor("grinding", { header: "Grinding", enableSorting: false, cell: (info) => (info.getValue() ? "Yes" : "No") }),
  column.accessor("redFlags", {
    id: "redFlags",
    header: "Anything new (red flags)",
    enableSorting: false,
    cell: (info) =>
      info.getValue().length ? (
        <span className="font-medium text-red-900">{info.getValue().map((k) => RED_FLAG_FINDINGS[k as RedFlagKey] ?? k).join("; ")}</span>
      ) : (
        <span className="text-slate-500">None</span>
      ),
  }),
  column.accessor("note", {
    header: "Note",
    enableSorting: false,
    cell: (info) => <span className="block max-w-xs whitespace-pre-wrap break-words">{info.getValue() ?? ""}</span>,
  }),
]);

type Props = { rows: PainLogRow[]; total: number; page: number; state: ReviewParams; basePath: string; kept: [string, string][]; patientName: string };

/** The patient's logs; sort and page are links the server answers (lib/validation/review-params.ts). */
export function LogTable({ rows, total, page, state, basePath, kept, patientName }: Props) {
  return (
    <DataTable
      caption={`Pain logs of ${patientName}`}
      columns={columns}
      rows={rows}
      rowCount={total}
      getRowId={(row) => row.id}
      sorting={[{ id: state.log.sort.key, desc: state.log.sort.dir === "desc" }]}
      pageIndex={page - 1}
      pageSize={LOGS_PAGE_SIZE}
      sortHref={(id, desc) => reviewHref(basePath, kept, state, { sort: { key: id as LogSortKey, dir: desc ? "desc" : "asc" }, page: 1 })}
      firstSortDesc={(id) => LOG_FIRST_DIRECTION[id as LogSortKey] === "desc"}
      pageHref={(index) => reviewHref(basePath, kept, state, { page: index + 1 })}
      empty={`No pain logs yet. When ${patientName} logs pain in the patient portal, each day appears here.`}
    />
  );
}
