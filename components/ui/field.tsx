import type { InputHTMLAttributes, ReactNode } from "react";
import { cn } from "./cn";

type FieldProps = InputHTMLAttributes<HTMLInputElement> & {
  label: string;
  name: string;
  hint?: ReactNode;
  errors?: string[];
};

/** A labelled input whose error is announced and tied to it with aria-describedby. */
export function Field({ label, name, hint, errors, id, className, ...input }: FieldProps) {
  const inputId = id ?? `field-${name}`;
  const errorId = `${inputId}-error`;
  const hintId = `${inputId}-hint`;
  const invalid = Boolean(errors?.length);
  return (
    <div className={cn("space-y-1", className)}>
      <label htmlFor={inputId} className="block text-sm font-medium text-slate-800">
        {label}
      </label>
      {hint ? <p id={hintId} className="text-sm text-slate-600">{hint}</p> : null}
      <input
        id={inputId}
        name={name}
        aria-invalid={invalid || undefined}
        aria-describedby={[hint ? hintId : null, invalid ? errorId : null].filter(Boolean).join(" ") || undefined}
        className={cn(
          "block min-h-11 w-full rounded-md border bg-white px-3 py-2 text-base text-slate-900 shadow-sm placeholder:text-slate-400",
          invalid ? "border-danger-700" : "border-slate-300",
        )}
        {...input}
      />
      {invalid ? (
        <p id={errorId} className="text-sm font-medium text-danger-700">
          {errors?.join(" ")}
        </p>
      ) : null}
    </div>
  );
}
