/**
 * The "anything new?" questions asked on every daily log. Any yes is a red flag: the patient is
 * told plainly to contact the clinic, and the therapist sees an urgent flag. The list is the
 * domain file's red flags (docs/clinical/red-flag.md has the sources); patellofemoral pain does
 * not usually swell or lock, so each of these is a reason to call rather than to self-treat.
 */
export const RED_FLAG_QUESTIONS = [
  { key: "locking-giving-way", label: "My knee locked, or gave way under me" },
  { key: "hot-red-swollen-fever", label: "My knee is hot, red or swollen, or I have a fever" },
  { key: "calf-pain-swelling", label: "I have pain or swelling in my calf" },
  { key: "night-rest-pain-worse", label: "Pain at night or at rest keeps getting worse" },
  { key: "new-injury", label: "I had a new injury, such as a fall or a twist" },
] as const;

export type RedFlagKey = (typeof RED_FLAG_QUESTIONS)[number]["key"];

export const RED_FLAG_KEYS = RED_FLAG_QUESTIONS.map((q) => q.key) as [RedFlagKey, ...RedFlagKey[]];

/** The therapist's wording of each answer (third person, for the flag's reason). */
export const RED_FLAG_FINDINGS: Record<RedFlagKey, string> = {
  "locking-giving-way": "knee locking or giving way",
  "hot-red-swollen-fever": "hot, red or swollen knee, or fever",
  "calf-pain-swelling": "calf pain or swelling",
  "night-rest-pain-worse": "night or rest pain getting worse",
  "new-injury": "a new injury (fall or twist)",
};

export function isRedFlagKey(key: string): key is RedFlagKey {
  return (RED_FLAG_KEYS as readonly string[]).includes(key);
}
