/**
 * A small RFC 4180 CSV writer for downloads that people open in spreadsheets.
 *
 * - Fields holding a quote, comma, CR or LF are quoted, with inner quotes doubled, so a note
 *   typed over several lines stays one cell.
 * - Formula injection (OWASP "CSV injection"): a spreadsheet runs a cell that starts with
 *   = + - @ (and, in some programs, a leading tab or CR) as a formula. Patients type the notes
 *   we export, so such text cells get a leading single quote and are shown as plain text.
 *   Only strings are guarded: numbers we write ourselves (pain 0-10, km) are never formulas.
 * - Lines end in CRLF, which every spreadsheet and RFC 4180 parser accepts.
 */
export type CsvCell = string | number | boolean | null | undefined;

const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]/;

export function csvCell(value: CsvCell): string {
  if (value === null || value === undefined) return "";
  let text: string;
  if (typeof value === "string") {
    text = FORMULA_START.test(value) ? `'${value}` : value;
  } else if (typeof value === "number") {
    text = Number.isFinite(value) ? String(value) : "";
  } else {
    text = value ? "yes" : "no";
  }
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvLine(cells: readonly CsvCell[]): string {
  return cells.map(csvCell).join(",");
}

/** A whole document: the header row, then the rows, each line ending in CRLF. */
export function toCsv(header: readonly string[], rows: readonly (readonly CsvCell[])[]): string {
  return [header, ...rows].map((row) => `${csvLine(row)}\r\n`).join("");
}
