import { readdir, rm } from "node:fs/promises";
import path from "node:path";
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { exerciseMedia, protocols } from "@/db/schema";
import { folderMediaStore, type MediaStore } from "@/lib/media/store";
import { auditsOf } from "@/lib/testing/action-helpers";
import { createMediaWorld, discardReceived, receivedFile, scratchMediaDir } from "@/lib/testing/media-world";
import { tinyMp4, tinyPng } from "@/lib/testing/sample-media";
import { setupTestDatabase } from "@/lib/testing/test-database";
import { NOT_FOUND } from "@/lib/testing/world";
import { ALT_TEXT_REQUIRED, currentMediaByExercise, deleteRemovedMediaFile, getMediaForServing, mediaOfCustomExercises, removeExerciseMedia, storeExerciseMedia } from "./exercise-media";

const t = setupTestDatabase();
let dir: string;
let store: MediaStore;
beforeAll(async () => {
  dir = await scratchMediaDir();
  store = folderMediaStore(dir);
});
afterAll(async () => {
  await discardReceived();
  await rm(dir, { recursive: true, force: true });
});

const ctx = { ip: null };
const filesOnDisk = async () => (await readdir(dir, { recursive: true, withFileTypes: true })).filter((e) => e.isFile()).map((e) => path.basename(e.name));
const upload = async (bytes: Uint8Array) => receivedFile(bytes);

async function world() {
  const m = await createMediaWorld(t.db());
  const picture = await storeExerciseMedia(m.w.as.therapist, { exerciseId: m.own.id, altText: "Side view of the step-down", upload: await upload(tinyPng()) }, ctx, store);
  return { ...m, picture };
}

describe("who may see an exercise's media", () => {
  it("its clinic's staff, and a patient whose active plan's current version prescribes the exercise", async () => {
    const { w, picture } = await world();
    for (const caller of [w.as.therapist, w.as.admin, w.as.patientA]) {
      await expect(getMediaForServing(caller, picture.id)).resolves.toMatchObject({ mimeType: "image/png", kind: "image", byteSize: tinyPng().length });
    }
  });

  it("nobody else: another clinic's staff and patient, a patient whose plan lacks it, unknown or malformed ids", async () => {
    const { w, picture } = await world();
    for (const caller of [w.as.otherTherapist, w.as.otherPatient, w.as.patientB]) {
      await expect(getMediaForServing(caller, picture.id)).rejects.toThrow(NOT_FOUND);
    }
    await expect(getMediaForServing(w.as.therapist, "00000000-0000-4000-8000-000000000000")).rejects.toThrow(NOT_FOUND);
    await expect(getMediaForServing(w.as.therapist, "../../etc/passwd")).rejects.toThrow(NOT_FOUND);
  });

  it("a patient loses it when the plan ends or a newer version drops the exercise", async () => {
    const { w, picture, protocolA } = await world();
    await t.db().update(protocols).set({ status: "ended" }).where(eq(protocols.id, protocolA.id));
    await expect(getMediaForServing(w.as.patientA, picture.id)).rejects.toThrow(NOT_FOUND);
    await t.db().update(protocols).set({ status: "active", currentVersion: 2 }).where(eq(protocols.id, protocolA.id));
    // Version 2 does not exist, so no current version prescribes the exercise.
    await expect(getMediaForServing(w.as.patientA, picture.id)).rejects.toThrow(NOT_FOUND);
  });

  it("the library and portal lookups follow the same rules", async () => {
    const { w, own, spare, picture } = await world();
    expect(await currentMediaByExercise(w.as.therapist, [own.id, spare.id])).toEqual({ [own.id]: { id: picture.id, kind: "image", mimeType: "image/png", altText: "Side view of the step-down" } });
    expect(Object.keys(await currentMediaByExercise(w.as.patientA, [own.id]))).toEqual([own.id]);
    expect(await currentMediaByExercise(w.as.patientB, [own.id])).toEqual({});
    expect(await currentMediaByExercise(w.as.otherTherapist, [own.id])).toEqual({});
    // The library and the plan builders ask for a whole list; built-ins are never looked up.
    const list = [{ id: own.id, builtIn: false }, { id: spare.id, builtIn: false }, { id: own.id, builtIn: true }];
    expect(Object.keys(await mediaOfCustomExercises(w.as.therapist, list))).toEqual([own.id]);
    expect(await mediaOfCustomExercises(w.as.therapist, [{ id: own.id, builtIn: true }])).toEqual({});
  });
});

