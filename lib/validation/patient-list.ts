import { z } from "zod";
import { noControlCharacters } from "./form";

/** The patient table's state lives in the URL so any view can be bookmarked or shared. */
export const PATIENT_SORT_KEYS = ["name", "lastLog", "pain", "created"] as const;
export type PatientSortKey = (typeof PATIENT_SORT_KEYS)[number];
export const PATIENTS_PAGE_SIZE = 25;

/** The direction a column sorts on first click: newest and most painful first. */
export const FIRST_DIRECTION: Record<PatientSortKey, "asc" | "desc"> = { name: "asc", lastLog: "desc", pain: "desc", created: "desc" };

export type PatientListState = {
  q: string;
  sort: { key: PatientSortKey; dir: "asc" | "desc" };
  page: number;
  scope: "mine" | "all";
  status: "active" | "archived";
};

const first = (v: unknown) => (Array.isArray(v) ? v[0] : v);

const schema = z.object({
  // A NUL byte would reach PostgreSQL as a parameter and fail the query: search for nothing instead.
  q: z.preprocess(first, z.string().trim().max(100).refine(noControlCharacters).catch("")).default(""),
  sort: z.preprocess(first, z.string().regex(/^(name|lastLog|pain|created)\.(asc|desc)$/).catch("name.asc")).default("name.asc"),
  page: z.preprocess(first, z.coerce.number().int().min(1).max(100_000).catch(1)).default(1),
  scope: z.preprocess(first, z.enum(["mine", "all"]).catch("mine")).default("mine"),
  status: z.preprocess(first, z.enum(["active", "archived"]).catch("active")).default("active"),
});

/** Anything malformed falls back to the default view instead of erroring: URLs get mangled. */
export function parsePatientListParams(params: Record<string, string | string[] | undefined>): PatientListState {
  const parsed = schema.parse(params);
  const [key, dir] = parsed.sort.split(".") as [PatientSortKey, "asc" | "desc"];
  return { q: parsed.q, sort: { key, dir }, page: parsed.page, scope: parsed.scope, status: parsed.status };
}

/** The URL of a view; defaults are left out so URLs stay short. */
export function patientListHref(state: PatientListState, patch: Partial<PatientListState> = {}): string {
  const next = { ...state, ...patch };
  const params = new URLSearchParams();
  if (next.q) params.set("q", next.q);
  if (next.sort.key !== "name" || next.sort.dir !== "asc") params.set("sort", `${next.sort.key}.${next.sort.dir}`);
  if (next.scope !== "mine") params.set("scope", next.scope);
  if (next.status !== "active") params.set("status", next.status);
  if (next.page > 1) params.set("page", String(next.page));
  const query = params.toString();
  return query ? `/patients?${query}` : "/patients";
}
