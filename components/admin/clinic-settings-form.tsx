"use client";

import { useActionState } from "react";
import { Field } from "@/components/ui/field";
import { FormStatus, typed } from "@/components/ui/form-status";
import { SelectField } from "@/components/ui/select-field";
import { SubmitButton } from "@/components/ui/submit-button";
import { useFocusFirstError } from "@/components/ui/use-focus-first-error";
import type { ActionState } from "@/lib/auth/action-state";

export type PaperSize = "A4" | "LETTER";

export type ClinicSettingsValues = {
  name: string;
  /** Null: the server's zone applies. */
  timeZone: string | null;
  phone: string | null;
  pdfPageSize: PaperSize;
};

type Props = {
  action: (prev: ActionState, formData: FormData) => Promise<ActionState>;
  initial: ClinicSettingsValues;
  /** Every zone to offer, from the server, so the list cannot differ between server and browser. */
  zones: readonly string[];
  serverZone: string;
  /** The clinic's current date and time, already formatted in its zone, to check the choice against. */
  nowInClinic: string;
};

const PAPER_OPTIONS: { value: PaperSize; label: string }[] = [
  { value: "A4", label: "A4 (210 × 297 mm)" },
  { value: "LETTER", label: "US Letter (8.5 × 11 in)" },
];

/** Admin settings of the clinic. After a failed save the typed values come back from the action state. */
export function ClinicSettingsForm({ action, initial, zones, serverZone, nowInClinic }: Props) {
  const [state, formAction] = useActionState(action, {});
  const formRef = useFocusFirstError(state);
  const v = (name: string, fallback: string) => typed(state, name, fallback);
  const err = (name: string) => state.fieldErrors?.[name];
  const zone = v("timeZone", initial.timeZone ?? "");
  const paper = v("pdfPageSize", initial.pdfPageSize);
  // The empty value stores null, so the clinic follows the server if the server ever moves. A
  // refused zone stays selectable, so the error shows next to what was actually sent.
  const zoneOptions = [
    { value: "", label: `Server default (${serverZone})` },
    ...(zone && !zones.includes(zone) ? [{ value: zone, label: `${zone} (not recognised)` }] : []),
    ...zones.map((z) => ({ value: z, label: z.replaceAll("_", " ") })),
  ];

  return (
    <form ref={formRef} action={formAction} className="space-y-6" noValidate>
      <FormStatus state={state} />
      <Field label="Clinic name" name="name" required maxLength={120} hint="Shown in the header of both portals and on printed protocols." defaultValue={v("name", initial.name)} errors={err("name")} />
      <SelectField
        label="Time zone"
        name="timeZone"
        options={zoneOptions}
        // key: a select keeps its first defaultValue, so a kept or newly saved value needs a fresh one.
        key={`tz-${zone}`}
        defaultValue={zone}
        errors={err("timeZone")}
        hint={`"Today", weeks and the dates of pain logs are counted in this zone, and times are shown in it. Now there: ${nowInClinic}.`}
      />
      <Field
        label="Phone"
        name="phone"
        type="tel"
        autoComplete="tel"
        maxLength={30}
        hint="Optional. Patients are told to call it when a log raises a warning sign."
        defaultValue={v("phone", initial.phone ?? "")}
        errors={err("phone")}
      />
      <SelectField label="Paper size for printed protocols" name="pdfPageSize" options={PAPER_OPTIONS} key={`paper-${paper}`} defaultValue={paper} errors={err("pdfPageSize")} />
      <SubmitButton pendingLabel="Saving…">Save settings</SubmitButton>
    </form>
  );
}
