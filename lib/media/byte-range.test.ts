import { describe, expect, it } from "vitest";
import { parseByteRange } from "./byte-range";

describe("HTTP Range against a 1000-byte file", () => {
  it.each([
    ["bytes=0-99", { start: 0, end: 99 }],
    ["bytes=500-", { start: 500, end: 999 }],
    ["bytes=-100", { start: 900, end: 999 }],
    ["bytes=900-5000", { start: 900, end: 999 }],
    ["bytes=-5000", { start: 0, end: 999 }],
  ])("%s is served as a part", (header, range) => {
    expect(parseByteRange(header, 1000)).toEqual(range);
  });

  it.each(["bytes=1000-", "bytes=2000-3000", "bytes=10-5", "bytes=-0"])("%s cannot be satisfied (416)", (header) => {
    expect(parseByteRange(header, 1000)).toBe("unsatisfiable");
  });

  it.each([null, "", "items=0-5", "bytes=0-5,10-20", "bytes=-"])("%s is ignored: the whole file is sent", (header) => {
    expect(parseByteRange(header, 1000)).toBeNull();
  });
});
