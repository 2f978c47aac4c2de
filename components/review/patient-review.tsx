import { Download } from "lucide-react";
import { buttonBase, buttonStyles } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { cn } from "@/components/ui/cn";
import type { PatientLogPage, PatientReview as Review } from "@/lib/dal/patient-review";
import { formatDate } from "@/lib/format";
import { WeeklyAdherenceList } from "@/components/adherence/weekly-adherence-list";
import { LogTable } from "./log-table";
import { ReferencesTable } from "./references-table";
import { keptParams, type ReviewParams } from "@/lib/validation/review-params";
import type { SearchParams } from "@/lib/url-state";

type Props = { review: Review; logs: PatientLogPage; state: ReviewParams; searchParams: SearchParams };

/**
 * The therapist's review of a patient's pain logs, embedded in the record page (/patients/[id]):
 * the pain references, weekly adherence and the log table with its CSV.
 * The pain chart itself is on the record's timeline (components/timeline/patient-timeline.tsx).
 * The page reads both through the DAL (staff only; 404 to patients and other clinics) and passes them in.
 */
export function PatientReview({ review, logs, state, searchParams }: Props) {
  const basePath = `/patients/${review.patientId}`;
  const kept = keptParams(searchParams);

  return (
    <div className="space-y-6">
      <Card title="Pain references">
        <ReferencesBody review={review} />
      </Card>

      <div className="grid gap-6 md:grid-cols-2">
        <Card title="Weekly adherence">
          <WeeklyAdherenceList
            weeks={review.adherence}
            intro="Share of prescribed exercise sessions ticked as done, per week (Monday to Sunday), against the protocol version in force that week."
            noPlanText="No active protocol, so no sessions are prescribed to measure against."
            emptyText="The protocol starts later; nothing is due yet."
          />
        </Card>
      </div>

      <section aria-labelledby="pain-logs-heading" className="space-y-3">
        <div className="flex flex-wrap items-center justify-between gap-3">
          <h2 id="pain-logs-heading" className="text-base font-semibold text-slate-900">
            Pain logs
          </h2>
          <a href={`${basePath}/logs.csv`} download className={cn(buttonBase, buttonStyles.secondary)}>
            <Download aria-hidden className="size-4" /> Download CSV
          </a>
        </div>
        <LogTable rows={logs.rows} total={logs.total} page={logs.page} state={state} basePath={basePath} kept={kept} patientName={review.patientName} />
      </section>
    </div>
  );
}

function ReferencesBody({ review }: { review: Review }) {
  const { activeProtocol } = review;
  return (
    <div className="space-y-3">
      <p className="text-sm text-slate-600">
        {activeProtocol
          ? `Episode since ${formatDate(activeProtocol.startDate)}: ${activeProtocol.title}, now v${activeProtocol.version}.`
          : "No active protocol: the baseline is taken from the first logs on record."}
      </p>
      <ReferencesTable references={review.references} />
    </div>
  );
}
