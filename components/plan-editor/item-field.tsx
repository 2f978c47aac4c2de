import type { InputHTMLAttributes, ReactNode, SelectHTMLAttributes } from "react";
import { cn } from "@/components/ui/cn";

type Common = { id: string; label: string; /** Read after the label by screen readers: "Sets for Clam shell". */ itemName: string; errors?: string[]; className?: string };

const control = (invalid: boolean) =>
  cn("block min-h-11 w-full rounded-md border bg-white px-3 py-2 text-base text-slate-900 shadow-sm", invalid ? "border-danger-700" : "border-slate-300");

function Shell({ id, label, itemName, errors, className, children }: Common & { children: ReactNode }) {
  return (
    <div className={cn("space-y-1", className)}>
      <label htmlFor={id} className="block text-sm font-medium text-slate-800">
        {label}
        <span className="sr-only"> for {itemName}</span>
      </label>
      {children}
      {errors?.length ? (
        <p id={`${id}-error`} className="text-sm font-medium text-danger-700">
          {errors.join(" ")}
        </p>
      ) : null}
    </div>
  );
}

/** A compact labelled input for one field of one plan item, with its error tied to it. */
export function ItemInput({ id, label, itemName, errors, className, ...input }: Common & InputHTMLAttributes<HTMLInputElement>) {
  const invalid = Boolean(errors?.length);
  return (
    <Shell id={id} label={label} itemName={itemName} errors={errors} className={className}>
      <input id={id} aria-invalid={invalid || undefined} aria-describedby={invalid ? `${id}-error` : undefined} className={control(invalid)} {...input} />
    </Shell>
  );
}

export function ItemSelect({ id, label, itemName, errors, className, options, ...select }: Common & SelectHTMLAttributes<HTMLSelectElement> & { options: readonly { value: string; label: string }[] }) {
  const invalid = Boolean(errors?.length);
  return (
    <Shell id={id} label={label} itemName={itemName} errors={errors} className={className}>
      <select id={id} aria-invalid={invalid || undefined} aria-describedby={invalid ? `${id}-error` : undefined} className={control(invalid)} {...select}>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </Shell>
  );
}
