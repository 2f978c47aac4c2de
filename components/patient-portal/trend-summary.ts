import { isoWeekStart } from "@/lib/clinical/adherence";

type Log = { logDate: string; painAtRest: number; painDuringExercise: number | null; painNextMorning: number | null };

const SERIES = [
  { key: "painAtRest", label: "Pain at rest" },
  { key: "painDuringExercise", label: "Pain during exercise" },
  { key: "painNextMorning", label: "Morning-after pain" },
] as const;

const oneDecimal = (n: number) => (Math.round(n * 10) / 10).toString();

/**
 * The chart in sentences, for screen-reader users and anyone who prefers words: per series, the
 * average of the first logged week against the latest logged week. Weeks rather than single days
 * because one day's pain score is noisy.
 */
export function trendSentences(logs: readonly Log[]): string[] {
  const sentences: string[] = [];
  for (const { key, label } of SERIES) {
    const byWeek = new Map<string, number[]>();
    for (const log of logs) {
      const value = log[key];
      if (value === null) continue;
      const week = isoWeekStart(log.logDate);
      byWeek.set(week, [...(byWeek.get(week) ?? []), value]);
    }
    const weeks = [...byWeek.keys()].sort();
    if (weeks.length === 0) continue;
    const mean = (week: string) => {
      const values = byWeek.get(week) ?? [];
      return values.reduce((a, b) => a + b, 0) / values.length;
    };
    const first = mean(weeks[0] as string);
    const last = mean(weeks[weeks.length - 1] as string);
    if (weeks.length === 1) {
      sentences.push(`${label}: ${oneDecimal(first)} out of 10 on average.`);
      continue;
    }
    if (Math.abs(last - first) < 0.05) {
      sentences.push(`${label}: steady at about ${oneDecimal(last)} out of 10.`);
      continue;
    }
    const direction = last < first ? "down" : "up";
    sentences.push(`${label}: ${direction} from ${oneDecimal(first)} to ${oneDecimal(last)} out of 10.`);
  }
  return sentences;
}
