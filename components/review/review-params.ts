import { z } from "zod";
import type { ChartRange, LogListQuery, LogSortKey } from "@/lib/dal/patient-review";

/**
 * The review's state in the record page's URL. Names are prefixed (logSort, logPage, chart) so
 * they cannot clash with the record page's own parameters, which every link here keeps.
 */
export const LOGS_PAGE_SIZE = 20;
export const LOG_SORT_KEYS = ["date", "rest", "exercise", "morning"] as const satisfies readonly LogSortKey[];
export type ReviewParams = { chart: ChartRange; log: LogListQuery };
export type SearchParams = Record<string, string | string[] | undefined>;

const DEFAULT_SORT = "date.desc";
/** Newest and most painful first on the first click. */
export const LOG_FIRST_DIRECTION: Record<LogSortKey, "asc" | "desc"> = { date: "desc", rest: "desc", exercise: "desc", morning: "desc" };

const first = (v: unknown) => (Array.isArray(v) ? v[0] : v);
const schema = z.object({
  chart: z.preprocess(first, z.enum(["12w", "episode"]).catch("12w")).default("12w"),
  logSort: z.preprocess(first, z.string().regex(/^(date|rest|exercise|morning)\.(asc|desc)$/).catch(DEFAULT_SORT)).default(DEFAULT_SORT),
  logPage: z.preprocess(first, z.coerce.number().int().min(1).max(100_000).catch(1)).default(1),
});

/** A mangled URL falls back to the default view rather than an error. */
export function parseReviewParams(params: SearchParams): ReviewParams {
  const parsed = schema.parse(params);
  const [key, dir] = parsed.logSort.split(".") as [LogSortKey, "asc" | "desc"];
  return { chart: parsed.chart, log: { sort: { key, dir }, page: parsed.logPage, pageSize: LOGS_PAGE_SIZE } };
}

// "saved" is the record page's one-time "Changes saved." notice: paging the logs must not repeat it.
const DROPPED = new Set(["saved", "chart", "logSort", "logPage"]);

/** Plain strings only, so the server can hand the current query to client components. */
export function keptParams(params: SearchParams): [string, string][] {
  return Object.entries(params).flatMap(([k, v]) => (DROPPED.has(k) || v === undefined ? [] : [v].flat().map((x): [string, string] => [k, x])));
}

export function reviewHref(basePath: string, kept: readonly [string, string][], state: ReviewParams, patch: { chart?: ChartRange; sort?: LogListQuery["sort"]; page?: number } = {}): string {
  const search = new URLSearchParams(kept.map(([k, v]) => [k, v]));
  const chart = patch.chart ?? state.chart;
  const sort = patch.sort ?? state.log.sort;
  const page = patch.page ?? state.log.page;
  if (chart !== "12w") search.set("chart", chart);
  if (`${sort.key}.${sort.dir}` !== DEFAULT_SORT) search.set("logSort", `${sort.key}.${sort.dir}`);
  if (page > 1) search.set("logPage", String(page));
  const query = search.toString();
  return query ? `${basePath}?${query}` : basePath;
}
