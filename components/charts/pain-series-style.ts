import type { PainSeries } from "@/lib/clinical/pain-log-types";

/**
 * How each NPRS series is drawn, wherever it is drawn, so a therapist and a patient looking at the
 * same logs see the same lines. Okabe-Ito colours (distinguishable with the common colour-vision
 * deficiencies), and each series also has its own dash pattern and marker shape, shown in the
 * legend too, so colour is never the only way to tell the lines apart.
 */
export const PAIN_SERIES_STYLE: Record<PainSeries, { stroke: string; dash?: string; symbol: "circle" | "square" | "triangle" }> = {
  painAtRest: { stroke: "#0072B2", symbol: "circle" },
  painDuringExercise: { stroke: "#D55E00", dash: "7 4", symbol: "square" },
  painNextMorning: { stroke: "#007A5E", dash: "2 3", symbol: "triangle" },
};
