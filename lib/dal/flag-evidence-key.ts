import type { Flag } from "@/lib/clinical/flags";

/**
 * The identity of one trigger of a flag, stored in flag_reviews.evidence_key. A review hides the
 * flag only while the same evidence keeps raising it; new evidence makes a new key, so the flag
 * returns to the queue.
 *
 * - Built from the "trigger" readings (date, measure, value) only. "Comparison" readings are
 *   what the trigger was measured against (baseline logs, the day before) and are not the event.
 *   Including the value means a same-day edit that raises the pain again counts as new.
 * - "No recent log" keys on the last log date (or the protocol start when there is no log),
 *   never on the day count: the count grows every day, the lapse it describes does not.
 */
export function flagEvidenceKey(flag: Flag): string {
  if (flag.rule === "no-recent-log") {
    return flag.lastLogDate ? `last-log:${flag.lastLogDate}` : `since:${flag.evidence[0]?.logDate ?? "unknown"}`;
  }
  const triggers = flag.evidence.filter((e) => e.role === "trigger").map((e) => `${e.logDate}:${e.measure}=${e.value}`);
  return [...new Set(triggers)].sort().join(";");
}

/** The log dates a flag rests on, newest first, for "which logs" in the queue. */
export function flagLogDates(flag: Flag): string[] {
  const dates = flag.evidence.filter((e) => e.measure !== "daysSinceProtocolStart").map((e) => e.logDate);
  return [...new Set(dates)].sort().reverse();
}
