"use client";

import { useEffect, useId, useRef, useState, type ReactNode } from "react";
import { Bar, CartesianGrid, ComposedChart, LabelList, Line, ReferenceArea, ReferenceLine, Scatter, Tooltip, XAxis, YAxis } from "recharts";
import { AKPS_MCID } from "@/lib/clinical/akps";
import { PAIN_SERIES, PAIN_SERIES_LABELS, type PainSeries } from "@/lib/clinical/pain-log-types";
import type { PatientTimeline } from "@/lib/dal/patient-timeline";
import { dayAxis, dayLabel, toDay } from "@/components/charts/day-axis";
import { TimelineLegend, type LegendEntry } from "./timeline-legend";
import { describeEvent } from "./timeline-text";

/**
 * The timeline's drawing: stacked panels on one date axis (the same numeric day domain and the
 * same plot margins, tooltips synchronised by syncId). Okabe-Ito colours, and every series also
 * has its own dash pattern or marker shape, so colour is never the only cue. The drawing is hidden
 * from assistive technology: the caption and the table beside it carry the same content.
 */
const SERIES: Record<PainSeries, { stroke: string; dash?: string; symbol: "circle" | "square" | "triangle" }> = {
  painAtRest: { stroke: "#0072B2", symbol: "circle" },
  painDuringExercise: { stroke: "#D55E00", dash: "7 4", symbol: "square" },
  painNextMorning: { stroke: "#007A5E", dash: "2 3", symbol: "triangle" },
};
const REFERENCE = { rolling: { stroke: "#000000", dash: "10 3 2 3" }, baseline: { stroke: "#AA4499", dash: "2 3" } };
const EVENTS = {
  version: { fill: "#334155", shape: "diamond", lane: 3, name: "Protocol version" },
  suggestion: { fill: "#0072B2", shape: "star", lane: 2, name: "Approved suggestion" },
  flag: { fill: "#D55E00", shape: "cross", lane: 1, name: "Reviewed flag" },
} as const;

// One left axis width and one right margin for every panel, so the plot areas line up.
const AXIS_WIDTH = 44;
// Room below for the lowest tick label of a panel whose date ticks are hidden.
const margin = (right: number) => ({ top: 16, right: 12 + (AXIS_WIDTH - right), bottom: 8, left: 0 });
const SYNC = "patient-timeline";
const tick = { fontSize: 12, fill: "#334155" };

type Props = { timeline: PatientTimeline };

