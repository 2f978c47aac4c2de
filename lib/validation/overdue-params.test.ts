import { describe, expect, it } from "vitest";
import { overduePageHref, parseOverduePage } from "./overdue-params";

describe("overdue questionnaires paging", () => {
  it("reads the page, falling back to 1 for anything else", () => {
    expect(parseOverduePage({ overduePage: "3" })).toBe(3);
    expect(parseOverduePage({ overduePage: "0" })).toBe(1);
    expect(parseOverduePage({ overduePage: "2abc" })).toBe(1);
    expect(parseOverduePage({})).toBe(1);
  });

  it("keeps the flag queue's parameters and drops page 1", () => {
    expect(overduePageHref({ scope: "all", page: "2" }, 3)).toBe("/dashboard?scope=all&page=2&overduePage=3");
    expect(overduePageHref({ scope: "mine", overduePage: "3" }, 1)).toBe("/dashboard?scope=mine");
  });
});
