import type { TextareaHTMLAttributes } from "react";
import { controlClass, describedBy, FieldShell } from "./field-shell";

type Props = TextareaHTMLAttributes<HTMLTextAreaElement> & { label: string; name: string; hint?: string; errors?: string[] };

export function TextareaField({ label, name, hint, errors, id, className, ...props }: Props) {
  const inputId = id ?? `field-${name}`;
  return (
    <FieldShell id={inputId} label={label} hint={hint} errors={errors} className={className}>
      <textarea
        id={inputId}
        name={name}
        rows={4}
        aria-invalid={errors?.length ? true : undefined}
        aria-describedby={describedBy(inputId, hint, errors)}
        className={controlClass(Boolean(errors?.length), "")}
        {...props}
      />
    </FieldShell>
  );
}
