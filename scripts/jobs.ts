import { evaluateDoseSuggestionsEverywhere } from "@/lib/dal/dose-evaluation";
import { checkNoRecentLogsEverywhere } from "@/lib/dal/flag-evaluation";
import { evaluateRunStagesEverywhere } from "@/lib/dal/run-stage-evaluation";
import { describeDatabase, runWithDb } from "./cli";

/**
 * `npm run jobs`: the checks that time passing (not a new log) must trigger, for a scheduler such
 * as cron or a systemd timer (e.g. hourly). Today that is "no log for 7 days", raised once per
 * lapse; running it again, or from several instances, raises nothing twice. Then the per-exercise
 * dose rule for every active protocol (stored once per evidence, lib/dal/suggestion-store.ts). The dashboard and the
 * record also run it for their clinic as they load, so a clinic without a scheduler still sees it.
 */
async function main() {
  await runWithDb(async (db) => {
    const started = Date.now();
    const { clinics, raised } = await checkNoRecentLogsEverywhere(db);
    console.log(`jobs: lapse check on ${describeDatabase()}: ${clinics} clinics, ${raised} new "no log for 7 days" flags, ${Date.now() - started} ms.`);
    // Walk-run stages: a good run ages past 30 days with time alone (docs/clinical/return-to-running.md).
    const stages = await evaluateRunStagesEverywhere(db);
    console.log(`jobs: walk-run stages: ${stages.patients} on the programme, ${stages.pending} with a pending stage suggestion.`);
    // The dose rule's 14-day window moves with the calendar: re-judge every active protocol.
    const doses = await evaluateDoseSuggestionsEverywhere(db);
    console.log(`jobs: dose suggestions re-judged for ${doses.protocols} active protocols, ${doses.pending} pending.`);
  });
}

void main();
