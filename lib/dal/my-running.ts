import "server-only";
import { getDb } from "@/db/client";
import type { Caller } from "@/lib/auth/caller";
import { stageSessionText, stageTitle, walkRunStage } from "@/lib/clinical/return-to-run-stages";
import { todayInZone } from "@/lib/dates";
import { assertCan, ownPatientId } from "./guard";
import { readRunStage } from "./run-stage-evaluation";

/**
 * The walk-run stage as the patient sees it on /my and /my/plan (docs/clinical/return-to-running.md,
 * "What the patient is told"): only the stage the therapist approved on the current version, its
 * session, the agreed limit, the day it began, and how many good runs the step rule counts at it.
 * Never a suggestion, the rule or its reasons. Scoped to the session's own patient and clinic.
 */
export type MyRunningStage = {
  title: string;
  session: string;
  stage: number;
  since: string;
  painLimit: number;
  /** Runs since the stage began with pain within the limit and a settled next morning, in the last 30 days. */
  goodRuns: number;
};

export async function getMyRunningStage(caller: Caller, now = new Date()): Promise<MyRunningStage | null> {
  assertCan(caller, "read:protocol:own");
  const patientId = ownPatientId(caller);
  const read = await readRunStage(await getDb(), { clinicId: caller.clinicId, patientId }, todayInZone(caller.timeZone, now));
  const stage = read ? walkRunStage(read.runStage) : undefined;
  if (!read || !stage) return null;
  return {
    title: stageTitle(stage),
    session: stageSessionText(stage),
    stage: stage.stage,
    since: read.runStageSince,
    painLimit: read.step.evidence.painLimit,
    goodRuns: read.step.evidence.runs.filter((r) => r.withinLimit === true && r.settled === true && !r.stale).length,
  };
}
