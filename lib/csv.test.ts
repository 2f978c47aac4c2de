import { describe, expect, it } from "vitest";
import { csvCell, toCsv } from "./csv";

/** A minimal RFC 4180 reader, so the tests check what a spreadsheet would read back, not our own strings. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ",") {
      row.push(cell);
      cell = "";
    } else if (c === "\r" && text[i + 1] === "\n") {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = "";
      i++;
    } else cell += c;
  }
  return rows;
}

describe("csvCell", () => {
  it("leaves plain text and numbers alone", () => {
    expect(csvCell("stairs")).toBe("stairs");
    expect(csvCell(7)).toBe("7");
    expect(csvCell(4.25)).toBe("4.25");
    expect(csvCell(null)).toBe("");
    expect(csvCell(undefined)).toBe("");
    expect(csvCell(true)).toBe("yes");
    expect(csvCell(false)).toBe("no");
    expect(csvCell(Number.NaN)).toBe("");
  });

  it("quotes commas, quotes and line breaks, doubling inner quotes", () => {
    expect(csvCell("stairs, running")).toBe('"stairs, running"');
    expect(csvCell('felt "fine"')).toBe('"felt ""fine"""');
    expect(csvCell("line one\nline two")).toBe('"line one\nline two"');
    expect(csvCell("carriage\rreturn")).toBe('"carriage\rreturn"');
  });

  it("defuses text a spreadsheet would run as a formula", () => {
    expect(csvCell("=HYPERLINK(\"http://evil.test\",\"click\")")).toBe('"\'=HYPERLINK(""http://evil.test"",""click"")"');
    expect(csvCell("+1 555 0101")).toBe("'+1 555 0101");
    expect(csvCell("-2+3")).toBe("'-2+3");
    expect(csvCell("@SUM(A1:A2)")).toBe("'@SUM(A1:A2)");
    expect(csvCell("\t=1+1")).toBe("'\t=1+1");
    expect(csvCell("a=1")).toBe("a=1"); // only a leading sign counts
    expect(csvCell(-3)).toBe("-3"); // numbers we write are data, not formulas
  });
});

describe("toCsv", () => {
  it("round-trips awkward notes through a real CSV reader", () => {
    const notes = ['Said "ouch", twice', "first line\r\nsecond line", "=1+2", "plain"];
    const text = toCsv(["date", "note"], notes.map((n, i) => [`2026-03-0${i + 1}`, n]));
    expect(text.endsWith("\r\n")).toBe(true);
    expect(parseCsv(text)).toEqual([
      ["date", "note"],
      ["2026-03-01", 'Said "ouch", twice'],
      ["2026-03-02", "first line\r\nsecond line"],
      ["2026-03-03", "'=1+2"],
      ["2026-03-04", "plain"],
    ]);
  });

  it("writes only the header when there are no rows", () => {
    expect(toCsv(["a", "b"], [])).toBe("a,b\r\n");
  });
});
