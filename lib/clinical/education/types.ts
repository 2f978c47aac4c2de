import type { EducationSourceKey } from "./sources";

/**
 * Education modules (docs/clinical/education.md): short, fixed texts a therapist chooses per plan
 * and the patient reads on /my/learn and in the handout. Pure data: plain strings only, so the
 * portal, the PDF and the wording tests read exactly the same text.
 */
export const EDUCATION_MODULE_KEYS = [
  "what-is-pfp",
  "load-and-capacity",
  "pain-monitoring",
  "running-load",
  "changing-your-running",
  "cross-training",
  "taping-and-orthoses",
  "shoes-and-surfaces",
  "when-to-contact",
] as const;

export type EducationModuleKey = (typeof EDUCATION_MODULE_KEYS)[number];

/**
 * How strong the evidence behind a module is: "strong" a clinical guideline's "should", "moderate"
 * a guideline's "may" or a trial/large cohort, "limited" small or indirect studies, "stride" the
 * product's own advice where no study answers the question.
 */
export type EvidenceLevel = "strong" | "moderate" | "limited" | "stride";

export type EvidenceTag = { level: EvidenceLevel; basis: string };

/** A paragraph, or a short bulleted list. */
export type EducationBlock = { kind: "paragraph"; text: string } | { kind: "list"; items: readonly string[] };

export type EducationModule = {
  key: EducationModuleKey;
  title: string;
  /** One line, shown in the list and printed in the handout. */
  summary: string;
  body: readonly EducationBlock[];
  /** Each is cited in docs/clinical/education.md. */
  sources: readonly EducationSourceKey[];
  evidence: EvidenceTag;
};

const LEVEL_WORDS: Record<EvidenceLevel, string> = {
  strong: "Strong evidence",
  moderate: "Moderate evidence",
  limited: "Limited evidence",
  stride: "Stride's advice",
};

/** The tag as the patient reads it, e.g. "Strong evidence: clinical guideline". */
export function evidenceLabel(tag: EvidenceTag): string {
  return `${LEVEL_WORDS[tag.level]}: ${tag.basis}`;
}

export const p = (text: string): EducationBlock => ({ kind: "paragraph", text });
export const list = (...items: string[]): EducationBlock => ({ kind: "list", items });
