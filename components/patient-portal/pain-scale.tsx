"use client";

import { useRef } from "react";
import { cn } from "@/components/ui/cn";

const SCORES = Array.from({ length: 11 }, (_, n) => String(n));

type Props = {
  legend: string;
  name: string;
  /** "" when nothing is chosen. */
  defaultValue: string;
  /** Extra guidance under the 0-10 explanation, e.g. when to skip the scale. */
  hint?: string;
  optional?: boolean;
  errors?: string[];
};

/**
 * An 11-point NPRS as native radios: arrow keys move along the scale, and each choice is a large
 * target whose accessible name is just its number. The anchors (0 and 10) are explained in text
 * beside the scale, not in the radio names, so "5" reads as "5".
 */
export function PainScale({ legend, name, defaultValue, hint, optional = false, errors }: Props) {
  const group = useRef<HTMLFieldSetElement>(null);
  const id = `scale-${name}`;
  const invalid = Boolean(errors?.length);
  const describedBy = [`${id}-hint`, invalid ? `${id}-error` : null].filter(Boolean).join(" ");

  return (
    <fieldset ref={group} id={id} aria-describedby={describedBy} className="space-y-2">
      <legend className="text-base font-semibold text-slate-900">{legend}</legend>
      <p id={`${id}-hint`} className="text-sm text-slate-600">
        0 = no pain, 10 = worst pain imaginable.{optional ? " Optional." : ""}
        {hint ? ` ${hint}` : ""}
      </p>
      <div className="grid grid-cols-6 gap-2 sm:grid-cols-11">
        {SCORES.map((score) => (
          <label key={score} className="relative block">
            <input
              type="radio"
              name={name}
              value={score}
              defaultChecked={defaultValue === score}
              // Transparent and covering the whole tile, so a tap anywhere on it is a tap on the radio.
              className="peer absolute inset-0 z-10 size-full cursor-pointer opacity-0"
            />
            <span
              className={cn(
                "flex h-12 items-center justify-center rounded-md border-2 bg-white text-lg font-semibold tabular-nums text-slate-900",
                "peer-checked:border-brand-800 peer-checked:bg-brand-700 peer-checked:text-white peer-checked:underline peer-checked:decoration-2 peer-checked:underline-offset-4",
                "peer-hover:bg-slate-100 peer-checked:peer-hover:bg-brand-800",
                "peer-focus-visible:outline-3 peer-focus-visible:outline-offset-2 peer-focus-visible:outline-brand-600",
                invalid ? "border-danger-700" : "border-slate-300",
              )}
            >
              {score}
            </span>
          </label>
        ))}
      </div>
      {/* On one row (wider screens) the ends can be labelled in place; on phones the hint says it. */}
      <div className="hidden items-center justify-between gap-3 text-xs text-slate-600 sm:flex" aria-hidden>
        <span>0 no pain</span>
        <span>10 worst imaginable</span>
      </div>
      {optional ? (
        <button
          type="button"
          onClick={() => group.current?.querySelectorAll<HTMLInputElement>(`input[name="${name}"]`).forEach((input) => (input.checked = false))}
          className="inline-flex min-h-11 items-center rounded-md px-2 text-sm font-medium text-brand-800 underline hover:bg-slate-100"
        >
          Clear<span className="sr-only"> {legend}</span>
        </button>
      ) : null}
      {invalid ? (
        <p id={`${id}-error`} className="text-sm font-medium text-danger-700">
          {errors?.join(" ")}
        </p>
      ) : null}
    </fieldset>
  );
}
