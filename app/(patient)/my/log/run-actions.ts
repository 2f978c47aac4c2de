"use server";

import { authedAction } from "@/lib/auth/authed-action";
import { runTitle } from "@/lib/clinical/run-summary";
import { adviceData, adviceForOwnSave } from "@/lib/dal/patient-advice";
import { deleteOwnRun, saveOwnRun, updateOwnRun } from "@/lib/dal/runs";
import { formatDate } from "@/lib/format";
import { runIdSchema, runNextMorningSchema, runSchema } from "@/lib/validation/run";

/**
 * The run log. The schemas have no patient field and the DAL takes the patient from the session;
 * a run id names a run of the signed-in patient or answers 404.
 */
const REVALIDATE = ["/my", "/my/log", "/my/history"];

export const addRun = authedAction(runSchema, "write:pain-log:own", async ({ input, caller, tx }) => {
  const { runId, tripped } = await saveOwnRun(caller, tx, input);
  return {
    audit: {
      action: "run.added", entity: "run", entityId: runId, patientId: caller.patientId,
      detail: { runDate: input.runDate, distanceKm: input.distanceKm, durationSeconds: input.durationSeconds, flags: tripped.map((f) => f.rule) },
    },
    revalidate: REVALIDATE,
    message: `Run saved: ${runTitle(input)} on ${formatDate(input.runDate)}.`,
    data: { runId, ...adviceData(await adviceForOwnSave(caller, tx, tripped)) },
  };
});

export const updateRun = authedAction(runNextMorningSchema, "write:pain-log:own", async ({ input, caller, tx }) => {
  const { runId, runDate, tripped } = await updateOwnRun(caller, tx, input.runId, { painNextMorning: input.painNextMorning });
  return {
    audit: { action: "run.updated", entity: "run", entityId: runId, patientId: caller.patientId, detail: { runDate, painNextMorning: input.painNextMorning } },
    revalidate: REVALIDATE,
    message:
      input.painNextMorning === null
        ? `Next-morning pain cleared for the run on ${formatDate(runDate)}.`
        : `Saved: ${input.painNextMorning}/10 the morning after the run on ${formatDate(runDate)}.`,
    data: { runId, ...adviceData(await adviceForOwnSave(caller, tx, tripped)) },
  };
});

export const deleteRun = authedAction(runIdSchema, "write:pain-log:own", async ({ input, caller, tx }) => {
  const run = await deleteOwnRun(caller, tx, input.runId);
  return {
    // The deleted values stay in the audit trail: the row itself is gone.
    audit: { action: "run.deleted", entity: "run", entityId: run.id, patientId: caller.patientId, detail: { ...run } },
    revalidate: REVALIDATE,
    message: `Run deleted: ${runTitle(run)} on ${formatDate(run.runDate)}.`,
  };
});
