import { mkdtemp, rm } from "node:fs/promises";
import { afterAll, beforeAll, vi } from "vitest";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Database } from "@/db/client";
import { exercises } from "@/db/schema";
import { builtInExerciseIds } from "@/lib/dal/library-sync";
import { addDays, todayIso } from "@/lib/dates";
import { resetEnvCache } from "@/lib/env";
import { receiveUpload, type ReceivedUpload } from "@/lib/media/receive-upload";
import { createProtocol } from "@/lib/seed/factories";
import { streamOf } from "./sample-media";
import { createTwoClinicWorld } from "./world";

/**
 * The media access tests' world: a custom exercise in each clinic, patient A's active plan
 * prescribing the home clinic's custom exercise, patient B's plan without it.
 */
export async function createMediaWorld(db: Database) {
  const w = await createTwoClinicWorld(db);
  const custom = (clinicId: string, key: string, name: string) =>
    db.insert(exercises).values({
      clinicId, key, name, type: "strengthening", group: "quadriceps", target: "Quadriceps", equipment: "A low step",
      instructions: "Step down slowly.", sets: 3, reps: 8, frequencyPerWeek: 3, eachSide: true,
    }).returning().then(([row]) => {
      if (!row) throw new Error("exercise insert returned nothing");
      return row;
    });
  const own = await custom(w.home.id, "clinic-step-down", "Clinic step-down");
  const spare = await custom(w.home.id, "clinic-wall-slide", "Clinic wall slide");
  const foreign = await custom(w.other.id, "other-step-down", "Other clinic step-down");
  const builtIn = (await builtInExerciseIds(db)).get("clamshell");
  if (!builtIn) throw new Error("library has no clamshell");
  const startDate = addDays(todayIso(), -3);
  const planA = await createProtocol(db, {
    clinicId: w.home.id, patientId: w.patientA.id, therapistId: w.as.therapist.userId, title: "Phase 1", startDate,
    items: [{ exerciseId: own.id, sets: 3, reps: 8, frequencyPerWeek: 3, side: "right" }],
  });
  await createProtocol(db, {
    clinicId: w.home.id, patientId: w.patientB.id, therapistId: w.as.therapist.userId, title: "Phase 1", startDate,
    items: [{ exerciseId: spare.id, sets: 3, reps: 8, frequencyPerWeek: 3, side: "left" }],
  });
  return { w, own, spare, foreign, builtIn, protocolA: planA.protocol };
}

const received: ReceivedUpload[] = [];

/** An upload as the route hands it to the DAL: the bytes in a temporary file, checked. */
export async function receivedFile(bytes: Uint8Array): Promise<ReceivedUpload> {
  const result = await receiveUpload(streamOf(bytes));
  if (!result.ok) throw new Error(`sample refused: ${result.message}`);
  received.push(result.upload);
  return result.upload;
}

/** The route discards each upload's temporary file; tests that call the DAL directly do it here. */
export async function discardReceived(): Promise<void> {
  await Promise.all(received.splice(0).map((u) => u.discard()));
}

export function scratchMediaDir(): Promise<string> {
  return mkdtemp(path.join(tmpdir(), "stride-media-test-"));
}

/**
 * For route tests: a scratch MEDIA_DIR for the file's tests (the routes read it through lib/env),
 * removed afterwards with any upload left in a temporary file.
 */
export function withScratchMediaDir(): () => string {
  let dir = "";
  beforeAll(async () => {
    dir = await scratchMediaDir();
    // vitest's own env stub, undone below, so no later file in the worker inherits this folder.
    vi.stubEnv("MEDIA_DIR", dir);
    resetEnvCache();
  });
  afterAll(async () => {
    await discardReceived();
    await rm(dir, { recursive: true, force: true });
    vi.unstubAllEnvs();
    resetEnvCache();
  });
  return () => dir;
}
