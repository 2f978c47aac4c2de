import { describe, expect, it } from "vitest";
import { dashboardHref, parseDashboardParams } from "./dashboard-params";

describe("dashboard URL state", () => {
  it("starts admins on the whole clinic and therapists on their own patients", () => {
    expect(parseDashboardParams({}, "admin")).toEqual({ scope: "all", page: 1, suggestionPage: 1 });
    expect(parseDashboardParams({}, "therapist")).toEqual({ scope: "mine", page: 1, suggestionPage: 1 });
    expect(parseDashboardParams({ scope: "everyone", page: "0" }, "therapist")).toEqual({ scope: "mine", page: 1, suggestionPage: 1 });
  });

  it("lets the URL choose the scope and page", () => {
    expect(parseDashboardParams({ scope: "mine", page: "3", suggestionPage: "2" }, "admin")).toEqual({ scope: "mine", page: 3, suggestionPage: 2 });
    expect(parseDashboardParams({ scope: ["all", "mine"] }, "therapist").scope).toBe("all");
  });

  it("always names the scope in links, since its default depends on who follows them", () => {
    expect(dashboardHref({ scope: "mine", page: 1 })).toBe("/dashboard?scope=mine");
    expect(dashboardHref({ scope: "all", page: 2 })).toBe("/dashboard?scope=all&page=2");
    expect(dashboardHref({ scope: "all", page: 2, suggestionPage: 3 })).toBe("/dashboard?scope=all&page=2&suggestionPage=3");
  });
});
