/**
 * What the run form and the run lists show, without zod: client components import this file, and
 * importing lib/validation/run.ts (the schemas) would put all of zod into the patient's first load.
 */
export const RUN_SURFACES = [
  { value: "road", label: "Road" },
  { value: "trail", label: "Trail" },
  { value: "track", label: "Track" },
  { value: "treadmill", label: "Treadmill" },
  { value: "grass", label: "Grass" },
  { value: "mixed", label: "Mixed" },
] as const;

export type RunSurface = (typeof RUN_SURFACES)[number]["value"];

export const SHOE_MAX = 80;

export function surfaceLabel(surface: string | null): string | null {
  return RUN_SURFACES.find((s) => s.value === surface)?.label ?? surface;
}
