"use client";

import { CartesianGrid, Legend, Line, LineChart, Tooltip, XAxis, YAxis } from "recharts";
import { PAIN_SERIES_STYLE } from "@/components/charts/pain-series-style";

export type PainTrendPoint = {
  /** YYYY-MM-DD */
  date: string;
  /** "12 Mar", for the axis and tooltip. */
  label: string;
  rest: number;
  exercise: number | null;
  morning: number | null;
};

/** The patient's own words for the three readings; the look is shared with the therapist's chart. */
const SERIES = [
  { key: "rest", series: "painAtRest", name: "At rest" },
  { key: "exercise", series: "painDuringExercise", name: "During exercise" },
  { key: "morning", series: "painNextMorning", name: "Morning after" },
] as const;

export function PainTrendChart({ points }: { points: PainTrendPoint[] }) {
  return (
    <LineChart<PainTrendPoint>
      responsive
      // The page hides the drawing from assistive tech and gives sentences and a table instead.
      accessibilityLayer={false}
      data={points}
      margin={{ top: 8, right: 8, bottom: 0, left: -16 }}
      style={{ width: "100%", maxWidth: 720, aspectRatio: 1.25 }}
    >
      <CartesianGrid strokeDasharray="3 3" stroke="#e2e8f0" />
      <XAxis<PainTrendPoint> dataKey="label" tick={{ fontSize: 12 }} minTickGap={24} interval="preserveStartEnd" />
      <YAxis domain={[0, 10]} ticks={[0, 2, 4, 6, 8, 10]} allowDecimals={false} tick={{ fontSize: 12 }} width={40} />
      <Tooltip formatter={(value) => (value === null || value === undefined ? "skipped" : `${String(value)}/10`)} />
      <Legend wrapperStyle={{ fontSize: 13 }} itemSorter={null} />
      {SERIES.map((s) => (
        <Line<PainTrendPoint, number | null>
          key={s.key}
          type="monotone"
          dataKey={s.key}
          name={s.name}
          stroke={PAIN_SERIES_STYLE[s.series].stroke}
          strokeWidth={2}
          strokeDasharray={PAIN_SERIES_STYLE[s.series].dash}
          dot={{ symbol: PAIN_SERIES_STYLE[s.series].symbol, r: 3, fill: PAIN_SERIES_STYLE[s.series].stroke }}
          legendType={PAIN_SERIES_STYLE[s.series].symbol}
          connectNulls
          isAnimationActive={false}
        />
      ))}
    </LineChart>
  );
}
