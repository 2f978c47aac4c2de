"use client";

import dynamic from "next/dynamic";
import { ChartLoading } from "@/components/charts/chart-loading";

/**
 * The record's timeline drawing, fetched after the page is interactive: recharts is about 125 kB
 * gzipped, the largest part of the record's first load, and the drawing is aria-hidden (the
 * caption and tables beside it carry the content). The placeholder holds the drawing's height
 * (reference picker, four panels, legend; measured in Chromium at 390 and 1280 px) so nothing moves.
 */
const TIMELINE_HEIGHT_PX = 940;

export const LazyTimelineCharts = dynamic(() => import("./timeline-charts").then((m) => m.TimelineCharts), {
  ssr: false,
  loading: () => <ChartLoading style={{ height: TIMELINE_HEIGHT_PX }} label="Loading the timeline chart…" />,
});
