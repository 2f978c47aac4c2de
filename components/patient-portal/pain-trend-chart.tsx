"use client";

import { CartesianGrid, Legend, Line, LineChart, Tooltip, XAxis, YAxis } from "recharts";

export type PainTrendPoint = {
  /** YYYY-MM-DD */
  date: string;
  /** "12 Mar", for the axis and tooltip. */
  label: string;
  rest: number;
  exercise: number | null;
  morning: number | null;
};

/**
 * Each series differs by dash pattern and dot shape as well as colour, so the lines can be told
 * apart in greyscale and by people who do not see the colours. The table below is the text version.
 */
const SERIES = [
  { key: "rest", name: "At rest", stroke: "#0f766e", dash: undefined, dot: { r: 3 } },
  { key: "exercise", name: "During exercise", stroke: "#b45309", dash: "6 3", dot: { r: 3, strokeWidth: 2, fill: "#fff" } },
  { key: "morning", name: "Morning after", stroke: "#6d28d9", dash: "2 3", dot: { r: 2.5 } },
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
      <Legend wrapperStyle={{ fontSize: 13 }} />
      {SERIES.map((s) => (
        <Line<PainTrendPoint, number | null>
          key={s.key}
          type="monotone"
          dataKey={s.key}
          name={s.name}
          stroke={s.stroke}
          strokeWidth={2}
          strokeDasharray={s.dash}
          dot={s.dot}
          connectNulls
          isAnimationActive={false}
        />
      ))}
    </LineChart>
  );
}
