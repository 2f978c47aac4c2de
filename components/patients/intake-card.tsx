import type { ReactNode } from "react";
import { Card } from "@/components/ui/card";
import { AGGRAVATING_ACTIVITIES, findingLabels, INTAKE_DIFFERENTIALS, INTAKE_RED_FLAGS, INTAKE_SCREEN_KEYS, labelsFor, RED_FLAGS_NONE } from "@/lib/clinical/intake";
import { formatDate } from "@/lib/format";

type Props = {
  /** YYYY-MM-DD, or null when not recorded. */
  onsetDate: string | null;
  aggravatingActivities: readonly string[];
  /** "Findings noted (descriptive)": stored as patients.risk_factors. */
  findings: readonly string[];
  intakeScreen: readonly string[];
  notes: string | null;
};

function Item({ term, children, wide = false }: { term: string; children: ReactNode; wide?: boolean }) {
  return (
    <div className={wide ? "sm:col-span-2" : undefined}>
      <dt className="font-medium text-slate-700">{term}</dt>
      <dd className="text-slate-900">{children}</dd>
    </div>
  );
}

/** The intake as recorded: descriptive findings and the screen, never a score. */
export function IntakeCard({ onsetDate, aggravatingActivities, findings, intakeScreen, notes }: Props) {
  const activities = labelsFor(aggravatingActivities, AGGRAVATING_ACTIVITIES);
  const noted = findingLabels(findings);
  // A key no checklist knows (written outside the form) is shown as stored rather than hidden.
  const unknown = intakeScreen.filter((k) => !INTAKE_SCREEN_KEYS.includes(k));
  const considered = [...INTAKE_DIFFERENTIALS.filter((o) => intakeScreen.includes(o.key)).map((o) => o.label), ...unknown];
  const redFlags = INTAKE_RED_FLAGS.filter((o) => intakeScreen.includes(o.key)).map((o) => o.label);
  const redFlagsNone = intakeScreen.includes(RED_FLAGS_NONE.key);

  return (
    <Card title="Intake">
      <dl className="grid gap-4 text-sm sm:grid-cols-2">
        <Item term="Onset">{onsetDate ? formatDate(onsetDate) : "Not recorded"}</Item>
        <Item term="Aggravating activities">{activities.length ? activities.join(", ") : "None recorded"}</Item>
        <Item term="Findings noted (descriptive)" wide>
          {noted.length ? noted.join("; ") : "None recorded"}
        </Item>
        <Item term="Other diagnoses considered" wide>
          {considered.length ? considered.join("; ") : "None recorded"}
        </Item>
        <Item term="Red flags at intake" wide>
          {redFlags.length ? (
            <span className="font-medium text-danger-700">Present: {redFlags.join("; ")}</span>
          ) : redFlagsNone ? (
            "None present (each one asked about)"
          ) : (
            "Not recorded"
          )}
        </Item>
        <Item term="Notes" wide>
          <span className="whitespace-pre-wrap">{notes ?? "No notes"}</span>
        </Item>
      </dl>
    </Card>
  );
}
