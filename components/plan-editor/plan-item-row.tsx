"use client";

import { ArrowDown, ArrowUp, Trash2 } from "lucide-react";
import type { ChangeEvent } from "react";
import { groupLabel, SIDE_OPTIONS } from "@/lib/clinical/exercise-labels";
import { Button } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import { ItemInput, ItemSelect } from "./item-field";
import type { PlanRow } from "./plan-rows";
import type { ItemErrors } from "./use-plan-form";

type Props = {
  row: PlanRow;
  index: number;
  count: number;
  /** Show the fields only a prescription has: side and load. */
  prescription: boolean;
  errors: ItemErrors;
  onChange: (patch: Partial<Omit<PlanRow, "uid">>) => void;
  onMove: (delta: -1 | 1) => void;
  onRemove: () => void;
};

/** One exercise of a plan: its order controls and every dose field, posted as items.N.field. */
export function PlanItemRow({ row, index, count, prescription, errors, onChange, onMove, onRemove }: Props) {
  const name = (field: string) => `items.${index}.${field}`;
  const id = (field: string) => `${row.uid}-${field}`;
  const err = (field: string) => errors(row.uid, field);
  const rowErrors = [...(errors(row.uid, "exerciseId") ?? []), ...(errors(row.uid, "") ?? [])];
  const common = (field: keyof PlanRow) => ({ id: id(field), name: name(field), itemName: row.name, errors: err(field) });
  const number = (field: "sets" | "reps" | "holdSeconds" | "frequencyPerWeek") => ({
    ...common(field), type: "number", inputMode: "numeric" as const, value: row[field],
    onChange: (e: ChangeEvent<HTMLInputElement>) => onChange({ [field]: e.target.value }),
  });

  return (
    <li className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
      <input type="hidden" name={name("exerciseId")} value={row.exerciseId} />
      <div className="flex flex-wrap items-start justify-between gap-2">
        <div>
          <h3 id={id("heading")} tabIndex={-1} className="font-semibold text-slate-900">
            <span className="mr-2 tabular-nums text-slate-500">{index + 1}.</span>
            {row.name}
          </h3>
          <p className="text-sm text-slate-600">{groupLabel[row.group]}</p>
        </div>
        <div className="flex gap-1">
          <Button id={id("up")} variant="ghost" size="icon" aria-label={`Move ${row.name} up`} title="Move up" disabled={index === 0} onClick={() => onMove(-1)}>
            <ArrowUp aria-hidden className="size-5" />
          </Button>
          <Button id={id("down")} variant="ghost" size="icon" aria-label={`Move ${row.name} down`} title="Move down" disabled={index === count - 1} onClick={() => onMove(1)}>
            <ArrowDown aria-hidden className="size-5" />
          </Button>
          <Button variant="ghost" size="icon" aria-label={`Remove ${row.name}`} title="Remove" onClick={onRemove}>
            <Trash2 aria-hidden className="size-5" />
          </Button>
        </div>
      </div>
      {rowErrors.length ? <p className="mt-2 text-sm font-medium text-danger-700">{rowErrors.join(" ")}</p> : null}
      {/* Wide screens: the dose, side and "each side" on one line; load and note on the next. */}
      <div className="mt-3 grid grid-cols-2 gap-3 sm:grid-cols-3 lg:grid-cols-6">
        <ItemInput label="Sets" min={1} max={20} {...number("sets")} />
        <ItemInput label="Reps" min={1} max={200} {...number("reps")} />
        <ItemInput label="Hold (seconds)" min={1} max={600} {...number("holdSeconds")} />
        <ItemInput label="Times per week" min={1} max={14} {...number("frequencyPerWeek")} />
        {prescription ? (
          <ItemSelect label="Side" options={SIDE_OPTIONS} value={row.side} onChange={(e) => onChange({ side: e.target.value as PlanRow["side"] })} {...common("side")} />
        ) : null}
        <div className="space-y-1">
          {/* A label-height spacer keeps the checkbox level with the inputs, even when one shows an error. */}
          <span aria-hidden className="block text-sm">&nbsp;</span>
          <label className="flex min-h-11 cursor-pointer items-center gap-3 rounded-md px-2 hover:bg-slate-50">
            <input type="checkbox" name={name("eachSide")} checked={row.eachSide} onChange={(e) => onChange({ eachSide: e.target.checked })} className="size-5 accent-brand-700" />
            <span className="text-sm text-slate-800">
              Each side<span className="sr-only"> for {row.name}</span>
            </span>
          </label>
        </div>
        {prescription ? (
          <ItemInput label="Load" placeholder="e.g. red band, 0.5 kg" value={row.load} onChange={(e) => onChange({ load: e.target.value })} className="col-span-2 sm:col-span-3 lg:col-span-2" {...common("load")} />
        ) : null}
        <ItemInput label="Note" value={row.note} onChange={(e) => onChange({ note: e.target.value })} className={cn("col-span-2 sm:col-span-3", prescription ? "lg:col-span-4" : "lg:col-span-6")} {...common("note")} />
      </div>
    </li>
  );
}
