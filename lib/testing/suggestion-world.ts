import { and, asc, eq } from "drizzle-orm";
import type { Database } from "@/db/client";
import { protocolItems, protocols, protocolVersions, suggestions } from "@/db/schema";
import { builtInExerciseByKey } from "@/lib/dal/library-sync";
import { saveOwnPainLog } from "@/lib/dal/pain-logs";
import { addDays, todayIso } from "@/lib/dates";
import { createPainLog, createProtocol, recordCompletions, type ProtocolItemInput } from "@/lib/seed/factories";
import { createTwoClinicWorld } from "./world";

/**
 * A patient whose logs make the dose rule propose two changes (lib/dal/dose-evaluation.ts):
 * patient A on clam shell 3 x 12 (5x a week) and split squat 3 x 10 (3x a week) for 20 days,
 * calm daily logs (usual morning 1/10), the clam shell done on 10 of the last 14 days with exercise
 * pain 1/10 (progress: 3 x 14), and one split squat two days ago with exercise pain 6/10 (regress).
 * The last log, today's, goes through the patient's real save path, which runs the evaluation.
 */
export async function createSuggestionWorld(db: Database, { clam = {} }: { clam?: Partial<ProtocolItemInput> } = {}) {
  const w = await createTwoClinicWorld(db);
  const byKey = await builtInExerciseByKey(db);
  const ex = (key: string) => byKey(key).id;
  const today = todayIso();
  const start = addDays(today, -20);
  const clamId = ex("clamshell");
  const squatId = ex("split-squat");
  const { protocol } = await createProtocol(db, {
    clinicId: w.home.id, patientId: w.patientA.id, therapistId: w.as.therapist.userId, title: "Runner's knee, phase 1", startDate: start,
    items: [
      { exerciseId: clamId, sets: 3, reps: 12, frequencyPerWeek: 5, eachSide: true, side: "right", ...clam },
      { exerciseId: squatId, sets: 3, reps: 10, frequencyPerWeek: 3, eachSide: true, side: "right" },
    ],
  });
  const clamDays = new Set(Array.from({ length: 10 }, (_, k) => addDays(today, -13 + k)));
  const squatDay = addDays(today, -2);
  const target = { clinicId: w.home.id, patientId: w.patientA.id };
  for (let d = start; d < today; d = addDays(d, 1)) {
    const ticked = [...(clamDays.has(d) ? [clamId] : []), ...(d === squatDay ? [squatId] : [])];
    await createPainLog(db, { ...target, logDate: d, painAtRest: 1, painNextMorning: 1, painDuringExercise: d === squatDay ? 6 : ticked.length > 0 ? 1 : null });
    await recordCompletions(db, { ...target, doneOn: d, exerciseIds: ticked });
  }
  await db.transaction((tx) =>
    saveOwnPainLog(w.as.patientA, tx, {
      logDate: today, painAtRest: 1, painDuringExercise: null, painNextMorning: 1, aggravatingActivities: [], grinding: false, redFlags: [], note: null, exerciseIds: [],
    }),
  );
  return {
    ...w, today, ex, protocolId: protocol.id, clamId, squatId,
    suggestionRows: () => db.select().from(suggestions).where(eq(suggestions.protocolId, protocol.id)).orderBy(asc(suggestions.createdAt)),
    pendingFor: async (subject: string) => {
      const [row] = await db.select().from(suggestions).where(and(eq(suggestions.protocolId, protocol.id), eq(suggestions.subject, subject), eq(suggestions.status, "pending")));
      return row;
    },
    versions: () => db.select().from(protocolVersions).where(eq(protocolVersions.protocolId, protocol.id)).orderBy(asc(protocolVersions.version)),
    currentVersion: async () => (await db.select({ v: protocols.currentVersion }).from(protocols).where(eq(protocols.id, protocol.id)))[0]?.v,
    itemsOf: async (version: number) => {
      const [v] = await db.select({ id: protocolVersions.id }).from(protocolVersions).where(and(eq(protocolVersions.protocolId, protocol.id), eq(protocolVersions.version, version)));
      if (!v) return [];
      const rows = await db.select().from(protocolItems).where(eq(protocolItems.versionId, v.id)).orderBy(asc(protocolItems.position));
      return rows.map(({ exerciseId, sets, reps, holdSeconds, frequencyPerWeek, eachSide, side, load, note }) => ({ exerciseId, sets, reps, holdSeconds, frequencyPerWeek, eachSide, side, load, note }));
    },
  };
}
