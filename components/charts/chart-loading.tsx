import type { CSSProperties } from "react";
import { cn } from "@/components/ui/cn";

/**
 * What stands in for a chart while its drawing code (recharts, loaded only on pages that draw)
 * arrives: the chart's own size, so nothing below it moves when it appears, and a status text for
 * screen readers. The chart's words (caption, tables) are server-rendered and there already.
 */
export function ChartLoading({ style, className, label = "Loading the chart…" }: { style?: CSSProperties; className?: string; label?: string }) {
  return (
    <div role="status" style={style} className={cn("flex w-full items-center justify-center rounded-md bg-slate-50 text-sm text-slate-600", className)}>
      {label}
    </div>
  );
}
