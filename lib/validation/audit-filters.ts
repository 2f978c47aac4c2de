import { z } from "zod";
import { addDays } from "@/lib/dates";

/**
 * The clinic audit log's view (/admin/audit) lives in the URL, like the patient table: filters,
 * sort and page can be bookmarked, and the CSV export takes the same query string.
 */
export const AUDIT_SORT_KEYS = ["at", "person", "action", "patient"] as const;
export type AuditSortKey = (typeof AUDIT_SORT_KEYS)[number];
export const AUDIT_PAGE_SIZE = 50;

/** Newest first by default; names and actions read A to Z. */
export const AUDIT_FIRST_DIRECTION: Record<AuditSortKey, "asc" | "desc"> = { at: "desc", person: "asc", action: "asc", patient: "asc" };

export type AuditFilters = {
  /** A user id: a staff member or a patient's portal account. */
  person: string | null;
  patient: string | null;
  action: string | null;
  /** YYYY-MM-DD calendar days in the clinic's zone, both inclusive. */
  from: string | null;
  to: string | null;
  sort: { key: AuditSortKey; dir: "asc" | "desc" };
  page: number;
};

export const DEFAULT_AUDIT_FILTERS: AuditFilters = { person: null, patient: null, action: null, from: null, to: null, sort: { key: "at", dir: "desc" }, page: 1 };

const first = (v: unknown) => (Array.isArray(v) ? v[0] : v);
const blankToNull = (v: unknown) => (typeof v === "string" && v.trim() === "" ? null : typeof v === "string" ? v.trim() : v);
// A uuid of any version: ids are compared in SQL, a malformed one just falls back to "anyone".
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const optional = <T extends z.ZodType>(inner: T) => z.preprocess((v) => blankToNull(first(v)), inner.nullable().catch(null)).default(null);

const schema = z.object({
  person: optional(z.string().regex(UUID)),
  patient: optional(z.string().regex(UUID)),
  action: optional(z.string().max(64).regex(/^[a-z][a-z0-9-]*(\.[a-z0-9-]+)+$/)),
  from: optional(z.iso.date()),
  to: optional(z.iso.date()),
  sort: z.preprocess(first, z.string().regex(/^(at|person|action|patient)\.(asc|desc)$/).catch("at.desc")).default("at.desc"),
  page: z.preprocess(first, z.coerce.number().int().min(1).max(100_000).catch(1)).default(1),
});

/** Anything malformed falls back to "no filter" rather than an error page: URLs get mangled. */
export function parseAuditFilters(params: Record<string, string | string[] | undefined>): AuditFilters {
  const parsed = schema.parse(params);
  const [key, dir] = parsed.sort.split(".") as [AuditSortKey, "asc" | "desc"];
  let { from, to } = parsed;
  // A range typed backwards is read the way it was meant.
  if (from && to && from > to) [from, to] = [to, from];
  return { person: parsed.person?.toLowerCase() ?? null, patient: parsed.patient?.toLowerCase() ?? null, action: parsed.action, from, to, sort: { key, dir }, page: parsed.page };
}

function query(state: AuditFilters, { withPage }: { withPage: boolean }): string {
  const params = new URLSearchParams();
  if (state.person) params.set("person", state.person);
  if (state.patient) params.set("patient", state.patient);
  if (state.action) params.set("action", state.action);
  if (state.from) params.set("from", state.from);
  if (state.to) params.set("to", state.to);
  if (state.sort.key !== "at" || state.sort.dir !== "desc") params.set("sort", `${state.sort.key}.${state.sort.dir}`);
  if (withPage && state.page > 1) params.set("page", String(state.page));
  const text = params.toString();
  return text ? `?${text}` : "";
}

/** The URL of a view; defaults are left out so URLs stay short. */
export function auditLogHref(state: AuditFilters, patch: Partial<AuditFilters> = {}): string {
  return `/admin/audit${query({ ...state, ...patch }, { withPage: true })}`;
}

/** The CSV of the current filter and order: every matching row, not only the page on screen. */
export function auditExportHref(state: AuditFilters): string {
  return `/admin/audit/export.csv${query(state, { withPage: false })}`;
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
