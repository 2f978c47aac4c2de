import { createHash } from "node:crypto";
import type { ProtocolPdfData } from "./protocol-pdf-data";

/** JSON with every object's keys sorted, so the same data always gives the same text. */
function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map((v) => (v === undefined ? "null" : canonicalJson(v))).join(",")}]`;
  if (value !== null && typeof value === "object") {
    const entries = Object.entries(value)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(",")}}`;
  }
  return JSON.stringify(value) ?? "null";
}

/**
 * The cache key's second half (the first is the version id): a handout is a pure function of the
 * data it prints and of the code that draws it, so a renamed patient, a new print day, a changed
 * clinic phone or a new build each make a different hash (sha256, hex).
 */
export function pdfDataHash(data: ProtocolPdfData, build: string): string {
  return createHash("sha256").update(canonicalJson({ build, data })).digest("hex");
}
