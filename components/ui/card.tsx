import type { ReactNode } from "react";
import { cn } from "./cn";

export function Card({ title, children, className, action, id }: { title?: string; children: ReactNode; className?: string; action?: ReactNode; id?: string }) {
  return (
    <section id={id} className={cn("scroll-mt-4 rounded-lg border border-slate-200 bg-white p-5 shadow-sm", className)} aria-label={title}>
      {title ? (
        <div className="mb-3 flex items-center justify-between gap-4">
          <h2 className="text-base font-semibold text-slate-900">{title}</h2>
          {action}
        </div>
      ) : null}
      {children}
    </section>
  );
}

export function Stat({ label, value, hint }: { label: string; value: number | string; hint?: string }) {
  return (
    <div className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
      <dt className="text-sm text-slate-600">{label}</dt>
      <dd className="mt-1 text-3xl font-semibold tabular-nums text-slate-900">{value}</dd>
      {hint ? <dd className="mt-1 text-xs text-slate-500">{hint}</dd> : null}
    </div>
  );
}