describe("uploading", () => {
  it("replacing marks the old row removed, deletes its file, and the old id answers 404", async () => {
    const { w, own, picture } = await world();
    const before = await filesOnDisk();
    const video = await storeExerciseMedia(w.as.therapist, { exerciseId: own.id, altText: "", upload: await upload(tinyMp4()) }, ctx, store);
    const rows = await t.db().select().from(exerciseMedia).where(eq(exerciseMedia.exerciseId, own.id));
    expect(rows.map((r) => [r.id, r.removedAt === null])).toEqual(expect.arrayContaining([[picture.id, false], [video.id, true]]));
    const after = await filesOnDisk();
    expect(after).toHaveLength(before.length);
    expect(after).not.toEqual(before);
    await expect(getMediaForServing(w.as.therapist, picture.id)).rejects.toThrow(NOT_FOUND);
    await expect(getMediaForServing(w.as.patientA, video.id)).resolves.toMatchObject({ kind: "video", mimeType: "video/mp4" });
    const audits = await auditsOf(t.db(), w.home.id, "exercise-media.uploaded");
    expect(audits.at(-1)?.detail).toMatchObject({ mediaId: video.id, replaced: [picture.id] });
  });

  it("a picture without alt text is refused with nothing stored", async () => {
    const { w, spare } = await world();
    const before = await filesOnDisk();
    await expect(storeExerciseMedia(w.as.therapist, { exerciseId: spare.id, altText: "   ", upload: await upload(tinyPng()) }, ctx, store)).rejects.toMatchObject({ name: "UserFacingError", message: ALT_TEXT_REQUIRED });
    expect(await t.db().select().from(exerciseMedia).where(eq(exerciseMedia.exerciseId, spare.id))).toEqual([]);
    expect(await filesOnDisk()).toEqual(before);
  });

  it("built-in and other clinics' exercises answer 404, and patients cannot upload at all", async () => {
    const { w, builtIn, foreign, own } = await world();
    const before = await filesOnDisk();
    const attempt = async (caller: typeof w.as.therapist, exerciseId: string) =>
      storeExerciseMedia(caller, { exerciseId, altText: "A picture", upload: await upload(tinyPng()) }, ctx, store);
    await expect(attempt(w.as.therapist, builtIn.id)).rejects.toThrow(NOT_FOUND);
    await expect(attempt(w.as.therapist, foreign.id)).rejects.toThrow(NOT_FOUND);
    await expect(attempt(w.as.otherTherapist, own.id)).rejects.toThrow(NOT_FOUND);
    await expect(attempt(w.as.patientA, own.id)).rejects.toThrow(NOT_FOUND);
    expect(await filesOnDisk()).toEqual(before);
    const current = await t.db().select().from(exerciseMedia).where(and(eq(exerciseMedia.exerciseId, builtIn.id)));
    expect(current).toEqual([]);
  });
});

describe("removing", () => {
  const storedKey = async (mediaId: string) => (await t.db().select({ key: exerciseMedia.storageKey }).from(exerciseMedia).where(eq(exerciseMedia.id, mediaId)))[0]?.key ?? "";

  it("its clinic's staff take it off: no library, portal or URL shows it, then its file is deleted", async () => {
    for (const role of ["therapist", "admin"] as const) {
      const { w, own, picture } = await world();
      const key = await storedKey(picture.id);
      expect(await filesOnDisk()).toContain(key);
      const removed = await removeExerciseMedia(w.as[role], t.db(), picture.id);
      expect(removed).toEqual({ mediaId: picture.id, exerciseId: own.id, kind: "image", storageKey: key });
      expect(await currentMediaByExercise(w.as.therapist, [own.id])).toEqual({});
      expect(await currentMediaByExercise(w.as.patientA, [own.id])).toEqual({});
      await expect(getMediaForServing(w.as.patientA, picture.id)).rejects.toThrow(NOT_FOUND);
      expect(await deleteRemovedMediaFile(key, store)).toBe(true);
      expect(await filesOnDisk()).not.toContain(key);
      // Taking it off twice is the same 404 as an unknown id.
      await expect(removeExerciseMedia(w.as[role], t.db(), picture.id)).rejects.toThrow(NOT_FOUND);
    }
  });

  it("another clinic's staff, the patient it is prescribed to and malformed ids get 404, and nothing changes", async () => {
    const { w, own, picture } = await world();
    const key = await storedKey(picture.id);
    for (const caller of [w.as.otherTherapist, w.as.otherPatient, w.as.patientA, w.as.patientB]) {
      await expect(removeExerciseMedia(caller, t.db(), picture.id)).rejects.toThrow(NOT_FOUND);
    }
    await expect(removeExerciseMedia(w.as.therapist, t.db(), "../../etc/passwd")).rejects.toThrow(NOT_FOUND);
    await expect(removeExerciseMedia(w.as.therapist, t.db(), "00000000-0000-4000-8000-000000000000")).rejects.toThrow(NOT_FOUND);
    expect(Object.keys(await currentMediaByExercise(w.as.patientA, [own.id]))).toEqual([own.id]);
    expect(await filesOnDisk()).toContain(key);
  });

  it("keeps the file while the row is current: a removal that rolled back deletes nothing", async () => {
    const { w, own, picture } = await world();
    const key = await storedKey(picture.id);
    await expect(t.db().transaction(async (tx) => {
      await removeExerciseMedia(w.as.therapist, tx, picture.id);
      throw new Error("the audit insert failed");
    })).rejects.toThrow("the audit insert failed");
    expect(await deleteRemovedMediaFile(key, store)).toBe(false);
    expect(await filesOnDisk()).toContain(key);
    expect(Object.keys(await currentMediaByExercise(w.as.therapist, [own.id]))).toEqual([own.id]);
  });
});
