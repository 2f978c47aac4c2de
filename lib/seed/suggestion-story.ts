import { and, eq, gte } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { exerciseCompletions } from "@/db/schema";
import { evaluateDoseSuggestions } from "@/lib/dal/dose-evaluation";
import { addDays } from "@/lib/dates";
import { recordCompletions } from "./factories";

/**
 * Sam's last two weeks of exercise ticks, written so the REAL dose rule (lib/dal/dose-evaluation.ts,
 * run at the end exactly as the app runs it) leaves two suggestions for Maya to decide, on top of
 * the logs sam-story.ts wrote (calm mornings at 1/10; exercise pain 4/10 seven days ago, 7/10 two
 * days ago, and the morning after the session eight days ago at 2/10):
 * - the clam shell done on 10 of the last 14 days, never on the two sore days nor the day before
 *   the unsettled morning: every gate met, so "Clam shell 3 x 12 -> 3 x 14" to approve;
 * - the glute bridge done two days ago, when exercise pain was 7/10: a step back to dismiss
 *   (Sam's note says step-downs hurt, not the bridge);
 * - every other exercise done on half its sessions: below 80%, so the rule holds them.
 */
export async function seedSuggestionStory(
  tx: DbOrTx,
  input: { clinicId: string; patientId: string; today: string; clamshellId: string; gluteBridgeId: string; otherExerciseIds: string[] },
): Promise<void> {
  const { clinicId, patientId, today } = input;
  const windowStart = addDays(today, -13);
  await tx
    .delete(exerciseCompletions)
    .where(and(eq(exerciseCompletions.clinicId, clinicId), eq(exerciseCompletions.patientId, patientId), gte(exerciseCompletions.doneOn, windowStart)));
  const clamDays = [13, 12, 11, 10, 9, 6, 5, 4, 3, 1];
  const halfDays = [13, 11, 9, 6, 4];
  for (let day = 13; day >= 0; day--) {
    const exerciseIds = [
      ...(clamDays.includes(day) ? [input.clamshellId] : []),
      ...(day === 2 ? [input.gluteBridgeId] : []),
      ...(halfDays.includes(day) ? input.otherExerciseIds : []),
    ];
    await recordCompletions(tx, { clinicId, patientId, doneOn: addDays(today, -day), exerciseIds });
  }
  // Noon UTC of the seed's day is that day in every clinic zone within 12 hours of UTC.
  await evaluateDoseSuggestions(tx, { clinicId, patientId }, new Date(`${today}T12:00:00Z`));
}
