/** Limits shared by the suggestion validation and the record's Dismiss form (no zod here, so the browser bundle stays small). */
export const DISMISS_REASON_MAX = 200;
