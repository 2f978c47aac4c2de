"use client";

import { useId, useState } from "react";
import { CartesianGrid, Legend, Line, LineChart, ReferenceArea, ReferenceLine, Tooltip, XAxis, YAxis } from "recharts";
import { DEFAULT_MEANINGFUL_CHANGE, PAIN_SERIES, PAIN_SERIES_LABELS, type PainSeries } from "@/lib/clinical/pain-log-types";
import type { ChartPoint } from "@/lib/dal/patient-review";
import { PAIN_SERIES_STYLE } from "@/components/charts/pain-series-style";

type Point = ChartPoint & { day: number };

// A numeric day axis, so version marks land on their date even when no log exists that day.
const DAY_MS = 86_400_000;
const toDay = (iso: string) => {
  const [y, m, d] = iso.split("-").map(Number) as [number, number, number];
  return Date.UTC(y, m - 1, d) / DAY_MS;
};
const dayLabel = (day: number) => new Date(day * DAY_MS).toLocaleDateString("en-GB", { day: "numeric", month: "short", timeZone: "UTC" });

function weeklyTicks(from: number, to: number): number[] {
  const span = to - from;
  const step = span > 63 ? 14 : 7;
  const ticks: number[] = [];
  for (let day = from; day <= to; day += step) ticks.push(day);
  return ticks;
}

type Props = {
  points: ChartPoint[];
  from: string;
  to: string;
  /** Where the baseline applies from: the episode start (or the first log). */
  bandFrom: string;
  baseline: Record<PainSeries, number | null> | null;
  markers: { version: number; date: string; title: string }[];
};

export function PainTimelineChart({ points, from, to, bandFrom, baseline, markers }: Props) {
  const withBaseline = PAIN_SERIES.filter((s) => baseline?.[s] != null);
  const [bandSeries, setBandSeries] = useState<PainSeries | undefined>(
    withBaseline.includes("painDuringExercise") ? "painDuringExercise" : withBaseline[0],
  );
  const groupName = useId();
  const data: Point[] = points.map((p) => ({ ...p, day: toDay(p.logDate) }));
  const start = toDay(from);
  const end = toDay(to);
  const bandValue = bandSeries ? (baseline?.[bandSeries] ?? null) : null;
  const bandStart = Math.max(start, toDay(bandFrom));

  return (
    <div className="space-y-3">
      {withBaseline.length > 0 ? (
        <fieldset className="flex flex-wrap items-center gap-x-4 gap-y-2 text-sm text-slate-700">
          <legend className="mb-1 font-medium text-slate-800">Shade the meaningful-change band (baseline ± {DEFAULT_MEANINGFUL_CHANGE}) for</legend>
          {withBaseline.map((s) => (
            <label key={s} className="inline-flex min-h-11 cursor-pointer items-center gap-2">
              <input type="radio" name={groupName} value={s} checked={bandSeries === s} onChange={() => setBandSeries(s)} className="size-4 accent-brand-700" />
              {PAIN_SERIES_LABELS[s]}
            </label>
          ))}
        </fieldset>
      ) : null}
      <p className="text-xs text-slate-600">Pain, NPRS: 0 = no pain, 10 = worst imaginable</p>
      <LineChart<Point>
        responsive
        // The figure's caption and the data table carry the content for assistive technology.
        accessibilityLayer={false}
        data={data}
        margin={{ top: 20, right: 16, bottom: 0, left: -8 }}
        style={{ width: "100%", aspectRatio: 2.2, minHeight: 240 }}
      >
        <CartesianGrid strokeDasharray="3 3" stroke="#e2e8f0" />
        <XAxis<Point> dataKey="day" type="number" domain={[start, end]} ticks={weeklyTicks(start, end)} tickFormatter={dayLabel} tick={{ fontSize: 12 }} padding={{ left: 6, right: 6 }} allowDataOverflow />
        <YAxis domain={[0, 10]} ticks={[0, 2, 4, 6, 8, 10]} allowDecimals={false} tick={{ fontSize: 12 }} width={40} />
        {bandSeries && bandValue !== null ? (
          <>
            <ReferenceArea
              x1={bandStart}
              x2={end}
              y1={Math.max(0, bandValue - DEFAULT_MEANINGFUL_CHANGE)}
              y2={Math.min(10, bandValue + DEFAULT_MEANINGFUL_CHANGE)}
              fill={PAIN_SERIES_STYLE[bandSeries].stroke}
              fillOpacity={0.1}
              ifOverflow="hidden"
            />
            <ReferenceLine segment={[{ x: bandStart, y: bandValue }, { x: end, y: bandValue }]} stroke={PAIN_SERIES_STYLE[bandSeries].stroke} strokeOpacity={0.6} strokeDasharray="1 4" />
          </>
        ) : null}
        {markers.map((m) => (
          <ReferenceLine key={m.version} x={toDay(m.date)} stroke="#475569" strokeDasharray="4 4" label={{ value: `v${m.version}`, position: "top", fontSize: 12, fill: "#334155" }} />
        ))}
        <Tooltip
          labelFormatter={(day) => dayLabel(Number(day))}
          formatter={(value) => (value === null || value === undefined ? "not logged" : `${String(value)}/10`)}
        />
        {/* In the order of the series, not alphabetical (recharts' default). */}
        <Legend wrapperStyle={{ fontSize: 13 }} itemSorter={null} />
        {PAIN_SERIES.map((s) => (
          <Line<Point, number | null>
            key={s}
            dataKey={s}
            name={PAIN_SERIES_LABELS[s]}
            stroke={PAIN_SERIES_STYLE[s].stroke}
            strokeWidth={2}
            strokeDasharray={PAIN_SERIES_STYLE[s].dash}
            dot={{ symbol: PAIN_SERIES_STYLE[s].symbol, r: 3, fill: PAIN_SERIES_STYLE[s].stroke }}
            legendType={PAIN_SERIES_STYLE[s].symbol}
            connectNulls
            isAnimationActive={false}
          />
        ))}
      </LineChart>
    </div>
  );
}