export function TimelineCharts({ timeline }: Props) {
  const { domain, ticks } = dayAxis(timeline.from, timeline.to);
  const withRefs = PAIN_SERIES.filter((s) => timeline.baseline?.[s] != null || timeline.days.some((d) => d.rolling[s] !== null));
  const [series, setSeries] = useState<PainSeries | undefined>(withRefs.includes("painDuringExercise") ? "painDuringExercise" : withRefs[0]);
  const baselineFrom = timeline.episodeStart ?? timeline.from;
  // On a narrow screen the drawing scrolls sideways: start at the latest weeks, which matter most.
  const scroller = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const el = scroller.current;
    if (el) el.scrollLeft = el.scrollWidth;
  }, []);
  const baselineValue = series ? (timeline.baseline?.[series] ?? null) : null;

  const pain = timeline.days.map((d) => ({
    day: toDay(d.date), painAtRest: d.painAtRest, painDuringExercise: d.painDuringExercise, painNextMorning: d.painNextMorning,
    rolling: series ? d.rolling[series] : null,
    baseline: baselineValue !== null && d.date >= baselineFrom ? baselineValue : null,
  }));
  const weeks = timeline.weeks.map((w) => ({
    // Drawn mid-week, clamped into the axis so a partial first or last week still shows.
    day: Math.min(domain[1], Math.max(domain[0], toDay(w.weekStart) + 3)),
    km: w.runKm,
    adherence: w.adherence.ratio === null ? null : Math.round(w.adherence.ratio * 100),
  }));
  const akps = timeline.akps.map((a) => ({ day: toDay(a.date), score: a.score }));
  const events = timeline.events.map((e) => ({ day: toDay(e.date), lane: EVENTS[e.kind].lane, kind: e.kind, label: e.kind === "version" ? `v${e.version}` : "", text: describeEvent(e) }));
  const versions = timeline.events.flatMap((e) => (e.kind === "version" ? [e] : []));

  const xAxis = (showTicks: boolean) => (
    <XAxis dataKey="day" type="number" domain={domain} ticks={ticks} tickFormatter={dayLabel} tick={showTicks ? tick : false} height={showTicks ? 24 : 4} allowDataOverflow />
  );
  const dayTooltip = <Tooltip labelFormatter={(d) => dayLabel(Number(d))} />;

  return (
    <div className="space-y-2">
      {withRefs.length > 0 ? <ReferencePicker series={withRefs} value={series} onChange={setSeries} /> : null}
      <div ref={scroller} tabIndex={0} role="region" aria-label="Timeline chart; scrolls sideways on a narrow screen" className="overflow-x-auto rounded-md [contain:inline-size] focus-visible:outline-2 focus-visible:outline-brand-600">
        <div aria-hidden className="min-w-[440px] space-y-1">
          <PanelTitle>Pain, NPRS 0 to 10</PanelTitle>
          <ComposedChart responsive syncId={SYNC} syncMethod="value" accessibilityLayer={false} data={pain} margin={margin(0)} style={{ width: "100%", height: 240 }}>
            <CartesianGrid strokeDasharray="3 3" stroke="#e2e8f0" />
            {xAxis(true)}
            <YAxis domain={[0, 10]} ticks={[0, 2, 4, 6, 8, 10]} tick={tick} width={AXIS_WIDTH} />
            {versions.map((v) => (
              <ReferenceLine key={`${v.date}-${v.version}`} x={toDay(v.date)} stroke="#475569" strokeDasharray="4 4" label={{ value: `v${v.version}`, position: "top", fontSize: 12, fill: "#334155" }} />
            ))}
            {dayTooltip}
            {PAIN_SERIES.map((s) => (
              <Line key={s} dataKey={s} name={PAIN_SERIES_LABELS[s]} stroke={SERIES[s].stroke} strokeWidth={2} strokeDasharray={SERIES[s].dash}
                dot={{ symbol: SERIES[s].symbol, r: 3, fill: SERIES[s].stroke }} legendType={SERIES[s].symbol} connectNulls isAnimationActive={false} />
            ))}
            {series ? (
              <Line dataKey="rolling" name={`14-day reference (${PAIN_SERIES_LABELS[series].toLowerCase()})`} type="stepAfter" stroke={REFERENCE.rolling.stroke} strokeWidth={1.5}
                strokeDasharray={REFERENCE.rolling.dash} dot={false} legendType="plainline" connectNulls isAnimationActive={false} />
            ) : null}
            {baselineValue !== null ? (
              <Line dataKey="baseline" name="Episode baseline" stroke={REFERENCE.baseline.stroke} strokeWidth={2.5} strokeDasharray={REFERENCE.baseline.dash} dot={false} legendType="plainline" connectNulls isAnimationActive={false} />
            ) : null}
          </ComposedChart>

          <PanelTitle>Km run a week (bars, left) · adherence % (line, right)</PanelTitle>
          <ComposedChart responsive syncId={SYNC} syncMethod="value" accessibilityLayer={false} data={weeks} margin={margin(AXIS_WIDTH)} style={{ width: "100%", height: 160 }}>
            <CartesianGrid strokeDasharray="3 3" stroke="#e2e8f0" />
            {xAxis(false)}
            <YAxis yAxisId="km" tick={tick} width={AXIS_WIDTH} allowDecimals={false} />
            <YAxis yAxisId="pct" orientation="right" domain={[0, 100]} ticks={[0, 50, 100]} tick={tick} width={AXIS_WIDTH} unit="%" />
            {dayTooltip}
            <Bar yAxisId="km" dataKey="km" name="Running km" fill="#56B4E9" stroke="#0072B2" barSize={12} isAnimationActive={false} />
            <Line yAxisId="pct" dataKey="adherence" name="Adherence %" stroke="#009E73" strokeWidth={2} strokeDasharray="5 2" dot={{ symbol: "diamond", r: 4, fill: "#009E73" }}
              legendType="diamond" connectNulls={false} isAnimationActive={false} />
          </ComposedChart>

          <PanelTitle>AKPS 0-100, higher is better; band: baseline ± {AKPS_MCID}</PanelTitle>
          <AkpsPanel akps={akps} baseline={timeline.akpsBaseline} xAxis={xAxis(false)} tooltip={dayTooltip} />

          <PanelTitle>Events</PanelTitle>
          <ComposedChart responsive syncId={SYNC} syncMethod="value" accessibilityLayer={false} margin={margin(0)} style={{ width: "100%", height: 130 }}>
            <CartesianGrid strokeDasharray="3 3" stroke="#e2e8f0" horizontal={false} />
            <XAxis dataKey="day" type="number" domain={domain} ticks={ticks} tickFormatter={dayLabel} tick={tick} height={24} allowDataOverflow />
            <YAxis dataKey="lane" type="number" domain={[0.5, 3.5]} ticks={[1, 2, 3]} tick={false} width={AXIS_WIDTH} />
            <Tooltip cursor={false} content={({ active, payload }) => {
              const text = (payload?.[0]?.payload as { text?: string } | undefined)?.text;
              return active && text ? <p className="max-w-xs rounded border border-slate-300 bg-white p-2 text-xs text-slate-800 shadow">{text}</p> : null;
            }} />
            {(Object.keys(EVENTS) as (keyof typeof EVENTS)[]).map((kind) => (
              <Scatter key={kind} name={EVENTS[kind].name} data={events.filter((e) => e.kind === kind)} fill={EVENTS[kind].fill} shape={EVENTS[kind].shape} legendType={EVENTS[kind].shape} isAnimationActive={false}>
                {kind === "version" ? <LabelList dataKey="label" position="top" fontSize={12} fill="#334155" /> : null}
              </Scatter>
            ))}
          </ComposedChart>
        </div>
      </div>
      <TimelineLegend entries={legend(series, baselineValue !== null, timeline.akps.length > 0, new Set(timeline.events.map((e) => e.kind)))} />
    </div>
  );
}

