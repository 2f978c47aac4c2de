import type { SelectHTMLAttributes } from "react";
import { controlClass, describedBy, FieldShell } from "./field-shell";

type Props = SelectHTMLAttributes<HTMLSelectElement> & {
  label: string;
  name: string;
  options: readonly { value: string; label: string }[];
  hint?: string;
  errors?: string[];
};

/** A native select: keyboard and screen-reader behaviour come for free, and it works on phones. */
export function SelectField({ label, name, options, hint, errors, id, className, ...props }: Props) {
  const inputId = id ?? `field-${name}`;
  return (
    <FieldShell id={inputId} label={label} hint={hint} errors={errors} className={className}>
      <select
        id={inputId}
        name={name}
        aria-invalid={errors?.length ? true : undefined}
        aria-describedby={describedBy(inputId, hint, errors)}
        className={controlClass(Boolean(errors?.length))}
        {...props}
      >
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </FieldShell>
  );
}
