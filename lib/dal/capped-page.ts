import "server-only";
import { count } from "drizzle-orm";
import type { PgSelect } from "drizzle-orm/pg-core";
import type { DbOrTx } from "@/db/client";

/**
 * Lists count their matches only up to here: past it they say "1,000+" (docs/decisions/0023). An
 * exact count of every match is a scan of all of them on every request, while the page itself is
 * an index walk of 26 rows; nobody pages through a thousand rows, they search.
 */
export const COUNT_CAP = 1000;

/** A list's count as a page shows it: exact up to COUNT_CAP, otherwise COUNT_CAP and `capped`. */
export type CappedTotal = { total: number; capped: boolean };

export type CappedPage<T> = CappedTotal & {
  rows: T[];
  /** The page shown: the one asked for, or the last one when a counted list ends before it. */
  page: number;
  /** Known from the page query itself (it fetches one row beyond the page), capped or not. */
  hasNext: boolean;
  /** Null when the count is capped: the last page is not known. */
  pageCount: number | null;
};

/** How many rows `matches` has, stopping at `limit` (a LIMIT subquery, so at most `limit` index entries or rows are read). */
export async function countUpTo(db: DbOrTx, matches: PgSelect, limit: number): Promise<number> {
  const [row] = await db.select({ n: count() }).from(matches.limit(limit).as("matches"));
  return row?.n ?? 0;
}

/** A count on its own (a headline number, no page): exact up to COUNT_CAP, then capped. */
export async function cappedTotal(db: DbOrTx, matches: PgSelect): Promise<CappedTotal> {
  const n = await countUpTo(db, matches, COUNT_CAP + 1);
  return { total: Math.min(n, COUNT_CAP), capped: n > COUNT_CAP };
}

/**
 * One page of a list and its capped count, run at the same time (on PostgreSQL two pooled
 * connections; PGlite queues them). The page query fetches pageSize + 1 rows so "is there a next
 * page" never waits for the count. A page beyond the end of a list counted exactly falls back to
 * its last page (one more query, only for a hand-edited or stale URL).
 */
export async function cappedPage<T>({
  page,
  pageSize,
  countUpTo: countMatches,
  fetchRows,
}: {
  page: number;
  pageSize: number;
  countUpTo: (limit: number) => Promise<number>;
  fetchRows: (offset: number, limit: number) => Promise<T[]>;
}): Promise<CappedPage<T>> {
  const asked = Math.max(1, Math.trunc(page) || 1);
  const [matches, fetched] = await Promise.all([countMatches(COUNT_CAP + 1), fetchRows((asked - 1) * pageSize, pageSize + 1)]);
  const capped = matches > COUNT_CAP;
  const total = Math.min(matches, COUNT_CAP);
  let current = asked;
  let rows = fetched;
  if (rows.length === 0 && asked > 1 && !capped && matches > 0) {
    current = Math.ceil(matches / pageSize);
    rows = await fetchRows((current - 1) * pageSize, pageSize + 1);
  } else if (rows.length === 0 && !capped) {
    current = 1;
  }
  return {
    rows: rows.slice(0, pageSize),
    page: current,
    hasNext: rows.length > pageSize,
    total,
    capped,
    pageCount: capped ? null : Math.max(1, Math.ceil(total / pageSize)),
  };
}
