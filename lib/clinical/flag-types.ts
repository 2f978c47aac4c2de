/**
 * What a stored triage flag is made of. Pure types: the flag rules (lib/clinical/flag-rules.ts)
 * produce them, the schema (db/schema/flags.ts) stores them.
 */
export type FlagRule =
  | "red-flag"
  | "exercise-pain-high"
  | "run-pain-high"
  | "pain-rise"
  | "morning-not-settled"
  | "weekly-pain-rising"
  | "single-run-spike"
  | "no-recent-log";

/** Urgent only for red flags; review for the pain-model rules and spikes; watch for a lapse in logging. */
export type FlagSeverity = "urgent" | "review" | "watch";

export const FLAG_SEVERITIES: readonly FlagSeverity[] = ["urgent", "review", "watch"];

export const SEVERITY_LABELS: Record<FlagSeverity, "Urgent" | "Review" | "Watch"> = { urgent: "Urgent", review: "Review", watch: "Watch" };

/** One number behind a flag: "trigger" fired the rule, "comparison" is what it was measured against. */
export type EvidenceReading = {
  source: "log" | "run";
  /** The run's id, so two runs on one day stay apart. Logs are one a day: the date names them. */
  id?: string;
  date: string;
  measure: string;
  value: number;
  role: "trigger" | "comparison";
};

export type FlagEvidence = {
  readings: EvidenceReading[];
  /** Derived numbers the reason quotes (a rolling median, a percentage, a band...). */
  numbers?: Record<string, number | string | null>;
  /** Red-flag answers that were "yes". */
  answers?: string[];
};

/** A flag as a rule raises it, before it is stored. */
export type RaisedFlag = {
  rule: FlagRule;
  severity: FlagSeverity;
  /** Names the exact evidence; the same key never raises the same rule twice for a patient. */
  evidenceKey: string;
  evidenceDate: string;
  reason: string;
  evidence: FlagEvidence;
};
