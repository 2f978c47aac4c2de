import { describe, expect, it } from "vitest";
import { keptParams, LOGS_PAGE_SIZE, parseReviewParams, reviewHref } from "./review-params";

const BASE = "/patients/p1";

describe("patient review URL state", () => {
  it("defaults to the last 12 weeks and the newest logs first", () => {
    expect(parseReviewParams({})).toEqual({ chart: "12w", log: { sort: { key: "date", dir: "desc" }, page: 1, pageSize: LOGS_PAGE_SIZE } });
  });

  it("reads a bookmarked view and falls back per field on junk", () => {
    expect(parseReviewParams({ chart: "episode", logSort: "exercise.asc", logPage: "2" })).toEqual({
      chart: "episode", log: { sort: { key: "exercise", dir: "asc" }, page: 2, pageSize: LOGS_PAGE_SIZE },
    });
    expect(parseReviewParams({ chart: "year", logSort: "note.asc", logPage: "-1" })).toEqual(parseReviewParams({}));
    expect(parseReviewParams({ chart: ["episode", "12w"], logPage: ["3", "1"] })).toMatchObject({ chart: "episode", log: { page: 3 } });
  });

  it("keeps the record page's other parameters but not its one-time notice", () => {
    const kept = keptParams({ saved: "updated", tab: "runs", chart: "episode" });
    expect(kept).toEqual([["tab", "runs"], ["chart", "episode"]]);
    const state = parseReviewParams({ chart: "episode" });
    expect(reviewHref(BASE, kept, state)).toBe(`${BASE}?tab=runs&chart=episode`);
    expect(reviewHref(BASE, kept, state, { chart: "12w" })).toBe(`${BASE}?tab=runs`);
  });

  it("leaves defaults out of sort and page links", () => {
    const state = parseReviewParams({});
    expect(reviewHref(BASE, [], state)).toBe(BASE);
    expect(reviewHref(BASE, [], state, { sort: { key: "exercise", dir: "desc" }, page: 1 })).toBe(`${BASE}?logSort=exercise.desc`);
    const sorted = parseReviewParams({ logSort: "exercise.desc" });
    expect(reviewHref(BASE, [], sorted, { page: 2 })).toBe(`${BASE}?logSort=exercise.desc&logPage=2`);
  });
});
