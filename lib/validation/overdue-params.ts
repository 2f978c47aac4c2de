import { hrefOf, integer, readParams, searchEntries, type SearchParams } from "@/lib/url-state";

/**
 * The dashboard's overdue-questionnaires card pages on its own key (?overduePage=), so paging it
 * keeps the flag queue's ?scope= and ?page= as they were, and theirs keep this one.
 */
const OVERDUE_PARAMS = { overduePage: integer(1, 100_000, 1) };

export function parseOverduePage(params: SearchParams): number {
  return readParams(OVERDUE_PARAMS, params).overduePage;
}

/** The dashboard with this page of the card and every other parameter of the current view kept. */
export function overduePageHref(params: SearchParams, overduePage: number): string {
  return hrefOf("/dashboard", OVERDUE_PARAMS, { overduePage }, searchEntries(params, ["overduePage"]));
}
