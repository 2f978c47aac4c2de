import type { Metadata } from "next";
import { PageHeading } from "@/components/ui/page-heading";
import { headers } from "next/headers";
import { z } from "zod";
import { toEditorExercises } from "@/components/plan-editor/editor-exercises";
import { EndProtocolButton } from "@/components/protocols/end-protocol-button";
import { formatDate } from "@/lib/format";
import { PastProtocols } from "@/components/protocols/past-protocols";
import { ProtocolBuilder, type ProtocolDraft } from "@/components/protocols/protocol-builder";
import { ProtocolHistory } from "@/components/protocols/protocol-history";
import { StartProtocolChooser } from "@/components/protocols/start-protocol-chooser";
import { Alert } from "@/components/ui/alert";
import { requirePermission } from "@/lib/auth/session";
import { todayInZone } from "@/lib/dates";
import { defaultEducationModules } from "@/lib/clinical/education";
import { listExercises } from "@/lib/dal/exercises";
import { mediaOfCustomExercises } from "@/lib/dal/exercise-media";
import { getProtocolsForBuilder } from "@/lib/dal/patient-record";
import { getTemplate, listTemplates } from "@/lib/dal/templates";
import { clientIp } from "@/lib/request-ip";
import { endProtocolAction, saveProtocolAction } from "./actions";

export const metadata: Metadata = { title: "Protocol" };

const searchSchema = z.object({
  // "blank", or a template id (getTemplate answers 404 for anything not in the clinic).
  from: z.string().max(64).optional().catch(undefined),
  saved: z.coerce.number().int().positive().optional().catch(undefined),
});

export default async function ProtocolBuilderPage({ params, searchParams }: PageProps<"/patients/[id]/protocol">) {
  const caller = await requirePermission("write:protocol:clinic");
  const { id } = await params;
  const { from, saved } = searchSchema.parse(await searchParams);
  // Another clinic's patient, or a malformed id, is a 404 from here on. Audited: one row per request.
  const { patient, active, past } = await getProtocolsForBuilder(caller, id, { ip: clientIp(await headers()) });
  const recordHref = `/patients/${patient.id}`;

  // A new protocol starts "today" in the clinic's zone, the day the DAL checks the start date against.
  const today = todayInZone(caller.timeZone);
  let draft: ProtocolDraft | null = null;
  // One active protocol per patient: with one active, this page always edits it, whatever ?from= says.
  if (active) {
    draft = { version: active.version, title: active.title, phase: active.phase, startDate: active.startDate, items: active.items, runStage: active.run?.stage ?? null, runPainLimit: active.run?.painLimit ?? null, educationModules: active.educationModules };
  } else if (from === "blank") {
    draft = { version: null, title: "", phase: 1, startDate: today, items: [], runStage: null, runPainLimit: null, educationModules: defaultEducationModules({ runner: patient.runner }) };
  } else if (from) {
    const template = await getTemplate(caller, from);
    draft = { version: null, title: template.name, phase: template.phase, startDate: today, items: template.items, runStage: null, runPainLimit: null, educationModules: defaultEducationModules({ runner: patient.runner }) };
  }

  const library = draft ? await listExercises(caller) : [];

  return (
    <div className="max-w-5xl space-y-6">
      <PageHeading
        back={{ href: recordHref, label: patient.fullName }}
        title={`${active ? "Edit protocol" : "New protocol"} for ${patient.fullName}`}
        lead={active ? `${active.title} · version ${active.version} · started ${formatDate(active.startDate)}` : undefined}
      />
      {saved && active ? <Alert tone="success">Saved version {saved}.</Alert> : null}
      {patient.archived ? (
        <Alert tone="info">This patient&apos;s record is archived. Unarchive it to change their protocol.</Alert>
      ) : draft ? (
        <ProtocolBuilder
          key={`${active?.id ?? "new"}-${draft.version ?? from}`}
          action={saveProtocolAction}
          patient={patient}
          draft={draft}
          exercises={toEditorExercises(library, await mediaOfCustomExercises(caller, library))}
          cancelHref={active ? recordHref : `/patients/${patient.id}/protocol`}
        />
      ) : (
        <StartProtocolChooser patientId={patient.id} templates={await listTemplates(caller)} />
      )}
      {active ? (
        <>
          <ProtocolHistory entries={active.history} timeZone={caller.timeZone} />
          <section aria-labelledby="end-heading" className="rounded-lg border border-slate-200 bg-white p-5">
            <h2 id="end-heading" className="font-semibold text-slate-900">End this protocol</h2>
            <p className="mt-1 text-sm text-slate-600">When the episode of care is over. Everything stays in the record.</p>
            <div className="mt-3">
              <EndProtocolButton action={endProtocolAction} protocolId={active.id} title={active.title} versions={active.version} />
            </div>
          </section>
        </>
      ) : null}
      <PastProtocols protocols={past} />
    </div>
  );
}
