import { formatAmount } from "./dose-notation";
import { EXERCISE_LIBRARY, type ExerciseProgression, type LibraryExercise, type LoadScheme } from "./exercise-library";

/**
 * One step of an exercise's dose, forwards or back, from the exercise's progression data in
 * lib/clinical/exercise-library.ts. Pure and without gates: dose-suggestion.ts decides WHETHER to
 * move; this file says WHAT the next or previous dose is (docs/clinical/exercise-ladders.md).
 *
 * Forwards: the per-set amount (reps, or hold seconds) + step, capped at the top of the range; at
 * the top, in the exercise's order, the next load (amount back to the start of the range) or the
 * next rung of the ladder (at that exercise's library default dose). Nothing left: null.
 * Back: amount - step while above the start of the range; then the lighter load; then the easier
 * rung (at its library default); then amount - step down to the floor; then one set fewer; then
 * pause the exercise. A regression always names a step.
 */
export type DoseValues = {
  sets: number;
  reps: number | null;
  holdSeconds: number | null;
  frequencyPerWeek: number;
  eachSide: boolean;
  /** Free text as prescribed ("0.5 kg ankle weight", "red band"); null for none. */
  load: string | null;
};

export type DoseStep =
  | "more-reps" | "longer-hold" | "next-load" | "harder-rung"
  | "fewer-reps" | "shorter-hold" | "lighter-load" | "easier-rung" | "fewer-sets" | "pause";

export type DoseChange = {
  step: DoseStep;
  fromExerciseKey: string;
  /** Differs from fromExerciseKey only for a rung change: the plan swaps one exercise for the other. */
  toExerciseKey: string;
  from: DoseValues;
  /** Null only for "pause": take the exercise out of the plan for now. */
  to: DoseValues | null;
  /**
   * Set when Stride could not read the current load text ("thick band", "10 lb"): `to.load` keeps
   * the old text and the therapist must name the heavier or lighter load before approving.
   */
  loadToChoose: "heavier" | "lighter" | null;
  /** "Clam shell 3 x 12 -> 3 x 14", as the change list words it. */
  summary: string;
};

/** Band sequences Stride recognises in load text, lightest first (colours: the common Thera-Band order). */
export const BAND_SEQUENCES: readonly (readonly string[])[] = [
  ["yellow", "red", "green", "blue", "black"],
  ["light", "medium", "heavy", "extra heavy"],
];
const FIRST_BAND = "light band";

export function libraryExercise(key: string): LibraryExercise | undefined {
  return EXERCISE_LIBRARY.find((e) => e.key === key);
}

const KG = /(\d+(?:[.,]\d+)?)\s*kg\b/i;
const number = (n: number) => String(Math.round(n * 100) / 100);

/** Where a load text sits on the scheme: 0 for no load, k for the k-th step; null when unreadable. */
export function loadLevel(load: string | null, scheme: LoadScheme): number | null {
  const text = load?.trim() ?? "";
  if (text === "") return 0;
  if (scheme.kind === "kg") {
    const match = KG.exec(text);
    if (!match) return null;
    const kg = Number((match[1] as string).replace(",", "."));
    return Math.round((kg - scheme.first) / scheme.step) + 1;
  }
  const lower = text.toLowerCase();
  for (const sequence of BAND_SEQUENCES) {
    // Longest names first, so "extra heavy" is not read as "heavy".
    const found = [...sequence].sort((a, b) => b.length - a.length).find((name) => lower.includes(name));
    if (found) return sequence.indexOf(found) + 1;
  }
  return null;
}

/** The load text at `level` (1-based), written like the current text where there is one. */
function loadText(current: string | null, level: number, scheme: LoadScheme): string | null {
  if (level <= 0) return null;
  const text = current?.trim() ?? "";
  if (scheme.kind === "kg") {
    const kg = number(scheme.first + (level - 1) * scheme.step);
    return KG.test(text) ? text.replace(KG, `${kg} kg`) : `${kg} kg ${scheme.label}`;
  }
  const lower = text.toLowerCase();
  for (const sequence of BAND_SEQUENCES) {
    const found = [...sequence].sort((a, b) => b.length - a.length).find((name) => lower.includes(name));
    if (!found) continue;
    const replacement = sequence[Math.min(level, sequence.length) - 1] as string;
    const at = lower.indexOf(found);
    const cased = text[at] === text[at]?.toUpperCase() ? replacement[0]?.toUpperCase() + replacement.slice(1) : replacement;
    return text.slice(0, at) + cased + text.slice(at + found.length);
  }
  return FIRST_BAND;
}

const maxLevel = (scheme: LoadScheme) => (scheme.kind === "kg" ? Math.round((scheme.max - scheme.first) / scheme.step) + 1 : scheme.max);

type Amount = { field: "reps" | "holdSeconds"; value: number };

/** Which dose field the exercise's range is counted in. */
export function amountField(progression: ExerciseProgression): Amount["field"] {
  return progression.progressesBy[0] === "hold" ? "holdSeconds" : "reps";
}

