import { RED_FLAG_KEYS, type RedFlagKey } from "./red-flags";

/**
 * Intake checklists for patellofemoral pain (PFP). Everything here is descriptive: Stride never
 * builds a score from it. Sources (domain file, docs/clinical/):
 * - Neal et al., BJSM 2019 (prospective meta-analysis): age, height, weight, BMI and Q angle did
 *   not predict PFP; quadriceps weakness did.
 * - Nielsen et al., BJSM 2014;48:440: foot pronation in neutral shoes was not associated with
 *   injury in novice runners.
 * - Nielsen et al., JOSPT 2014; Frandsen et al., BJSM 2025: sharp rises in running load.
 * "Weak VMO relative to the lateral quadriceps" is not a measurable clinical finding, so it is
 * not offered.
 */
type Option = { readonly key: string; readonly label: string };

/**
 * "Findings noted (descriptive)": observations the therapist can measure or ask about. Stored in
 * `patients.risk_factors` (the column keeps its old name; the keys are plain text).
 */
export const INTAKE_FINDINGS = [
  { key: "quadriceps-strength-deficit", label: "Quadriceps strength deficit" },
  { key: "hip-strength-deficit", label: "Hip strength deficit (abduction, external rotation or extension)" },
  { key: "tight-soft-tissue", label: "Reduced muscle flexibility (e.g. quadriceps, hamstrings, calf)" },
  { key: "training-load-spike", label: "Recent sharp rise in running or training load" },
] as const satisfies readonly Option[];

/**
 * LEGACY, DISPLAY ONLY. Keys an older version of the checklist offered. They are no longer offered
 * for new records (not measurable, or not predictive in the sources above), but records that hold
 * them must still show them, and saving such a record must not silently drop them: validation
 * accepts them and the edit form shows the ones a record already holds. Never add to this list
 * except when retiring an offered key.
 */
export const LEGACY_INTAKE_FINDINGS = [
  // The demo seed and early records use this key; new records use hip-strength-deficit.
  { key: "weak-hip-abductors", label: "Hip abductor or external rotator strength deficit" },
  { key: "overpronation", label: "Overpronation" },
  { key: "leg-length-discrepancy", label: "Leg-length discrepancy" },
  { key: "large-q-angle", label: "Large Q angle" },
  { key: "rotational-deformity", label: "Rotational deformity of hip or knee (femoral anteversion, genu varum)" },
  { key: "weak-vmo", label: "Weak VMO relative to the lateral quadriceps" },
  { key: "unsupportive-footwear", label: "Unsupportive footwear" },
  { key: "high-bmi", label: "High BMI" },
] as const satisfies readonly Option[];

export const AGGRAVATING_ACTIVITIES = [
  { key: "running", label: "Running" },
  { key: "jumping", label: "Jumping" },
  { key: "hopping", label: "Hopping" },
  { key: "stairs", label: "Stairs" },
  { key: "squatting", label: "Squatting" },
  { key: "kneeling", label: "Kneeling" },
  { key: "long-sitting", label: "Sitting a long time with bent knees" },
  { key: "walking", label: "Walking" },
] as const satisfies readonly Option[];

/** Intake screen, part 1: other diagnoses the therapist considered (ticked = considered). */
export const INTAKE_DIFFERENTIALS = [
  { key: "considered-patellar-tendinopathy", label: "Patellar tendinopathy" },
  { key: "considered-fat-pad-irritation", label: "Fat-pad irritation" },
  { key: "considered-osteoarthritis", label: "Knee osteoarthritis" },
  { key: "considered-referred-hip-pain", label: "Pain referred from the hip" },
  { key: "considered-adolescent-condition", label: "Adolescent conditions (e.g. Osgood-Schlatter, Sinding-Larsen-Johansson)" },
  { key: "considered-patellar-instability", label: "Patellar instability (subluxation or dislocation)" },
] as const satisfies readonly Option[];

/** The therapist's wording of each red flag (lib/clinical/red-flags.ts asks the patient the same ones daily). */
const RED_FLAG_INTAKE_LABEL: Record<RedFlagKey, string> = {
  "locking-giving-way": "Knee locks or gives way",
  "hot-red-swollen-fever": "Hot, red or swollen knee, or fever",
  "calf-pain-swelling": "Calf pain or swelling",
  "night-rest-pain-worse": "Pain at night or at rest that keeps getting worse",
  "new-injury": "Recent injury (fall or twist)",
};

/** Ticked = the therapist asked about every red flag and none is present. */
export const RED_FLAGS_NONE = { key: "red-flags-none", label: "None present (asked about each one below)" } as const;

/** Intake screen, part 2: red flags present at intake (ticked = reported or found). */
export const INTAKE_RED_FLAGS: readonly Option[] = RED_FLAG_KEYS.map((k) => ({ key: `red-flag-${k}`, label: RED_FLAG_INTAKE_LABEL[k] }));

/** Everything `patients.intake_screen` may hold. */
export const INTAKE_SCREEN: readonly Option[] = [...INTAKE_DIFFERENTIALS, RED_FLAGS_NONE, ...INTAKE_RED_FLAGS];

export type IntakeFindingKey = (typeof INTAKE_FINDINGS)[number]["key"];
export type AggravatingActivityKey = (typeof AGGRAVATING_ACTIVITIES)[number]["key"];

const keysOf = (options: readonly Option[]) => options.map((o) => o.key) as [string, ...string[]];
/** What a saved record may hold: offered keys plus legacy ones (so an edit round-trips them). */
export const STORABLE_FINDING_KEYS = keysOf([...INTAKE_FINDINGS, ...LEGACY_INTAKE_FINDINGS]);
export const INTAKE_SCREEN_KEYS = keysOf(INTAKE_SCREEN);
export const INTAKE_RED_FLAG_KEYS: readonly string[] = INTAKE_RED_FLAGS.map((o) => o.key);

export function isLegacyFinding(key: string): boolean {
  return LEGACY_INTAKE_FINDINGS.some((o) => o.key === key);
}

/**
 * Labels for stored keys, in checklist order. A legacy key keeps its old label (marked), and a
 * key no list knows is shown as stored rather than hidden.
 */
export function labelsFor(keys: readonly string[], options: readonly Option[], legacy: readonly Option[] = []): string[] {
  const known = options.filter((o) => keys.includes(o.key)).map((o) => o.label);
  const old = legacy.filter((o) => keys.includes(o.key)).map((o) => `${o.label} (older checklist item)`);
  const all = [...options, ...legacy].map((o) => o.key);
  return [...known, ...old, ...keys.filter((k) => !all.includes(k))];
}

export const findingLabels = (keys: readonly string[]) => labelsFor(keys, INTAKE_FINDINGS, LEGACY_INTAKE_FINDINGS);
