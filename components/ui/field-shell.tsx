import type { ReactNode } from "react";
import { cn } from "./cn";

/** aria-describedby for a control with an optional hint and errors, matching FieldShell's ids. */
export function describedBy(id: string, hint?: ReactNode, errors?: string[]): string | undefined {
  return [hint ? `${id}-hint` : null, errors?.length ? `${id}-error` : null].filter(Boolean).join(" ") || undefined;
}

/** The look of every text input and select, with the error state. */
export function controlClass(invalid: boolean, extra = "min-h-11"): string {
  return cn("block w-full rounded-md border bg-white px-3 py-2 text-base text-slate-900 shadow-sm placeholder:text-slate-500", extra, invalid ? "border-danger-700" : "border-slate-300");
}

/** Label, hint and error text around any form control, with the ids describedBy() points at. */
export function FieldShell({ id, label, hint, errors, className, children }: { id: string; label: ReactNode; hint?: ReactNode; errors?: string[]; className?: string; children: ReactNode }) {
  return (
    <div className={cn("space-y-1", className)}>
      <label htmlFor={id} className="block text-sm font-medium text-slate-800">
        {label}
      </label>
      {hint ? <p id={`${id}-hint`} className="text-sm text-slate-600">{hint}</p> : null}
      {children}
      {errors?.length ? (
        <p id={`${id}-error`} className="text-sm font-medium text-danger-700">
          {errors.join(" ")}
        </p>
      ) : null}
    </div>
  );
}
