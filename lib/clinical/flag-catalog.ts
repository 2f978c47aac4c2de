import type { FlagRule, FlagSeverity } from "./flag-types";

/**
 * Every rule's label, severity and page in docs/clinical/. Severity follows the domain file:
 * urgent only for red flags, review for the pain-monitoring rules and spikes, watch for a lapse.
 */
export const FLAG_CATALOG: Record<FlagRule, { label: string; severity: FlagSeverity; doc: string }> = {
  "red-flag": { label: "Red flag reported", severity: "urgent", doc: "docs/clinical/red-flag.md" },
  "exercise-pain-high": { label: "Exercise pain above 5/10", severity: "review", doc: "docs/clinical/exercise-pain-high.md" },
  "run-pain-high": { label: "Running pain above 5/10", severity: "review", doc: "docs/clinical/run-pain-high.md" },
  "pain-rise": { label: "Pain up on recent level", severity: "review", doc: "docs/clinical/pain-rise.md" },
  "morning-not-settled": { label: "Morning pain not back to usual", severity: "review", doc: "docs/clinical/morning-not-settled.md" },
  "weekly-pain-rising": { label: "Pain rising week on week", severity: "review", doc: "docs/clinical/weekly-pain-rising.md" },
  "single-run-spike": { label: "Single-run spike", severity: "review", doc: "docs/clinical/single-run-spike.md" },
  "no-recent-log": { label: "No log for 7 days", severity: "watch", doc: "docs/clinical/no-recent-log.md" },
};

export const FLAG_RULES = Object.keys(FLAG_CATALOG) as [FlagRule, ...FlagRule[]];

export function isFlagRule(value: string): value is FlagRule {
  return value in FLAG_CATALOG;
}
