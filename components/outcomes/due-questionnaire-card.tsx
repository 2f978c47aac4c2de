import Link from "next/link";
import { Card } from "@/components/ui/card";
import { AKPS_ITEMS } from "@/lib/clinical/akps";
import { formatDate } from "@/lib/format";

type Due = { id: string; dueOn: string; answered: number };

/**
 * /my: a questionnaire the therapist asked for, with how far the patient got. With nothing due,
 * only the way to the score history (when there is one); with neither, nothing.
 */
export function DueQuestionnaireCard({ due, today, hasScores, onHistoryPage = false }: { due: Due[]; today: string; hasScores: boolean; onHistoryPage?: boolean }) {
  if (due.length === 0) {
    if (!hasScores || onHistoryPage) return null;
    return (
      <p className="text-sm">
        <Link href="/my/outcomes" className="inline-flex min-h-11 items-center font-medium text-brand-800 underline">
          See your knee scores so far
        </Link>
      </p>
    );
  }
  return (
    <Card title="Knee questionnaire to answer">
      <ul className="space-y-3">
        {due.map((d) => (
          <li key={d.id} className="space-y-2">
            <p className="text-slate-800">
              Your therapist asked you to answer 13 short questions about your knee{" "}
              {d.dueOn < today ? <strong>(it was due {formatDate(d.dueOn)})</strong> : d.dueOn === today ? <strong>(due today)</strong> : `by ${formatDate(d.dueOn)}`}.
              {d.answered > 0 ? ` You have answered ${d.answered} of ${AKPS_ITEMS.length} so far.` : ""}
            </p>
            <Link href={`/my/outcomes/${d.id}`} className="inline-flex min-h-11 items-center rounded-md bg-brand-700 px-4 py-2 text-sm font-medium text-white hover:bg-brand-800">
              {d.answered > 0 ? "Continue the questionnaire" : "Answer the questionnaire"}
            </Link>
          </li>
        ))}
      </ul>
      {onHistoryPage ? null : (
        <p className="mt-3 text-sm">
          <Link href="/my/outcomes" className="font-medium text-brand-800 underline">
            See your knee scores so far
          </Link>
        </p>
      )}
    </Card>
  );
}
