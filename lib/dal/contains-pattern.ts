/** A LIKE/ILIKE pattern for "contains": `%` and `_` typed into a search box are literal, not wildcards. */
export function containsPattern(q: string): string {
  return `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}
