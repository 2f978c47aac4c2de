/**
 * Display labels for exercise enums. Plain constants with no database imports, so client
 * components can use them without pulling the schema into the browser bundle.
 */
export type ExerciseGroupKey = "hip" | "hip-weight-bearing" | "quadriceps" | "calf" | "flexibility";
export type ExerciseTypeKey = "strengthening" | "flexibility";
export type SideKey = "left" | "right" | "both";

/** Library order: hip first, then knee, then flexibility, as clinicians explain the programme. */
export const GROUP_ORDER: readonly ExerciseGroupKey[] = ["hip", "hip-weight-bearing", "quadriceps", "calf", "flexibility"];

export const groupLabel: Record<ExerciseGroupKey, string> = {
  hip: "Hip strengthening, lying",
  "hip-weight-bearing": "Hip strengthening, standing",
  quadriceps: "Thigh (quadriceps) strengthening",
  calf: "Calf and spring",
  flexibility: "Flexibility",
};

export const typeLabel: Record<ExerciseTypeKey, string> = { strengthening: "Strengthening", flexibility: "Flexibility" };

export const sideLabel: Record<SideKey, string> = { left: "Left", right: "Right", both: "Both" };

export const SIDE_OPTIONS = (Object.keys(sideLabel) as SideKey[]).map((value) => ({ value, label: sideLabel[value] }));

/**
 * Items grouped in library order (GROUP_ORDER), empty groups left out, each group's items in their
 * given order: the one grouping the library page, the builder's picker and the portal's plan share.
 */
export function groupInOrder<T extends { group: ExerciseGroupKey }>(items: readonly T[]): { group: ExerciseGroupKey; label: string; items: T[] }[] {
  return GROUP_ORDER.map((group) => ({ group, label: groupLabel[group], items: items.filter((i) => i.group === group) })).filter((g) => g.items.length > 0);
}
