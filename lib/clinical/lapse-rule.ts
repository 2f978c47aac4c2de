import { daysBetween } from "@/lib/dates";
import { formatDate } from "@/lib/format";
import type { RaisedFlag } from "./flag-types";

/**
 * No log for 7 days or more, for a patient on an active protocol. A "watch" flag, checked by an
 * idempotent job (dashboard and record loads, `npm run jobs`). The evidence is the lapse itself
 * (the last log's date, or the protocol start when there is none), never the day count: the count
 * grows every day, the lapse it describes does not, so one lapse raises one flag.
 * The 7 days are Stride's choice (docs/clinical/no-recent-log.md).
 */
export const NO_RECENT_LOG_DAYS = 7;

export function noRecentLogRule({ lastLogDate, protocolStart, today }: { lastLogDate: string | null; protocolStart: string; today: string }): RaisedFlag | null {
  const since = lastLogDate ?? protocolStart;
  const days = daysBetween(since, today);
  if (days < NO_RECENT_LOG_DAYS) return null;
  return {
    rule: "no-recent-log",
    severity: "watch",
    evidenceKey: lastLogDate ? `last-log:${lastLogDate}` : `since:${protocolStart}`,
    evidenceDate: since,
    reason: lastLogDate
      ? `No pain log for ${days} days (last on ${formatDate(lastLogDate)}). Check in with the patient about the plan.`
      : `No pain log since the protocol started on ${formatDate(protocolStart)}, ${days} days ago. Check in with the patient.`,
    evidence: { readings: [], numbers: { days, lastLogDate, protocolStart } },
  };
}
