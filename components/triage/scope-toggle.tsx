import Link from "next/link";
import { cn } from "@/components/ui/cn";
import type { TriageScope } from "@/lib/dal/flags";
import { dashboardHref } from "@/lib/validation/dashboard-params";

const OPTIONS: { scope: TriageScope; label: string }[] = [
  { scope: "mine", label: "My patients" },
  { scope: "all", label: "All patients" },
];

/** Links, not buttons: the view lives in the URL, so it can be bookmarked and works before hydration. */
export function ScopeToggle({ scope }: { scope: TriageScope }) {
  return (
    <nav aria-label="Whose patients" className="inline-flex rounded-md border border-slate-300 bg-white p-0.5 text-sm">
      {OPTIONS.map((o) => (
        <Link
          key={o.scope}
          href={dashboardHref({ scope: o.scope, page: 1 })}
          aria-current={o.scope === scope ? "page" : undefined}
          className={cn("inline-flex min-h-10 items-center rounded px-3 font-medium", o.scope === scope ? "bg-brand-700 text-white" : "text-slate-700 hover:bg-slate-100")}
        >
          {o.label}
        </Link>
      ))}
    </nav>
  );
}
