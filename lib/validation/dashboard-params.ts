import type { Role } from "@/db/schema";
import type { TriageScope } from "@/lib/dal/flags";
import { hrefOf, oneOf, PAGE, readParams, type SearchParams } from "@/lib/url-state";

/**
 * The dashboard's view in its URL: whose flags (?scope=) and which page of them (?page=). The scope
 * has no fixed default (it depends on the caller), so its links always name it.
 */
const DASHBOARD_PARAMS = {
  scope: oneOf<TriageScope, null>(["mine", "all"], null),
  page: PAGE,
  /** The "Suggestions to decide" queue pages on its own. */
  suggestionPage: PAGE,
};
export type DashboardView = { scope: TriageScope; page: number; suggestionPage?: number };

export function parseDashboardParams(params: SearchParams, role: Role): Required<DashboardView> {
  const { scope, page, suggestionPage } = readParams(DASHBOARD_PARAMS, params);
  // Admins look after the whole clinic; therapists start with their own patients.
  return { scope: scope ?? (role === "admin" ? "all" : "mine"), page, suggestionPage };
}

export function dashboardHref(view: DashboardView): string {
  return hrefOf("/dashboard", DASHBOARD_PARAMS, { ...view, suggestionPage: view.suggestionPage ?? 1 });
}