function amountOf(dose: DoseValues, progression: ExerciseProgression): Amount | null {
  const field = amountField(progression);
  const value = dose[field];
  return value === null ? null : { field, value };
}

function withAmount(dose: DoseValues, amount: Amount, value: number): DoseValues {
  return { ...dose, [amount.field]: value };
}

function defaultDose(exercise: LibraryExercise): DoseValues {
  const { sets, reps, holdSeconds, frequencyPerWeek, eachSide } = exercise;
  return { sets, reps, holdSeconds, frequencyPerWeek, eachSide, load: null };
}

/** "3 x 14 with Red band": a dose as the summaries word it. */
export function describeDose(dose: DoseValues): string {
  return `${formatAmount(dose)}${dose.load ? ` with ${dose.load}` : ""}`;
}

function change(step: DoseStep, key: string, from: DoseValues, to: DoseValues | null, toKey = key, loadToChoose: DoseChange["loadToChoose"] = null): DoseChange {
  const name = libraryExercise(key)?.name ?? key;
  let summary: string;
  if (to === null) summary = `${name} ${describeDose(from)}: pause this exercise`;
  else if (toKey !== key) summary = `${name} ${describeDose(from)} -> ${libraryExercise(toKey)?.name ?? toKey} ${describeDose(to)}`;
  else if (loadToChoose) summary = `${name} ${describeDose(from)} -> ${formatAmount(to)} with a ${loadToChoose} load than "${from.load}" (therapist to name it)`;
  else summary = `${name} ${describeDose(from)} -> ${describeDose(to)}`;
  return { step, fromExerciseKey: key, toExerciseKey: toKey, from, to, loadToChoose, summary };
}

/** The next dose of exercise `key`, or null when the exercise has no further step (or is not progressed). */
export function progressStep(key: string, dose: DoseValues): DoseChange | null {
  const progression = libraryExercise(key)?.progression;
  if (!progression || progression.progressesBy.length === 0) return null;
  const amount = amountOf(dose, progression);
  if (!amount) return null;
  const { range } = progression;
  if (amount.value < range.top) {
    const step = amount.field === "reps" ? "more-reps" : "longer-hold";
    return change(step, key, dose, withAmount(dose, amount, Math.min(amount.value + range.step, range.top)));
  }
  for (const next of progression.progressesBy) {
    if (next === "load" && progression.load) {
      const level = loadLevel(dose.load, progression.load);
      const reset = withAmount(dose, amount, range.start);
      if (level === null) return change("next-load", key, dose, reset, key, "heavier");
      if (level < maxLevel(progression.load)) {
        return change("next-load", key, dose, { ...reset, load: loadText(dose.load, level + 1, progression.load) });
      }
    }
    if (next === "ladder" && progression.harder) {
      const harder = libraryExercise(progression.harder);
      if (harder) return change("harder-rung", key, dose, defaultDose(harder), harder.key);
    }
  }
  return null;
}

/** The step back for exercise `key`: always a change (the last resort is pausing the exercise). */
export function regressStep(key: string, dose: DoseValues): DoseChange {
  const progression = libraryExercise(key)?.progression;
  const amount = progression ? amountOf(dose, progression) : null;
  const fewer = (amount: Amount) => (amount.field === "reps" ? "fewer-reps" : "shorter-hold");
  if (progression && amount && amount.value > progression.range.start) {
    const value = Math.max(amount.value - progression.range.step, progression.range.start);
    return change(fewer(amount), key, dose, withAmount(dose, amount, value));
  }
  if (progression?.load && dose.load?.trim()) {
    const level = loadLevel(dose.load, progression.load);
    if (level === null) return change("lighter-load", key, dose, dose, key, "lighter");
    return change("lighter-load", key, dose, { ...dose, load: loadText(dose.load, level - 1, progression.load) });
  }
  const easier = progression?.easier ? libraryExercise(progression.easier) : undefined;
  if (easier) return change("easier-rung", key, dose, defaultDose(easier), easier.key);
  if (progression && amount && progression.range.step > 0 && amount.value > progression.range.floor) {
    const value = Math.max(amount.value - progression.range.step, progression.range.floor);
    return change(fewer(amount), key, dose, withAmount(dose, amount, value));
  }
  if (dose.sets > 1) return change("fewer-sets", key, dose, { ...dose, sets: dose.sets - 1 });
  return change("pause", key, dose, null);
}

/**
 * A change whose load the therapist named on approval (`loadToChoose` was set): the load in, the
 * question out, and the summary reworded to say exactly what the plan now prescribes.
 */
export function withChosenLoad(change: DoseChange, load: string): DoseChange {
  if (!change.to) return change;
  const to = { ...change.to, load };
  const name = libraryExercise(change.fromExerciseKey)?.name ?? change.fromExerciseKey;
  return { ...change, to, loadToChoose: null, summary: `${name} ${describeDose(change.from)} -> ${describeDose(to)}` };
}
