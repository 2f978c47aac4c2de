"use client";

import { rowPaginationFeature, rowSortingFeature, tableFeatures, useTable, type ColumnDef, type RowData, type SortingState } from "@tanstack/react-table";
import { ArrowDown, ArrowUp, ArrowUpDown } from "lucide-react";
import Link from "next/link";
import type { ReactNode } from "react";
import { formatCount, formatTotal } from "@/lib/format";
import { cn } from "./cn";

export const dataTableFeatures = tableFeatures({ rowSortingFeature, rowPaginationFeature });
export type DataTableFeatures = typeof dataTableFeatures;

type Props<T extends RowData> = {
  caption: string;
  columns: ColumnDef<DataTableFeatures, T>[];
  rows: T[];
  rowCount: number;
  /** The count stopped at its cap (lib/dal/capped-page.ts): show "1,000+" and page by hasNextPage. */
  countCapped?: boolean;
  /** Whether the server found a row beyond this page; without it, the count decides. */
  hasNextPage?: boolean;
  getRowId: (row: T) => string;
  /** Server-side sort and paging: the table renders links; the server does the work. */
  sorting: SortingState;
  pageIndex: number;
  pageSize: number;
  sortHref?: (columnId: string, desc: boolean) => string;
  pageHref: (pageIndex: number) => string;
  firstSortDesc?: (columnId: string) => boolean;
  empty: ReactNode;
};

/**
 * A table whose sorting and paging happen on the server: headers and pager are plain links
 * (bookmarkable, keyboard-native, working before hydration), TanStack Table owns the model.
 */
export function DataTable<T extends RowData>({ caption, columns, rows, rowCount, countCapped = false, hasNextPage, getRowId, sorting, pageIndex, pageSize, sortHref, pageHref, firstSortDesc, empty }: Props<T>) {
  const table = useTable({
    features: dataTableFeatures,
    columns,
    data: rows,
    rowCount,
    getRowId,
    manualSorting: true,
    manualPagination: true,
    state: { sorting, pagination: { pageIndex, pageSize } },
  });
  const pageCount = countCapped ? null : Math.max(1, Math.ceil(rowCount / pageSize));
  const from = pageIndex * pageSize + 1;
  const to = pageIndex * pageSize + rows.length;
  const hasNext = hasNextPage ?? (pageCount !== null && pageIndex + 1 < pageCount);

  return (
    <div className="overflow-hidden rounded-lg border border-slate-200 bg-white shadow-sm">
      <div className="overflow-x-auto">
        <table className="min-w-full divide-y divide-slate-200 text-sm">
          <caption className="sr-only">{caption}</caption>
          <thead className="bg-slate-50">
            {table.getHeaderGroups().map((group) => (
              <tr key={group.id}>
                {group.headers.map((header) => {
                  const sorted = header.column.getIsSorted();
                  const canSort = Boolean(sortHref) && header.column.getCanSort();
                  const nextDesc = sorted ? sorted === "asc" : (firstSortDesc?.(header.column.id) ?? false);
                  const Icon = sorted === "asc" ? ArrowUp : sorted === "desc" ? ArrowDown : ArrowUpDown;
                  return (
                    <th
                      key={header.id}
                      scope="col"
                      aria-sort={sorted === "asc" ? "ascending" : sorted === "desc" ? "descending" : undefined}
                      className="whitespace-nowrap px-4 py-3 text-left font-semibold text-slate-700"
                    >
                      {canSort && sortHref ? (
                        <Link href={sortHref(header.column.id, nextDesc)} scroll={false} className="inline-flex items-center gap-1 rounded hover:text-brand-800">
                          <table.FlexRender header={header} />
                          <Icon aria-hidden className={cn("size-3.5", sorted ? "text-brand-700" : "text-slate-400")} />
                        </Link>
                      ) : (
                        <table.FlexRender header={header} />
                      )}
                    </th>
                  );
                })}
              </tr>
            ))}
          </thead>
          <tbody className="divide-y divide-slate-100">
            {table.getRowModel().rows.length === 0 ? (
              <tr>
                <td colSpan={columns.length} className="px-4 py-10 text-center text-slate-600">
                  {empty}
                </td>
              </tr>
            ) : (
              table.getRowModel().rows.map((row) => (
                <tr key={row.id} className="hover:bg-slate-50">
                  {row.getAllCells().map((cell) => (
                    <td key={cell.id} className="whitespace-nowrap px-4 py-3 text-slate-800">
                      <table.FlexRender cell={cell} />
                    </td>
                  ))}
                </tr>
              ))
            )}
          </tbody>
        </table>
      </div>
      <nav aria-label="Pagination" className="flex flex-wrap items-center justify-between gap-3 border-t border-slate-200 px-4 py-3 text-sm text-slate-700">
        <p aria-live="polite">{rows.length === 0 ? "No results" : `Showing ${formatCount(from)}-${formatCount(to)} of ${formatTotal({ total: rowCount, capped: countCapped })}`}</p>
        <div className="flex items-center gap-2">
          <PageLink href={pageIndex > 0 ? pageHref(pageIndex - 1) : null}>Previous page</PageLink>
          <span>
            Page {pageIndex + 1}
            {pageCount === null ? null : ` of ${pageCount}`}
          </span>
          <PageLink href={hasNext ? pageHref(pageIndex + 1) : null}>Next page</PageLink>
        </div>
      </nav>
    </div>
  );
}

function PageLink({ href, children }: { href: string | null; children: ReactNode }) {
  const style = "inline-flex min-h-11 items-center rounded-md border border-slate-300 px-3 font-medium";
  if (!href) {
    return (
      <span aria-disabled="true" className={cn(style, "cursor-not-allowed text-slate-400")}>
        {children}
      </span>
    );
  }
  return (
    <Link href={href} scroll={false} className={cn(style, "bg-white text-slate-900 hover:bg-slate-100")}>
      {children}
    </Link>
  );
}
