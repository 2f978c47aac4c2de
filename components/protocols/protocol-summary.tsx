import Link from "next/link";
import { buttonBase, buttonStyles } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { cn } from "@/components/ui/cn";
import type { PatientProtocols } from "@/lib/dal/protocols";
import type { FormAction } from "@/lib/auth/action-state";
import { EndProtocolButton } from "./end-protocol-button";
import { formatDate, formatShortDate } from "@/lib/format";
import { WALK_RUN_STAGES } from "@/lib/clinical/return-to-run-stages";
import { PastProtocols } from "./past-protocols";
import { ProtocolHistory } from "./protocol-history";
import { ProtocolItemsTable } from "./protocol-items-table";

/**
 * The protocol card of the patient record (/patients/[id]): the active protocol with its doses,
 * a link to the builder, ending it (with confirmation), and the version history with what changed.
 * The page reads the protocols through the DAL (another clinic's patient answers 404) and passes them in.
 */
export function ProtocolSummary({ protocols, endProtocol, timeZone }: { protocols: PatientProtocols; endProtocol: FormAction; timeZone: string }) {
  const { patient, active, past } = protocols;
  const builderHref = `/patients/${patient.id}/protocol`;
  const link = (label: string) =>
    patient.archived ? null : (
      <Link href={builderHref} className={cn(buttonBase, buttonStyles.secondary)}>
        {label}
      </Link>
    );

  if (!active) {
    return (
      <Card title="Protocol" action={link("Start a protocol")}>
        <p className="text-sm text-slate-600">No active protocol.{patient.archived ? " The record is archived." : " Start one from a template or from a blank list."}</p>
        <div className="mt-4">
          <PastProtocols protocols={past} />
        </div>
      </Card>
    );
  }

  return (
    <Card title="Protocol" action={link("Edit protocol")}>
      <div className="space-y-5">
        <div className="flex flex-wrap items-start justify-between gap-3">
          <div>
            <p className="text-lg font-medium text-slate-900">{active.title}</p>
            <p className="text-sm text-slate-600">
              Phase {active.phase} · version {active.version} · started {formatDate(active.startDate)}
              {active.therapistName ? ` · ${active.therapistName}` : ""}
            </p>
            {active.run ? (
              <p className="text-sm font-medium text-slate-800">
                Walk-run stage {active.run.stage} of {WALK_RUN_STAGES.length} since {formatShortDate(active.run.since)}, pain limit {active.run.painLimit}/10
              </p>
            ) : null}
          </div>
          <div className="flex flex-wrap gap-2">
            <a href={`/protocols/${active.id}/pdf`} className={cn(buttonBase, buttonStyles.ghost)}>
              Download PDF
            </a>
            <EndProtocolButton action={endProtocol} protocolId={active.id} title={active.title} versions={active.version} />
          </div>
        </div>
        <ProtocolItemsTable items={active.items} caption={`${active.title}, version ${active.version}`} />
        <ProtocolHistory entries={active.history} timeZone={timeZone} headingLevel={3} />
        <PastProtocols protocols={past} />
      </div>
    </Card>
  );
}
