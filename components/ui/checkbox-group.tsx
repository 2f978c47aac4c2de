import { cn } from "./cn";

type Props = {
  legend: string;
  name: string;
  options: readonly { key: string; label: string }[];
  selected: readonly string[];
  hint?: string;
  errors?: string[];
  className?: string;
};

/** A fieldset of checkboxes posting `name` once per ticked box (read as an array by authedAction). */
export function CheckboxGroup({ legend, name, options, selected, hint, errors, className }: Props) {
  return (
    <fieldset className={cn("space-y-2", className)}>
      <legend className="text-sm font-medium text-slate-800">{legend}</legend>
      {hint ? <p className="text-sm text-slate-600">{hint}</p> : null}
      <div className="grid gap-1 sm:grid-cols-2">
        {options.map((o) => (
          <label key={o.key} className="flex min-h-11 cursor-pointer items-center gap-3 rounded-md px-2 hover:bg-slate-50">
            <input type="checkbox" name={name} value={o.key} defaultChecked={selected.includes(o.key)} className="size-5 shrink-0 accent-brand-700" />
            <span className="text-sm text-slate-800">{o.label}</span>
          </label>
        ))}
      </div>
      {errors?.length ? <p className="text-sm font-medium text-danger-700">{errors.join(" ")}</p> : null}
    </fieldset>
  );
}
