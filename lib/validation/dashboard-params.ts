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
};
export type DashboardView = { scope: TriageScope; page: number };

export function parseDashboardParams(params: SearchParams, role: Role): DashboardView {
  const { scope, page } = readParams(DASHBOARD_PARAMS, params);
  // Admins look after the whole clinic; therapists start with their own patients.
  return { scope: scope ?? (role === "admin" ? "all" : "mine"), page };
}

export function dashboardHref(view: DashboardView): string {
  return hrefOf("/dashboard", DASHBOARD_PARAMS, view);
}
