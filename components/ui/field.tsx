import type { InputHTMLAttributes, ReactNode } from "react";
import { controlClass, describedBy, FieldShell } from "./field-shell";

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
        className={controlClass(Boolean(errors?.length))}
        {...input}
      />
    </FieldShell>
  );
}