function legend(series: PainSeries | undefined, withBaseline: boolean, withAkps: boolean, kinds: ReadonlySet<keyof typeof EVENTS>): LegendEntry[] {
  const entries: LegendEntry[] = PAIN_SERIES.map((s) => ({ label: PAIN_SERIES_LABELS[s], color: SERIES[s].stroke, dash: SERIES[s].dash, marker: SERIES[s].symbol, line: true }));
  if (series) entries.push({ label: `14-day reference (${PAIN_SERIES_LABELS[series].toLowerCase()})`, color: REFERENCE.rolling.stroke, dash: REFERENCE.rolling.dash, marker: "none", line: true });
  if (withBaseline) entries.push({ label: "Episode baseline", color: REFERENCE.baseline.stroke, dash: REFERENCE.baseline.dash, marker: "none", line: true });
  entries.push({ label: "Running km", color: "#0072B2", marker: "bar" }, { label: "Adherence %", color: "#009E73", dash: "5 2", marker: "diamond", line: true });
  if (withAkps) entries.push({ label: "AKPS", color: "#6B4C9A", marker: "square", line: true }, { label: `AKPS baseline ± ${AKPS_MCID}`, color: "#CC79A7", marker: "band" });
  for (const [kind, e] of Object.entries(EVENTS)) if (kinds.has(kind as keyof typeof EVENTS)) entries.push({ label: e.name, color: e.fill, marker: e.shape });
  return entries;
}

/** AKPS scores as points on 0-100, with the meaningful-change band around the baseline score. */
function AkpsPanel({ akps, baseline, xAxis, tooltip }: { akps: { day: number; score: number }[]; baseline: number | null; xAxis: ReactNode; tooltip: ReactNode }) {
  if (akps.length === 0) return <p className="sticky left-0 w-fit pb-2 pl-2 text-xs text-slate-600">No AKPS scores in this period.</p>;
  return (
    <ComposedChart responsive syncId={SYNC} syncMethod="value" accessibilityLayer={false} data={akps} margin={margin(0)} style={{ width: "100%", height: 130 }}>
      <CartesianGrid strokeDasharray="3 3" stroke="#e2e8f0" />
      {xAxis}
      <YAxis domain={[0, 100]} ticks={[0, 50, 100]} tick={tick} width={AXIS_WIDTH} />
      {baseline !== null ? (
        <>
          <ReferenceArea y1={Math.max(0, baseline - AKPS_MCID)} y2={Math.min(100, baseline + AKPS_MCID)} fill="#CC79A7" fillOpacity={0.15} />
          <ReferenceLine y={baseline} stroke={REFERENCE.baseline.stroke} strokeDasharray={REFERENCE.baseline.dash} strokeWidth={2} />
        </>
      ) : null}
      {tooltip}
      <Line dataKey="score" name="AKPS" stroke="#6B4C9A" strokeWidth={2} dot={{ symbol: "square", r: 5, fill: "#6B4C9A" }} isAnimationActive={false}>
        <LabelList dataKey="score" position="top" fontSize={12} fill="#334155" />
      </Line>
    </ComposedChart>
  );
}

function PanelTitle({ children }: { children: ReactNode }) {
  // Sticky, so the title stays in view while the drawing scrolls sideways on a phone.
  return <p className="sticky left-0 w-fit pl-2 pt-2 text-xs font-medium text-slate-700">{children}</p>;
}

/** Which series the two reference lines follow: one at a time, or nine lines would hide the readings. */
function ReferencePicker({ series, value, onChange }: { series: PainSeries[]; value: PainSeries | undefined; onChange: (s: PainSeries) => void }) {
  const name = useId();
  return (
    <fieldset className="flex flex-wrap items-center gap-x-4 gap-y-1 text-sm text-slate-700">
      <legend className="mb-1 font-medium text-slate-800">Show the episode baseline and 14-day reference for</legend>
      {series.map((s) => (
        <label key={s} className="inline-flex min-h-11 cursor-pointer items-center gap-2">
          <input type="radio" name={name} value={s} checked={value === s} onChange={() => onChange(s)} className="size-4 accent-brand-700" />
          {PAIN_SERIES_LABELS[s]}
        </label>
      ))}
    </fieldset>
  );
}
