import type { FlagRule, RaisedFlag } from "./flag-types";

/**
 * What the patient is told after saving a log or run that trips a rule: the pain-monitoring
 * model's advice (Thomeé 1997; Silbernagel et al. 2007) in plain words, never a diagnosis. A red
 * flag overrides everything else: contact the clinic. Sources per sentence: docs/clinical/.
 */
export type PatientAdvice = { tone: "urgent" | "caution"; lines: string[] };

const CAUTION: Partial<Record<FlagRule, string>> = {
  "exercise-pain-high":
    "Your pain during exercise was above 5 out of 10. Keep your next session lighter: fewer repetitions or less load.",
  "run-pain-high": "Your pain while running was above 5 out of 10. Keep your next run shorter or easier, or walk instead.",
  "pain-rise": "Your pain is higher than it has been over the last two weeks. Keep your next session lighter.",
  "morning-not-settled":
    "Your knee had not settled back to its usual morning level. Keep today lighter than yesterday.",
  "weekly-pain-rising": "Your pain this week is higher than last week. Do not add more exercise or running this week.",
  "single-run-spike":
    "This run was a big step up from your longest run of the last 30 days. Keep your next runs close to your usual distance until your therapist has looked at it.",
};

const SETTLE = "If the pain has not settled by tomorrow morning, contact the clinic.";
const SEEN = "Your therapist will see this log.";

/** After a first run in 30 days there is no "longest recent run" to speak of: say what it is. */
const FIRST_RUN_BACK =
  "This was your first run logged in 30 days. Keep the next few runs short and easy until your therapist has looked at it.";

const lineFor = (flag: Pick<RaisedFlag, "rule"> & { evidence?: RaisedFlag["evidence"] }): string | undefined =>
  flag.rule === "single-run-spike" && flag.evidence?.numbers?.band === "no-recent-run" ? FIRST_RUN_BACK : CAUTION[flag.rule];

export function adviceFor(
  flags: readonly (Pick<RaisedFlag, "rule"> & { evidence?: RaisedFlag["evidence"] })[],
  clinic: { name: string; phone: string | null },
): PatientAdvice | null {
  const call = clinic.phone ? `Please contact ${clinic.name} today on ${clinic.phone}.` : `Please contact ${clinic.name} today.`;
  if (flags.some((f) => f.rule === "red-flag")) {
    return {
      tone: "urgent",
      lines: [
        call,
        "What you reported needs to be checked by your clinic. Stop your exercises and running until you have spoken to them.",
        "If you feel very unwell or cannot reach the clinic, get urgent medical help.",
      ],
    };
  }
  const lines = [...new Set(flags.flatMap((f) => lineFor(f) ?? []))];
  if (lines.length === 0) return null;
  return { tone: "caution", lines: [...lines, SETTLE, SEEN] };
}
