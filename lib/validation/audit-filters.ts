import { z } from "zod";
import { addDays } from "@/lib/dates";
import { fallbacksOf, hrefOf, PAGE, queryEntries, readParams, sortBy, text, type SearchParams, type ValuesOf } from "@/lib/url-state";

/**
 * The clinic audit log's view (/admin/audit) lives in the URL, like the patient table: filters,
 * sort and page can be bookmarked, and the CSV export takes the same query string.
 */
export const AUDIT_PAGE_SIZE = 50;

/** Newest first by default; names and actions read A to Z. */
export const AUDIT_FIRST_DIRECTION = { at: "desc", person: "asc", action: "asc", patient: "asc" } as const;
export type AuditSortKey = keyof typeof AUDIT_FIRST_DIRECTION;

// A uuid of any version, lowercased: ids are compared in SQL, a malformed one just falls back to "anyone".
const id = z.guid().toLowerCase();

/** Declared in the order the keys appear in links. */
export const AUDIT_FILTER_PARAMS = {
  /** A user id: a staff member or a patient's portal account. */
  person: text(id, null),
  patient: text(id, null),
  action: text(z.string().max(64).regex(/^[a-z][a-z0-9-]*(\.[a-z0-9-]+)+$/), null),
  /** YYYY-MM-DD calendar days in the clinic's zone, both inclusive. */
  from: text(z.iso.date(), null),
  to: text(z.iso.date(), null),
  sort: sortBy(AUDIT_FIRST_DIRECTION, { key: "at", dir: "desc" }),
  page: PAGE,
};
export type AuditFilters = ValuesOf<typeof AUDIT_FILTER_PARAMS>;

export const DEFAULT_AUDIT_FILTERS: AuditFilters = fallbacksOf(AUDIT_FILTER_PARAMS);

/** Anything malformed falls back to "no filter" rather than an error page: URLs get mangled. */
export function parseAuditFilters(params: SearchParams | URLSearchParams): AuditFilters {
  const filters = readParams(AUDIT_FILTER_PARAMS, params);
  // A range typed backwards is read the way it was meant.
  if (filters.from && filters.to && filters.from > filters.to) [filters.from, filters.to] = [filters.to, filters.from];
  return filters;
}

/** The URL of a view; defaults are left out so URLs stay short. */
export function auditLogHref(state: AuditFilters, patch: Partial<AuditFilters> = {}): string {
  return hrefOf("/admin/audit", AUDIT_FILTER_PARAMS, { ...state, ...patch });
}

/** What the filter form carries besides its own fields: the order. New filters start on page 1. */
export function auditFormHiddenFields(state: AuditFilters): [string, string][] {
  return queryEntries(AUDIT_FILTER_PARAMS, { ...DEFAULT_AUDIT_FILTERS, sort: state.sort });
}

/** The CSV of the current filter and order: every matching row, not only the page on screen. */
export function auditExportHref(state: AuditFilters): string {
  return hrefOf("/admin/audit/export.csv", AUDIT_FILTER_PARAMS, { ...state, page: DEFAULT_AUDIT_FILTERS.page });
}

/** Milliseconds the zone is ahead of UTC at an instant. */
function zoneOffsetMs(at: Date, timeZone: string): number {
  const parts = new Intl.DateTimeFormat("en-US", {
    timeZone, hourCycle: "h23", year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit", second: "2-digit",
  }).formatToParts(at);
  const part = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((p) => p.type === type)?.value ?? 0);
  const wall = Date.UTC(part("year"), part("month") - 1, part("day"), part("hour"), part("minute"), part("second"));
  return wall - Math.floor(at.getTime() / 1000) * 1000;
}

/**
 * The instant a calendar day starts in a zone ("2026-07-01" in Europe/London is 2026-06-30T23:00Z).
 * Two passes, so a day on which the clocks change gets the offset in force at its midnight.
 */
export function startOfDayInZone(isoDay: string, timeZone: string): Date {
  const [y, m, d] = isoDay.split("-").map(Number) as [number, number, number];
  const wall = Date.UTC(y, m - 1, d);
  const guess = wall - zoneOffsetMs(new Date(wall), timeZone);
  return new Date(wall - zoneOffsetMs(new Date(guess), timeZone));
}

/** The filter's days as instants: [start, end) with end the start of the day after `to`. */
export function auditDayRange(filters: Pick<AuditFilters, "from" | "to">, timeZone: string): { start: Date | null; end: Date | null } {
  return {
    start: filters.from ? startOfDayInZone(filters.from, timeZone) : null,
    end: filters.to ? startOfDayInZone(addDays(filters.to, 1), timeZone) : null,
  };
}
