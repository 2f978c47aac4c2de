import Link from "next/link";
import { PageLinks } from "@/components/flags/page-links";
import { TIMEPOINT_LABELS } from "@/lib/clinical/akps-progress";
import type { AkpsTimepoint } from "@/lib/clinical/akps-schedule";
import { formatDate } from "@/lib/format";

type Overdue = { id: string; patientId: string; patientName: string; timepoint: AkpsTimepoint; dueOn: string; daysLate: number };

type Props = {
  rows: Overdue[];
  total: number;
  page: number;
  pageCount: number | null;
  hasNext: boolean;
  /** Link to a page of this list, keeping the rest of the dashboard's view. */
  pageHref: (page: number) => string;
};

/** Dashboard: open AKPS requests past their due date, most overdue first, each linking to the record's Outcomes card. */
export function OverdueQuestionnaires({ rows, total, page, pageCount, hasNext, pageHref }: Props) {
  if (total === 0) return <p className="text-sm text-slate-700">No questionnaires are overdue.</p>;
  return (
    <>
      <ul className="divide-y divide-slate-100" aria-label="Overdue questionnaires, most overdue first">
        {rows.map((r) => (
          <li key={r.id} className="flex flex-wrap items-baseline justify-between gap-2 py-2">
            <Link href={`/patients/${r.patientId}#outcomes`} className="font-medium text-brand-800 underline underline-offset-2">
              {r.patientName}
            </Link>
            <span className="text-sm text-slate-700">
              AKPS {TIMEPOINT_LABELS[r.timepoint].toLowerCase()}, due {formatDate(r.dueOn)} ({r.daysLate} {r.daysLate === 1 ? "day" : "days"} late)
            </span>
          </li>
        ))}
      </ul>
      <PageLinks page={page} pageCount={pageCount} hasNext={hasNext} href={pageHref} label="Overdue questionnaire pages" />
    </>
  );
}
