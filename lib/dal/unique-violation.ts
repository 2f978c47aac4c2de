/**
 * True when `error` (or what it wraps: drizzle puts the driver's error in `cause`) is PostgreSQL's
 * unique_violation on the named constraint or index. Same shape from pg and PGlite.
 */
export function isUniqueViolation(error: unknown, constraint: string): boolean {
  for (let e: unknown = error, depth = 0; e && typeof e === "object" && depth < 5; e = (e as { cause?: unknown }).cause, depth++) {
    const { code, constraint: name } = e as { code?: unknown; constraint?: unknown };
    if (code === "23505" && name === constraint) return true;
  }
  return false;
}
