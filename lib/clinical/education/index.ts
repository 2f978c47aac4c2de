import { changingYourRunning } from "./changing-your-running";
import { crossTraining } from "./cross-training";
import { loadAndCapacity } from "./load-and-capacity";
import { painMonitoring } from "./pain-monitoring";
import { runningLoad } from "./running-load";
import { shoesAndSurfaces } from "./shoes-and-surfaces";
import { tapingAndOrthoses } from "./taping-and-orthoses";
import { EDUCATION_MODULE_KEYS, type EducationModule, type EducationModuleKey } from "./types";
import { whatIsPfp } from "./what-is-pfp";
import { whenToContact } from "./when-to-contact";

export { EDUCATION_MODULE_KEYS, evidenceLabel, type EducationBlock, type EducationModule, type EducationModuleKey, type EvidenceTag } from "./types";
export { EDUCATION_SOURCES, type EducationSourceKey } from "./sources";

/** Every module, in the order a patient reads them (the condition, then load, then running, then safety). */
export const EDUCATION_MODULES: readonly EducationModule[] = [
  whatIsPfp, loadAndCapacity, painMonitoring, runningLoad, changingYourRunning, crossTraining, tapingAndOrthoses, shoesAndSurfaces, whenToContact,
];

const BY_KEY = new Map<string, EducationModule>(EDUCATION_MODULES.map((m) => [m.key, m]));

export function isEducationModuleKey(key: string): key is EducationModuleKey {
  return (EDUCATION_MODULE_KEYS as readonly string[]).includes(key);
}

export function educationModule(key: string): EducationModule | undefined {
  return BY_KEY.get(key);
}

/**
 * Stride's default set (docs/clinical/education.md, Stride's choice): what PFP is, load and
 * capacity, the pain-monitoring model and when to contact the clinic for everyone, plus running
 * load for a runner (running among the aggravating activities, or on the walk-run programme).
 */
const CORE_DEFAULT: readonly EducationModuleKey[] = ["what-is-pfp", "load-and-capacity", "pain-monitoring", "when-to-contact"];

export function defaultEducationModules({ runner }: { runner: boolean }): EducationModuleKey[] {
  return inReadingOrder(runner ? [...CORE_DEFAULT, "running-load"] : CORE_DEFAULT);
}

/** Keys in the catalogue's reading order, each once. */
export function inReadingOrder(keys: readonly string[]): EducationModuleKey[] {
  const wanted = new Set(keys);
  return EDUCATION_MODULE_KEYS.filter((k) => wanted.has(k));
}

/**
 * The modules a plan shows: the stored choice (protocol_versions.education_modules), or the default
 * set when it is null (plans saved before modules existed, or never chosen). A key no longer in the
 * catalogue is skipped rather than shown broken.
 */
export function chosenEducationModules(stored: readonly string[] | null, context: { runner: boolean }): EducationModule[] {
  const keys = stored === null ? defaultEducationModules(context) : inReadingOrder(stored);
  return keys.flatMap((k) => BY_KEY.get(k) ?? []);
}

/** Runner for the default set: running among the intake's aggravating activities, or on the walk-run programme. */
export function isRunner(patient: { aggravatingActivities: readonly string[] }, runStage: number | null): boolean {
  return patient.aggravatingActivities.includes("running") || runStage !== null;
}
