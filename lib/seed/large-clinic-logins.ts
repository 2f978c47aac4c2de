/**
 * The end-to-end tests' clinic with more patients than a list counts (COUNT_CAP in
 * lib/dal/capped-page.ts, 1,000): the table says "1,000+" and still pages to the end. Kept apart
 * from the seed itself so the Playwright personas can import it without the database code.
 */
export const LARGE_CLINIC_THERAPIST = "nora@northside.test";
/** Past the cap by 30, so the last page (the 42nd of 25) is short and its rows can be named. */
export const LARGE_CLINIC_PATIENTS = 1030;
