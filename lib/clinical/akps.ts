/**
 * Anterior Knee Pain Scale (AKPS, "Kujala score"): 13 items, total 0-100, higher is better.
 *
 * Version: the original, Kujala UM, Jaakkola LH, Koskinen SK, Taimela S, Hurme M, Nelimarkka O.
 * "Scoring of patellofemoral disorders." Arthroscopy 1993;9(2):159-163.
 * Option points follow that paper's scoring as reproduced in J Orthop 2023;42:54-62
 * (doi:10.1016/j.jor.2023.07.005). Other circulating versions differ in a few options (for
 * example "constant limp" scored 2, or different jumping wording); the items marked
 * "verify against the published form" are the ones where versions disagree.
 * Labels are Stride's plain-English wording of each option. Options are listed best first, and
 * an answer is the option's index in this list.
 */
export type AkpsOption = { label: string; points: number };
export type AkpsItem = { key: string; label: string; maxPoints: number; options: readonly AkpsOption[] };

const item = <K extends string>(key: K, label: string, maxPoints: number, options: AkpsOption[]) => ({
  key,
  label,
  maxPoints,
  options,
});

export const AKPS_ITEMS = [
  // Verify against the published form: some versions score "constant" as 2, which would make the minimum total 2.
  item("limp", "Limp", 5, [
    { label: "None", points: 5 },
    { label: "Slight or now and then", points: 3 },
    { label: "All the time", points: 0 },
  ]),
  item("support", "Putting weight on the leg", 5, [
    { label: "Full weight without pain", points: 5 },
    { label: "Painful", points: 3 },
    { label: "Cannot put weight on it", points: 0 },
  ]),
  item("walking", "Walking", 5, [
    { label: "No limit", points: 5 },
    { label: "More than 2 km", points: 3 },
    { label: "1 to 2 km", points: 2 },
    { label: "Unable", points: 0 },
  ]),
  item("stairs", "Stairs", 10, [
    { label: "No difficulty", points: 10 },
    { label: "Slight pain going down", points: 8 },
    { label: "Pain going both down and up", points: 5 },
    { label: "Unable", points: 0 },
  ]),
  // Verify against the published form: some versions score "only with partial weight" as 1.
  item("squatting", "Squatting", 5, [
    { label: "No difficulty", points: 5 },
    { label: "Painful after repeated squats", points: 4 },
    { label: "Painful every time", points: 3 },
    { label: "Only with part of my weight on the leg", points: 2 },
    { label: "Unable", points: 0 },
  ]),
  item("running", "Running", 10, [
    { label: "No difficulty", points: 10 },
    { label: "Pain after more than 2 km", points: 8 },
    { label: "Slight pain from the start", points: 6 },
    { label: "Severe pain", points: 3 },
    { label: "Unable", points: 0 },
  ]),
  // Verify against the published form: some versions word these as degrees of difficulty.
  item("jumping", "Jumping", 10, [
    { label: "No difficulty", points: 10 },
    { label: "Slight difficulty", points: 7 },
    { label: "Constant pain", points: 2 },
    { label: "Unable", points: 0 },
  ]),
  item("prolonged-sitting", "Sitting a long time with knees bent", 10, [
    { label: "No difficulty", points: 10 },
    { label: "Pain after exercise", points: 8 },
    { label: "Constant pain", points: 6 },
    { label: "Pain makes me straighten my knees for a while", points: 4 },
    { label: "Unable", points: 0 },
  ]),
  item("pain", "Pain", 10, [
    { label: "None", points: 10 },
    { label: "Slight and now and then", points: 8 },
    { label: "Disturbs my sleep", points: 6 },
    { label: "Sometimes severe", points: 3 },
    { label: "Constant and severe", points: 0 },
  ]),
  item("swelling", "Swelling", 10, [
    { label: "None", points: 10 },
    { label: "Only after hard exertion", points: 8 },
    { label: "After everyday activities", points: 6 },
    { label: "Every evening", points: 4 },
    { label: "All the time", points: 0 },
  ]),
  item("kneecap-movements", "Abnormal, painful kneecap movements (the kneecap slipping)", 10, [
    { label: "None", points: 10 },
    { label: "Now and then during sport", points: 6 },
    { label: "Now and then in everyday activities", points: 4 },
    { label: "At least one confirmed dislocation", points: 2 },
    { label: "More than two dislocations", points: 0 },
  ]),
  item("thigh-atrophy", "Thigh muscle wasting", 5, [
    { label: "None", points: 5 },
    { label: "Slight", points: 3 },
    { label: "Severe", points: 0 },
  ]),
  item("flexion-deficiency", "Loss of knee bend", 5, [
    { label: "None", points: 5 },
    { label: "Slight", points: 3 },
    { label: "Severe", points: 0 },
  ]),
] as const satisfies readonly AkpsItem[];

export type AkpsItemKey = (typeof AKPS_ITEMS)[number]["key"];
/** Option index per item, as chosen on the form. */
export type AkpsAnswers = Record<AkpsItemKey, number>;

export const AKPS_MAX_TOTAL = 100;
/** Minimal clinically important difference (Crossley 2004). */
export const AKPS_MCID = 10;

export class AkpsAnswerError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid AKPS answers: ${problems.join("; ")}`);
    this.name = "AkpsAnswerError";
  }
}

/**
 * Problems with a set of answers, empty when all 13 items carry a valid option index. Takes loose
 * input because answers arrive from forms and stored JSON, where the types cannot be trusted.
 */
export function akpsAnswerProblems(answers: Readonly<Record<string, unknown>>): string[] {
  const problems: string[] = [];
  const known = new Set<string>(AKPS_ITEMS.map((i) => i.key));
  for (const key of Object.keys(answers)) {
    if (!known.has(key)) problems.push(`"${key}" is not an AKPS item`);
  }
  for (const { key, options } of AKPS_ITEMS) {
    const answer = answers[key];
    if (answer === undefined || answer === null) problems.push(`"${key}" is not answered`);
    else if (typeof answer !== "number" || !Number.isInteger(answer) || answer < 0 || answer >= options.length) {
      problems.push(`"${key}" has no option ${JSON.stringify(answer)} (expected 0-${options.length - 1})`);
    }
  }
  return problems;
}

/** Total AKPS score, 0-100. Throws AkpsAnswerError unless every item has a valid answer. */
export function scoreAkps(answers: Readonly<Record<string, unknown>>): number {
  const problems = akpsAnswerProblems(answers);
  if (problems.length > 0) throw new AkpsAnswerError(problems);
  let total = 0;
  for (const { key, options } of AKPS_ITEMS) {
    const option: AkpsOption | undefined = options[answers[key] as number];
    total += option?.points ?? 0;
  }
  return total;
}
