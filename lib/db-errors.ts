/**
 * What the user is told while the database cannot be reached (db/unreachable.ts tells that failure
 * apart from others), No imports: the error pages and the action wrapper use it.
 */

/** What an action answers while the database is unreachable; the form keeps what was typed. */
export const DATABASE_UNAVAILABLE_ACTION_MESSAGE =
  "Stride cannot reach its database right now, so this was not saved. What you typed is still here: please try again in a moment.";

/** The words of the 503 page (and of the error page, which may see the same failure). */
export const DATABASE_UNAVAILABLE_TITLE = "The database cannot be reached";
export const DATABASE_UNAVAILABLE_DETAIL = "Nothing you saved has been lost. Please try again shortly.";
