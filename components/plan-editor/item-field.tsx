import type { InputHTMLAttributes, ReactNode, SelectHTMLAttributes } from "react";
import { controlClass, FieldShell } from "@/components/ui/field-shell";

type Common = { id: string; label: string; /** Read after the label by screen readers: "Sets for Clam shell". */ itemName: string; errors?: string[]; className?: string };

/** FieldShell with the item's name read after the label: "Sets for Clam shell". */
function Shell({ id, label, itemName, errors, className, children }: Common & { children: ReactNode }) {
  const fullLabel = (
    <>
      {label}
      <span className="sr-only"> for {itemName}</span>
    </>
  );
  return (
    <FieldShell id={id} label={fullLabel} errors={errors} className={className}>
      {children}
    </FieldShell>
  );
}

/** A compact labelled input for one field of one plan item, with its error tied to it. */
export function ItemInput({ id, label, itemName, errors, className, ...input }: Common & InputHTMLAttributes<HTMLInputElement>) {
  const invalid = Boolean(errors?.length);
  return (
    <Shell id={id} label={label} itemName={itemName} errors={errors} className={className}>
      <input id={id} aria-invalid={invalid || undefined} aria-describedby={invalid ? `${id}-error` : undefined} className={controlClass(invalid)} {...input} />
    </Shell>
  );
}

export function ItemSelect({ id, label, itemName, errors, className, options, ...select }: Common & SelectHTMLAttributes<HTMLSelectElement> & { options: readonly { value: string; label: string }[] }) {
  const invalid = Boolean(errors?.length);
  return (
    <Shell id={id} label={label} itemName={itemName} errors={errors} className={className}>
      <select id={id} aria-invalid={invalid || undefined} aria-describedby={invalid ? `${id}-error` : undefined} className={controlClass(invalid)} {...select}>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </Shell>
  );
}
