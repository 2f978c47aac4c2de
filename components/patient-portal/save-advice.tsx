import { AlertTriangle, Info } from "lucide-react";
import type { ActionState } from "@/lib/auth/action-state";

/**
 * What the patient is told after a save that tripped a rule (lib/clinical/patient-advice.ts): the
 * pain-monitoring model's advice, or for a red flag, to contact the clinic. Red flags interrupt
 * (role=alert); caution is a polite status. Renders nothing when the save raised nothing.
 */
export function SaveAdvice({ data }: { data: ActionState["data"] }) {
  const lines = data?.advice?.split("\n").filter(Boolean) ?? [];
  if (lines.length === 0) return null;
  const urgent = data?.adviceTone === "urgent";
  const Icon = urgent ? AlertTriangle : Info;
  return (
    <div
      role={urgent ? "alert" : "status"}
      className={
        urgent
          ? "flex gap-3 rounded-md border-2 border-danger-700 bg-danger-50 px-4 py-3 text-danger-700"
          : "flex gap-3 rounded-md border border-amber-700/40 bg-amber-50 px-4 py-3 text-amber-900"
      }
    >
      <Icon aria-hidden className="mt-0.5 size-5 shrink-0" />
      <div className="space-y-1">
        <p className="font-semibold">{urgent ? "Contact your clinic" : "Go easier for now"}</p>
        {lines.map((line) => (
          <p key={line}>{line}</p>
        ))}
      </div>
    </div>
  );
}
