import type { ExerciseGroup } from "./exercise-library";

/**
 * Short clinical notation for doses on screen and in change lists ("3 x 10", "3 x 30 s").
 * The printed handout spells doses out for patients instead (lib/pdf/protocol-pdf-data.ts).
 */
export type DoseAmount = { sets: number; reps: number | null; holdSeconds: number | null };

/** The dose fields every plan item carries: library defaults, template items, prescriptions. */
export type Dose = DoseAmount & { frequencyPerWeek: number; eachSide: boolean };
/** A dose as prescribed to one patient: which leg, what load, and the therapist's note. */
export type Prescription = Dose & { side: "left" | "right" | "both"; load: string | null; note: string | null };
/** One exercise of a plan, as the screens and the handout name it. */
export type PlanExercise = { name: string; group: ExerciseGroup };
export type DoseWithFrequency = DoseAmount & { frequencyPerWeek: number; eachSide: boolean; side?: "left" | "right" | "both" };

/**
 * Whether "each side" belongs in the dose: only when both legs are prescribed (or no side is
 * given, as in the library's defaults). Beside "Right leg" it would contradict the prescription.
 */
export function saysEachSide(dose: { eachSide: boolean; side?: "left" | "right" | "both" }): boolean {
  return dose.eachSide && (dose.side === undefined || dose.side === "both");
}

export function formatAmount(dose: DoseAmount): string {
  const parts = [String(dose.sets)];
  if (dose.reps !== null) parts.push(String(dose.reps));
  if (dose.holdSeconds !== null) parts.push(`${dose.holdSeconds} s`);
  return parts.join(" x ");
}

export function formatPerWeek(perWeek: number): string {
  if (perWeek === 7) return "daily";
  if (perWeek === 14) return "twice daily";
  return `${perWeek}x a week`;
}

/** "3 x 10 each side, 5x a week": the whole dose on one line. */
export function formatDoseLine(dose: DoseWithFrequency): string {
  return `${formatAmount(dose)}${saysEachSide(dose) ? " each side" : ""}, ${formatPerWeek(dose.frequencyPerWeek)}`;
}
