"use client";

import dynamic from "next/dynamic";
import { ChartLoading } from "@/components/charts/chart-loading";

/**
 * The record's timeline drawing, fetched after the page is interactive: recharts is about 125 kB
 * gzipped, the largest part of the record's first load, and the drawing is aria-hidden (the
 * caption and tables beside it carry the content). The placeholder holds the drawing's height
 * (reference picker, four panels, legend) so what follows does not move when it arrives.
 */
export const LazyTimelineCharts = dynamic(() => import("./timeline-charts").then((m) => m.TimelineCharts), {
  ssr: false,
  // Sam's drawing in Chromium: 1,072 px tall at 390 px wide (picker and legend wrap), 924 px at 1280.
  loading: () => <ChartLoading className="h-[1072px] md:h-[924px]" label="Loading the timeline chart…" />,
});
