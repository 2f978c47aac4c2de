import Link from "next/link";
import { buttonBase, buttonStyles } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import { controlClass } from "@/components/ui/field-shell";
import { SelectField } from "@/components/ui/select-field";
import { auditFormHiddenFields, type AuditFilters } from "@/lib/validation/audit-filters";

type Option = { value: string; label: string };

type Props = {
  filters: AuditFilters;
  people: Option[];
  patients: Option[];
  actions: Option[];
  timeZone: string;
};

const ANY = { value: "", label: "Anyone" };

/**
 * A GET form: filtering works before hydration, lands in the URL and resets to page 1 (no page
 * field). The sort is carried over so a filtered view keeps its order.
 */
export function AuditFilterForm({ filters, people, patients, actions, timeZone }: Props) {
  return (
    <form action="/admin/audit" method="get" aria-label="Filter the audit log" className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
      <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-5">
        <SelectField label="Person" name="person" defaultValue={filters.person ?? ""} options={[ANY, ...people]} />
        <SelectField label="Patient" name="patient" defaultValue={filters.patient ?? ""} options={[{ value: "", label: "Any patient" }, ...patients]} />
        <SelectField label="Action" name="action" defaultValue={filters.action ?? ""} options={[{ value: "", label: "Any action" }, ...actions]} />
        <DateField name="from" label="From" value={filters.from} />
        <DateField name="to" label="To" value={filters.to} />
      </div>
      {auditFormHiddenFields(filters).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <div className="mt-4 flex flex-wrap items-center gap-3">
        <button type="submit" className={cn(buttonBase, buttonStyles.primary)}>
          Apply filters
        </button>
        <Link href="/admin/audit" className={cn(buttonBase, buttonStyles.ghost)}>
          Clear filters
        </Link>
        <p className="text-sm text-slate-600">Days run midnight to midnight in the clinic&apos;s time zone ({timeZone}).</p>
      </div>
    </form>
  );
}

function DateField({ name, label, value }: { name: string; label: string; value: string | null }) {
  const id = `audit-${name}`;
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block text-sm font-medium text-slate-800">
        {label}
      </label>
      <input id={id} name={name} type="date" defaultValue={value ?? ""} className={controlClass(false)} />
    </div>
  );
}
