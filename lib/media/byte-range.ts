import type { ByteRange } from "./store";

/**
 * An HTTP Range header against a file of `size` bytes (RFC 9110 §14): null means "send it all"
 * (no header, or one we do not serve such as several ranges, which browsers don't ask for video),
 * "unsatisfiable" means 416. Only `bytes=a-b`, `bytes=a-` and `bytes=-n` are read.
 */
export function parseByteRange(header: string | null, size: number): ByteRange | "unsatisfiable" | null {
  if (!header) return null;
  const match = /^bytes=(\d*)-(\d*)$/.exec(header.trim());
  if (!match) return null;
  const [, from = "", to = ""] = match;
  if (from === "" && to === "") return null;
  if (from === "") {
    const suffix = Number(to);
    if (suffix === 0 || size === 0) return "unsatisfiable";
    return { start: Math.max(0, size - suffix), end: size - 1 };
  }
  const start = Number(from);
  const end = to === "" ? size - 1 : Math.min(Number(to), size - 1);
  if (start >= size || (to !== "" && Number(to) < start)) return "unsatisfiable";
  return { start, end };
}
