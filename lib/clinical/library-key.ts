/**
 * The built-in library key an exercise stands for: a built-in's own key, or, for a clinic copy of
 * a built-in, its source's key (so the copy keeps the ladder and the drawing). A clinic's own
 * exercise, or a copy of one, stands for none.
 */
export function libraryKeyOf(row: { key: string; ownClinic: string | null; sourceKey: string | null; sourceClinic: string | null }): string | null {
  if (row.ownClinic === null) return row.key;
  return row.sourceKey !== null && row.sourceClinic === null ? row.sourceKey : null;
}
