import { ArrowDown, ArrowUp, ArrowUpDown } from "lucide-react";
import Link from "next/link";
import type { ReactNode } from "react";
import { formatCount, formatTotal } from "@/lib/format";
import { cn } from "./cn";

/** One column: what its header says and how a row's cell is drawn. */
export type DataTableColumn<T> = {
  /** The sort key the server knows (lib/validation/*), also the column's React key. */
  id: string;
  header: string;
  /** false: the header is text, not a sort link. */
  sortable?: boolean;
  cell: (row: T) => ReactNode;
};

type Props<T> = {
  caption: string;
  columns: DataTableColumn<T>[];
  rows: T[];
  rowCount: number;
  /** The count stopped at its cap (lib/dal/capped-page.ts): show "1,000+" and page by hasNextPage. */
  countCapped?: boolean;
  /** Whether the server found a row beyond this page; without it, the count decides. */
  hasNextPage?: boolean;
  getRowId: (row: T) => string;
  /** The server's sort and page: the table renders links; the server does the work. */
  sort: { id: string; desc: boolean };
  pageIndex: number;
  pageSize: number;
  sortHref?: (columnId: string, desc: boolean) => string;
  pageHref: (pageIndex: number) => string;
  firstSortDesc?: (columnId: string) => boolean;
  empty: ReactNode;
};

/**
 * A table whose sorting and paging happen on the server: headers and pager are plain links
 * (bookmarkable, keyboard-native, working without JavaScript). It has no state and no hooks, so it
 * renders on the server with its rows and ships no script (docs/decisions/0026: the TanStack model
 * it used to build cost about a millisecond of node CPU per request and only produced these links).
 */
export function DataTable<T>({ caption, columns, rows, rowCount, countCapped = false, hasNextPage, getRowId, sort, pageIndex, pageSize, sortHref, pageHref, firstSortDesc, empty }: Props<T>) {
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
            <tr>
              {columns.map((column) => {
                const sorted = sort.id === column.id ? (sort.desc ? "desc" : "asc") : false;
                const canSort = Boolean(sortHref) && column.sortable !== false;
                const nextDesc = sorted ? sorted === "asc" : (firstSortDesc?.(column.id) ?? false);
                const Icon = sorted === "asc" ? ArrowUp : sorted === "desc" ? ArrowDown : ArrowUpDown;
                return (
                  <th
                    key={column.id}
                    scope="col"
                    aria-sort={sorted === "asc" ? "ascending" : sorted === "desc" ? "descending" : undefined}
                    className="whitespace-nowrap px-4 py-3 text-left font-semibold text-slate-700"
                  >
                    {canSort && sortHref ? (
                      <Link href={sortHref(column.id, nextDesc)} scroll={false} className="inline-flex items-center gap-1 rounded hover:text-brand-800">
                        {column.header}
                        <Icon aria-hidden className={cn("size-3.5", sorted ? "text-brand-700" : "text-slate-400")} />
                      </Link>
                    ) : (
                      column.header
                    )}
                  </th>
                );
              })}
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {rows.length === 0 ? (
              <tr>
                <td colSpan={columns.length} className="px-4 py-10 text-center text-slate-600">
                  {empty}
                </td>
              </tr>
            ) : (
              rows.map((row) => (
                <tr key={getRowId(row)} className="hover:bg-slate-50">
                  {columns.map((column) => (
                    <td key={column.id} className="whitespace-nowrap px-4 py-3 text-slate-800">
                      {column.cell(row)}
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
