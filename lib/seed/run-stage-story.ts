import { and, eq } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { protocols, protocolVersions } from "@/db/schema";
import { addDays, serverTimeZone } from "@/lib/dates";
import { evaluateRunStage } from "@/lib/dal/run-stage-evaluation";

/**
 * Sam on the walk-run programme (issue 11's demo, docs/clinical/return-to-running.md). Sam's
 * short runs of the last three weeks (3-4 km, about 20-26 minutes) match stage 12 (24 minutes of
 * running), so Maya put Sam on stage 12 with the default limit of 5/10 when she saved version 2,
 * three weeks ago. Every run since stayed at 2/10 with the next morning back to Sam's usual 1/10,
 * so the real step rule, run here exactly as a run save runs it, leaves a pending "stage 12 ->
 * stage 13" suggestion for Maya to approve. Called after seedSamStory, which writes the runs.
 *
 * The stage is set on Sam's current version, whatever its number, so a story that adds versions
 * before this one still ends with the stage in force.
 */
export const SAM_RUN_STAGE = 12;
export const SAM_RUN_STAGE_DAYS_AGO = 21;

export async function seedRunStageStory(tx: DbOrTx, input: { clinicId: string; patientId: string; today: string }): Promise<void> {
  const [protocol] = await tx
    .select({ id: protocols.id, currentVersion: protocols.currentVersion })
    .from(protocols)
    .where(and(eq(protocols.clinicId, input.clinicId), eq(protocols.patientId, input.patientId), eq(protocols.status, "active")));
  if (!protocol) throw new Error("run-stage story: Sam has no active protocol");
  await tx
    .update(protocolVersions)
    .set({ runStage: SAM_RUN_STAGE, runStageSince: addDays(input.today, -SAM_RUN_STAGE_DAYS_AGO), runPainLimit: 5 })
    .where(and(eq(protocolVersions.protocolId, protocol.id), eq(protocolVersions.version, protocol.currentVersion)));
  // Noon of the seed's "today" in the server's zone, the zone the demo clinics use (no zone set).
  const result = await evaluateRunStage(tx, input, { timeZone: serverTimeZone(), now: new Date(`${input.today}T12:00:00`) });
  if (result?.step.outcome !== "advance") throw new Error(`run-stage story: expected an advance suggestion, got ${result?.step.reason ?? "nothing"}`);
}
