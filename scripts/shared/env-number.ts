/**
 * A numeric knob of a bench or load script (BENCH_SECONDS=20 ...), or its default. A knob that is
 * not a number stops the script with its name, rather than running a benchmark on NaN.
 */
export function envNumber(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === "") return fallback;
  const value = Number(raw);
  if (!Number.isFinite(value)) throw new Error(`${name} must be a number, not "${raw}"`);
  return value;
}
