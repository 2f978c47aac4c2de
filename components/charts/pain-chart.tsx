"use client";

import { useId, useState, type ReactNode } from "react";
import { CartesianGrid, Legend, Line, LineChart, ReferenceArea, ReferenceLine, Tooltip, XAxis, YAxis } from "recharts";
import { DEFAULT_MEANINGFUL_CHANGE, PAIN_SERIES, PAIN_SERIES_LABELS, type ClinicalLog, type PainSeries } from "@/lib/clinical/pain-log-types";
import { dayAxis, dayLabel, toDay } from "./day-axis";

/**
 * How each NPRS series is drawn, so a therapist and a patient looking at the same logs see the same
 * lines. Okabe-Ito colours (distinguishable with the common colour-vision deficiencies), and each
 * series also has its own dash pattern and marker shape, shown in the legend too, so colour is
 * never the only way to tell the lines apart.
 */
const SERIES_STYLE: Record<PainSeries, { stroke: string; dash?: string; symbol: "circle" | "square" | "triangle" }> = {
  painAtRest: { stroke: "#0072B2", symbol: "circle" },
  painDuringExercise: { stroke: "#D55E00", dash: "7 4", symbol: "square" },
  painNextMorning: { stroke: "#007A5E", dash: "2 3", symbol: "triangle" },
};

type Point = ClinicalLog & { day: number };

export type PainChartProps = {
  /** One per log, oldest first. */
  readings: readonly ClinicalLog[];
  /** The days the x axis spans (YYYY-MM-DD): the period the page reports on. */
  period: { from: string; to: string };
  /**
   * The chart in words, rendered as the figure's caption. The drawing is hidden from assistive
   * technology, so this carries what it shows.
   */
  textAlternative: ReactNode;
  /** Width over height; the chart fills its container's width, up to maxWidth pixels. */
  aspectRatio: number;
  maxWidth?: number;
  /** What the legend, tooltip and band picker call each series, in the reader's words. */
  seriesLabels?: Record<PainSeries, string>;
  /** The tooltip's word for a reading left blank that day. */
  missingLabel?: string;
  /** A line above the drawing saying what the scale means. */
  scaleNote?: string;
  /** Smooth lines for a gentler look, or straight segments between readings. */
  curve?: "linear" | "monotone";
  /**
   * Per-series baselines and the day they apply from (the episode start): the reader picks a series
   * and its baseline ± the meaningful change is shaded from that day on.
   */
  baseline?: { values: Record<PainSeries, number | null> | null; from: string };
  /** Protocol versions, drawn as dashed vertical lines labelled v1, v2... on the day each began. */
  versionMarkers?: readonly { version: number; date: string }[];
};

