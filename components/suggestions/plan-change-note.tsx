import { Alert } from "@/components/ui/alert";
import type { PlanChangeNote } from "@/lib/dal/suggestion-reads";
import { formatDate } from "@/lib/format";

/**
 * The patient's note on /my and /my/plan: changes their therapist approved in the last 14 days
 * (lib/dal/suggestion-reads.ts says why 14). Only approved changes ever reach it: a suggestion
 * is the therapist's to decide, and the patient follows the plan they were given.
 */
export function PlanChangeNotes({ changes }: { changes: PlanChangeNote[] }) {
  if (changes.length === 0) return null;
  return (
    <Alert tone="info" aria-label="Recent changes to your plan">
      <ul className="space-y-1">
        {changes.map((c) => (
          <li key={c.id}>
            {c.therapistName} updated your plan on {formatDate(c.decidedOn)}: {c.summary}
          </li>
        ))}
      </ul>
    </Alert>
  );
}
