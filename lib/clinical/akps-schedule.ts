import { addDays, daysBetween } from "@/lib/dates";

/**
 * When Stride proposes the next AKPS (docs/clinical/akps.md). The domain file asks for it at
 * baseline, around weeks 4-6 and at discharge; the exact days below are Stride's choices, and the
 * therapist can change the timepoint and the date before sending the request.
 */
export type AkpsTimepoint = "baseline" | "follow-up" | "discharge";

/** A score already given, with the timepoint it answered (null: entered without one). */
export type AkpsDone = { timepoint: AkpsTimepoint | null; measuredOn: string };

export type AkpsProposal = {
  timepoint: AkpsTimepoint;
  dueOn: string;
  /** One sentence for the therapist: why this timepoint and date. */
  reason: string;
  /** The proposed timepoint's window has already passed (follow-up after week 6). */
  late: boolean;
};

/** Stride's choice inside the weeks 4-6 window: the middle of it, week 5 after the baseline. */
export const FOLLOW_UP_DAYS = 35;
/** End of the weeks 4-6 window: past it, a follow-up is late (still worth asking). */
export const FOLLOW_UP_WINDOW_END_DAYS = 42;
/** Stride's choice: discharge is unknown in advance, so 4 weeks after the follow-up, for the therapist to move. */
export const DISCHARGE_AFTER_FOLLOW_UP_DAYS = 28;

const later = (a: string, b: string) => (a > b ? a : b);

function latest(done: readonly AkpsDone[], timepoint: AkpsTimepoint): string | null {
  const days = done.filter((d) => d.timepoint === timepoint).map((d) => d.measuredOn).sort();
  return days.at(-1) ?? null;
}

/**
 * The next timepoint and due date, or null when the episode's discharge score is in. A due date is
 * never in the past: a missed one is proposed for today.
 */
export function proposeNextAkps(done: readonly AkpsDone[], today: string): AkpsProposal | null {
  if (latest(done, "discharge")) return null;
  const baseline = latest(done, "baseline");
  if (!baseline) {
    return { timepoint: "baseline", dueOn: today, reason: "No baseline yet: ask at the start of care, before treatment changes the score.", late: false };
  }
  const followUp = latest(done, "follow-up");
  if (!followUp) {
    const week5 = addDays(baseline, FOLLOW_UP_DAYS);
    const late = daysBetween(baseline, today) > FOLLOW_UP_WINDOW_END_DAYS;
    return {
      timepoint: "follow-up",
      dueOn: later(week5, today),
      reason: late
        ? "The weeks 4-6 follow-up window after the baseline has passed: ask now."
        : "Follow-up at weeks 4-6: Stride proposes week 5 after the baseline.",
      late,
    };
  }
  return {
    timepoint: "discharge",
    dueOn: later(addDays(followUp, DISCHARGE_AFTER_FOLLOW_UP_DAYS), today),
    reason: "Follow-up done: ask again at discharge. Move the date to the planned last session.",
    late: false,
  };
}
