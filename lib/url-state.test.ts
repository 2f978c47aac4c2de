import { describe, expect, expectTypeOf, it } from "vitest";
import { z } from "zod";
import { fallbacksOf, hrefOf, integer, oneOf, PAGE, queryEntries, readParams, searchEntries, sortBy, text, type ValuesOf } from "./url-state";

const FIELDS = {
  q: text(z.string().max(5), ""),
  day: text(z.iso.date(), null),
  sort: sortBy({ name: "asc", pain: "desc" }, { key: "name", dir: "asc" }),
  scope: oneOf(["mine", "all"], "mine"),
  whose: oneOf(["mine", "all"], null),
  page: PAGE,
};
const DEFAULTS = { q: "", day: null, sort: { key: "name", dir: "asc" }, scope: "mine", whose: null, page: 1 };

describe("readParams", () => {
  it("gives every field its fallback on a bare URL", () => {
    expect(readParams(FIELDS, {})).toEqual(DEFAULTS);
    expect(fallbacksOf(FIELDS)).toEqual(DEFAULTS);
    expectTypeOf(readParams(FIELDS, {})).toEqualTypeOf<ValuesOf<typeof FIELDS>>();
    expectTypeOf<ValuesOf<typeof FIELDS>["scope"]>().toEqualTypeOf<"mine" | "all">();
    expectTypeOf<ValuesOf<typeof FIELDS>["whose"]>().toEqualTypeOf<"mine" | "all" | null>();
  });

  it("reads good values, trimming text", () => {
    expect(readParams(FIELDS, { q: " sam ", day: "2026-11-01", sort: "pain.asc", scope: "all", whose: "mine", page: "7" })).toEqual({
      q: "sam", day: "2026-11-01", sort: { key: "pain", dir: "asc" }, scope: "all", whose: "mine", page: 7,
    });
  });

  it("falls back field by field on bad input and never throws", () => {
    expect(readParams(FIELDS, { q: "toolong", day: "2026-02-30", sort: "pain.up", scope: "ALL", whose: "", page: "2.5" })).toEqual(DEFAULTS);
    expect(readParams(FIELDS, { sort: "pain.desc.x", page: "0" })).toMatchObject({ sort: DEFAULTS.sort, page: 1 });
    expect(readParams(FIELDS, { sort: "constructor.asc", page: "100001" })).toMatchObject({ sort: DEFAULTS.sort, page: 1 });
    expect(readParams(FIELDS, { sort: ".", page: "abc", scope: "toString" })).toMatchObject({ sort: DEFAULTS.sort, page: 1, scope: "mine" });
    expect(readParams(FIELDS, { q: [], page: [] })).toEqual(DEFAULTS);
  });

  it("reads a blank optional field as no value", () => {
    expect(readParams(FIELDS, { day: "  " }).day).toBeNull();
  });

  it("takes the first of a repeated key, from a page's arrays and a route's URLSearchParams alike", () => {
    expect(readParams(FIELDS, { scope: ["all", "mine"], page: ["3", "9"] })).toMatchObject({ scope: "all", page: 3 });
    expect(readParams(FIELDS, new URLSearchParams("scope=all&scope=mine&page=3&page=9"))).toMatchObject({ scope: "all", page: 3 });
    // The first value decides even when it is the bad one: a later repeat does not rescue it.
    expect(readParams(FIELDS, { scope: ["nobody", "all"] }).scope).toBe("mine");
  });
});

describe("integer", () => {
  it("takes whole numbers inside its bounds only", () => {
    const hours = integer(0, 23, 9);
    expect(["0", "23", " 7 ", "7.0"].map((raw) => hours.read(raw))).toEqual([0, 23, 7, 7]);
    expect(["-1", "24", "1.5", "7x", "Infinity", "NaN"].map((raw) => hours.read(raw))).toEqual([undefined, undefined, undefined, undefined, undefined, undefined]);
  });
});

describe("hrefOf", () => {
  it("drops every value that equals its fallback", () => {
    expect(hrefOf("/list", FIELDS, fallbacksOf(FIELDS))).toBe("/list");
    // A URL that spells the defaults out links back to the bare path: one view, one URL.
    expect(hrefOf("/list", FIELDS, readParams(FIELDS, { q: " ", sort: "name.asc", scope: "mine", page: "1" }))).toBe("/list");
    expect(queryEntries(FIELDS, { ...fallbacksOf(FIELDS), scope: "all" })).toEqual([["scope", "all"]]);
  });

  it("writes the others in declaration order and round-trips", () => {
    const values: ValuesOf<typeof FIELDS> = { q: "a b", day: "2026-11-01", sort: { key: "pain", dir: "desc" }, scope: "all", whose: "mine", page: 2 };
    const href = hrefOf("/list", FIELDS, values);
    expect(href).toBe("/list?q=a+b&day=2026-11-01&sort=pain.desc&scope=all&whose=mine&page=2");
    expect(readParams(FIELDS, new URL(href, "http://x").searchParams)).toEqual(values);
  });

  it("keeps other parameters first, in order, and lets the fields win over a kept key of theirs", () => {
    const kept: [string, string][] = [["tab", "b"], ["page", "9"], ["tag", "x"], ["tag", "y"]];
    expect(hrefOf("/list", FIELDS, { ...fallbacksOf(FIELDS), page: 3 }, kept)).toBe("/list?tab=b&tag=x&tag=y&page=3");
    expect(hrefOf("/list", FIELDS, fallbacksOf(FIELDS), kept)).toBe("/list?tab=b&tag=x&tag=y");
  });
});

describe("searchEntries", () => {
  it("flattens repeated keys in order and leaves out the named ones", () => {
    expect(searchEntries({ a: "1", saved: "updated", b: ["2", "3"], c: undefined }, ["saved"])).toEqual([["a", "1"], ["b", "2"], ["b", "3"]]);
  });
});