/** NPRS pain over time, one line per series, for whichever screen passes the readings and the words. */
export function PainChart({
  readings,
  period,
  textAlternative,
  aspectRatio,
  maxWidth,
  seriesLabels = PAIN_SERIES_LABELS,
  missingLabel = "not logged",
  scaleNote,
  curve = "linear",
  baseline,
  versionMarkers = [],
}: PainChartProps) {
  const withBaseline = PAIN_SERIES.filter((s) => baseline?.values?.[s] != null);
  const [bandSeries, setBandSeries] = useState<PainSeries | undefined>(
    withBaseline.includes("painDuringExercise") ? "painDuringExercise" : withBaseline[0],
  );
  const data: Point[] = readings.map((r) => ({ ...r, day: toDay(r.logDate) }));
  const { domain, ticks } = dayAxis(period.from, period.to);
  const end = domain[1];
  const bandValue = bandSeries ? (baseline?.values?.[bandSeries] ?? null) : null;
  const bandStart = baseline ? Math.max(domain[0], toDay(baseline.from)) : domain[0];

  return (
    <figure className="space-y-3">
      {withBaseline.length > 0 ? (
        <BandPicker series={withBaseline} labels={seriesLabels} value={bandSeries} onChange={setBandSeries} />
      ) : null}
      {scaleNote ? <p className="text-xs text-slate-600">{scaleNote}</p> : null}
      <div aria-hidden>
        <LineChart<Point>
          responsive
          // The caption carries the content for assistive technology, so recharts' own keyboard
          // and ARIA layer would only repeat it.
          accessibilityLayer={false}
          data={data}
          // Room above the plot for the version labels.
          margin={{ top: versionMarkers.length > 0 ? 20 : 8, right: 16, bottom: 0, left: -8 }}
          style={{ width: "100%", maxWidth, aspectRatio, minHeight: 240 }}
        >
          <CartesianGrid strokeDasharray="3 3" stroke="#e2e8f0" />
          <XAxis<Point> dataKey="day" type="number" domain={domain} ticks={ticks} tickFormatter={dayLabel} tick={{ fontSize: 12 }} padding={{ left: 6, right: 6 }} allowDataOverflow />
          <YAxis domain={[0, 10]} ticks={[0, 2, 4, 6, 8, 10]} allowDecimals={false} tick={{ fontSize: 12 }} width={40} />
          {bandSeries && bandValue !== null ? (
            <>
              <ReferenceArea
                x1={bandStart}
                x2={end}
                y1={Math.max(0, bandValue - DEFAULT_MEANINGFUL_CHANGE)}
                y2={Math.min(10, bandValue + DEFAULT_MEANINGFUL_CHANGE)}
                fill={SERIES_STYLE[bandSeries].stroke}
                fillOpacity={0.1}
                ifOverflow="hidden"
              />
              <ReferenceLine segment={[{ x: bandStart, y: bandValue }, { x: end, y: bandValue }]} stroke={SERIES_STYLE[bandSeries].stroke} strokeOpacity={0.6} strokeDasharray="1 4" />
            </>
          ) : null}
          {versionMarkers.map((m) => (
            <ReferenceLine key={m.version} x={toDay(m.date)} stroke="#475569" strokeDasharray="4 4" label={{ value: `v${m.version}`, position: "top", fontSize: 12, fill: "#334155" }} />
          ))}
          <Tooltip
            labelFormatter={(day) => dayLabel(Number(day))}
            formatter={(value) => (value === null || value === undefined ? missingLabel : `${String(value)}/10`)}
          />
          {/* In the order of the series, not alphabetical (recharts' default). */}
          <Legend wrapperStyle={{ fontSize: 13 }} itemSorter={null} />
          {PAIN_SERIES.map((s) => (
            <Line<Point, number | null>
              key={s}
              type={curve}
              dataKey={s}
              name={seriesLabels[s]}
              stroke={SERIES_STYLE[s].stroke}
              strokeWidth={2}
              strokeDasharray={SERIES_STYLE[s].dash}
              dot={{ symbol: SERIES_STYLE[s].symbol, r: 3, fill: SERIES_STYLE[s].stroke }}
              legendType={SERIES_STYLE[s].symbol}
              connectNulls
              isAnimationActive={false}
            />
          ))}
        </LineChart>
      </div>
      <figcaption className="space-y-1 text-sm text-slate-700">{textAlternative}</figcaption>
    </figure>
  );
}

/** Which series' meaningful-change band to shade: one at a time, or the bands would hide the lines. */
function BandPicker({ series, labels, value, onChange }: { series: PainSeries[]; labels: Record<PainSeries, string>; value: PainSeries | undefined; onChange: (s: PainSeries) => void }) {
  const groupName = useId();
  return (
    <fieldset className="flex flex-wrap items-center gap-x-4 gap-y-2 text-sm text-slate-700">
      <legend className="mb-1 font-medium text-slate-800">Shade the meaningful-change band (baseline ± {DEFAULT_MEANINGFUL_CHANGE}) for</legend>
      {series.map((s) => (
        <label key={s} className="inline-flex min-h-11 cursor-pointer items-center gap-2">
          <input type="radio" name={groupName} value={s} checked={value === s} onChange={() => onChange(s)} className="size-4 accent-brand-700" />
          {labels[s]}
        </label>
      ))}
    </fieldset>
  );
}
