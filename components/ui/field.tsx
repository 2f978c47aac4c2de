import type { InputHTMLAttributes, ReactNode } from "react";
import { cn } from "./cn";
import { describedBy, FieldShell } from "./field-shell";

type FieldProps = InputHTMLAttributes<HTMLInputElement> & {
  label: string;
  name: string;
  hint?: ReactNode;
  errors?: string[];
};

/** A labelled input whose error is announced and tied to it with aria-describedby. */
export function Field({ label, name, hint, errors, id, className, ...input }: FieldProps) {
  const inputId = id ?? `field-${name}`;
  return (
    <FieldShell id={inputId} label={label} hint={hint} errors={errors} className={className}>
      <input
        id={inputId}
        name={name}
        aria-invalid={errors?.length ? true : undefined}
        aria-describedby={describedBy(inputId, hint, errors)}
        className={cn(
          "block min-h-11 w-full rounded-md border bg-white px-3 py-2 text-base text-slate-900 shadow-sm placeholder:text-slate-500",
          errors?.length ? "border-danger-700" : "border-slate-300",
        )}
        {...input}
      />
    </FieldShell>
  );
}
