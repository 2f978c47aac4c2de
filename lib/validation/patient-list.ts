import { z } from "zod";
import { fallbacksOf, hrefOf, oneOf, PAGE, queryEntries, readParams, sortBy, text, type SearchParams, type ValuesOf } from "@/lib/url-state";
import { noControlCharacters } from "./form";

/** The patient table's state lives in the URL so any view can be bookmarked or shared. */
export const PATIENTS_PAGE_SIZE = 25;

/** The direction a column sorts on first click: newest and most painful first. */
export const FIRST_DIRECTION = { name: "asc", lastLog: "desc", pain: "desc", created: "desc" } as const;
export type PatientSortKey = keyof typeof FIRST_DIRECTION;

/** Declared in the order the keys appear in links. */
export const PATIENT_LIST_PARAMS = {
  // A NUL byte would reach PostgreSQL as a parameter and fail the query: search for nothing instead.
  q: text(z.string().max(100).refine(noControlCharacters), ""),
  sort: sortBy(FIRST_DIRECTION, { key: "name", dir: "asc" }),
  scope: oneOf(["mine", "all"], "mine"),
  status: oneOf(["active", "archived"], "active"),
  page: PAGE,
};
export type PatientListState = ValuesOf<typeof PATIENT_LIST_PARAMS>;

/** Anything malformed falls back to the default view instead of erroring: URLs get mangled. */
export function parsePatientListParams(params: SearchParams): PatientListState {
  return readParams(PATIENT_LIST_PARAMS, params);
}

/** The URL of a view; defaults are left out so URLs stay short. */
export function patientListHref(state: PatientListState, patch: Partial<PatientListState> = {}): string {
  return hrefOf("/patients", PATIENT_LIST_PARAMS, { ...state, ...patch });
}

/** What the search form carries besides the new text; a new search starts on page 1. */
export function patientSearchHiddenFields(state: PatientListState): [string, string][] {
  const { q, page } = fallbacksOf(PATIENT_LIST_PARAMS);
  return queryEntries(PATIENT_LIST_PARAMS, { ...state, q, page });
}
