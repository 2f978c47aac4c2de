import type { ChartRange, LogListQuery, LogSortKey } from "@/lib/dal/patient-review";
import { hrefOf, oneOf, PAGE, readParams, searchEntries, sortBy, type SearchParams } from "@/lib/url-state";

/**
 * The review's state in the record page's URL (/patients/[id]). Names are prefixed (logSort,
 * logPage, chart) so they cannot clash with the record page's own parameters, which every link here keeps.
 */
export const LOGS_PAGE_SIZE = 20;
export type ReviewParams = { chart: ChartRange; log: LogListQuery };

/** Newest and most painful first on the first click. */
export const LOG_FIRST_DIRECTION: Readonly<Record<LogSortKey, "asc" | "desc">> = { date: "desc", rest: "desc", exercise: "desc", morning: "desc" };

const REVIEW_PARAMS = {
  chart: oneOf(["12w", "episode"] as const satisfies readonly ChartRange[], "12w"),
  logSort: sortBy(LOG_FIRST_DIRECTION, { key: "date", dir: "desc" }),
  logPage: PAGE,
};

/** A mangled URL falls back to the default view rather than an error. */
export function parseReviewParams(params: SearchParams): ReviewParams {
  const { chart, logSort, logPage } = readParams(REVIEW_PARAMS, params);
  return { chart, log: { sort: logSort, page: logPage, pageSize: LOGS_PAGE_SIZE } };
}

/**
 * The rest of the record page's query, as plain strings so the server can hand it to client
 * components. "saved" is the page's one-time "Changes saved." notice: paging the logs must not repeat it.
 */
export function keptParams(params: SearchParams): [string, string][] {
  return searchEntries(params, ["saved"]);
}

export function reviewHref(basePath: string, kept: readonly [string, string][], state: ReviewParams, patch: { chart?: ChartRange; sort?: LogListQuery["sort"]; page?: number } = {}): string {
  return hrefOf(basePath, REVIEW_PARAMS, { chart: patch.chart ?? state.chart, logSort: patch.sort ?? state.log.sort, logPage: patch.page ?? state.log.page }, kept);
}
