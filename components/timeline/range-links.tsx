import Link from "next/link";
import { cn } from "@/components/ui/cn";
import { reviewHref, type ReviewParams } from "@/lib/validation/review-params";

/** The record's chart period (the review's `chart` URL parameter): links, so the view is shareable and Back works. */
export function RangeLinks({ basePath, kept, state }: { basePath: string; kept: [string, string][]; state: ReviewParams }) {
  const options = [
    { range: "12w", label: "Last 12 weeks" },
    { range: "episode", label: "Whole episode" },
  ] as const;
  return (
    <nav aria-label="Timeline period" className="flex gap-1 text-sm">
      {options.map((o) => {
        const current = state.chart === o.range;
        return (
          <Link
            key={o.range}
            href={reviewHref(basePath, kept, state, { chart: o.range })}
            scroll={false}
            aria-current={current ? "page" : undefined}
            className={cn("inline-flex min-h-11 items-center rounded-md px-3 font-medium", current ? "bg-brand-50 text-brand-800 ring-1 ring-brand-600/40" : "text-slate-700 hover:bg-slate-100")}
          >
            {o.label}
          </Link>
        );
      })}
    </nav>
  );
}
