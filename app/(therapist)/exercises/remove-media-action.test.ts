import { readdir } from "node:fs/promises";
import { eq } from "drizzle-orm";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { exerciseMedia } from "@/db/schema";
import { storeExerciseMedia } from "@/lib/dal/exercise-media";
import { folderMediaStore } from "@/lib/media/store";
import { auditsOf } from "@/lib/testing/action-helpers";
import { createMediaWorld, receivedFile, withScratchMediaDir } from "@/lib/testing/media-world";
import { form, revalidated, signInAs } from "@/lib/testing/next-mocks";
import { tinyPng } from "@/lib/testing/sample-media";
import { setupTestDatabase } from "@/lib/testing/test-database";
import { NOT_FOUND } from "@/lib/testing/world";

/** next/server's after(): run here by hand, as Next runs it once the response (and the transaction) is done. */
const afterResponse = vi.hoisted(() => [] as Array<() => unknown>);
vi.mock("next/server", async (original) => ({ ...(await original<object>()), after: (task: () => unknown) => void afterResponse.push(task) }));
vi.mock("@/lib/auth/session", () => import("@/lib/testing/next-mocks"));
vi.mock("next/headers", () => import("@/lib/testing/next-mocks"));
vi.mock("next/cache", () => import("@/lib/testing/next-mocks"));

const { removeExerciseMediaAction } = await import("./actions");
const t = setupTestDatabase();
const mediaDir = withScratchMediaDir();

const filesOnDisk = async () => (await readdir(mediaDir(), { recursive: true, withFileTypes: true })).filter((e) => e.isFile()).map((e) => e.name);
const runAfterResponse = async () => {
  for (const task of afterResponse.splice(0)) await task();
};

async function world() {
  const m = await createMediaWorld(t.db());
  const picture = await storeExerciseMedia(m.w.as.therapist, { exerciseId: m.own.id, altText: "Side view of the step-down", upload: await receivedFile(tinyPng()) }, { ip: null }, folderMediaStore(mediaDir()));
  const [row] = await t.db().select().from(exerciseMedia).where(eq(exerciseMedia.id, picture.id));
  return { ...m, picture, key: row?.storageKey ?? "" };
}

beforeEach(() => {
  signInAs(null);
  afterResponse.length = 0;
});

describe("remove an exercise's picture or video", () => {
  it("takes it off, audited, revalidates the library, and deletes the file once the response is done", async () => {
    const { w, own, picture, key } = await world();
    signInAs(w.as.therapist);
    const state = await removeExerciseMediaAction({}, form({ mediaId: picture.id }));
    expect(state).toMatchObject({ ok: true, message: "Picture removed." });
    expect(revalidated).toEqual(["/exercises", `/exercises/${own.id}/edit`]);
    const [row] = await t.db().select().from(exerciseMedia).where(eq(exerciseMedia.id, picture.id));
    expect(row?.removedAt).toBeInstanceOf(Date);
    expect(await auditsOf(t.db(), w.home.id, "exercise-media.removed")).toMatchObject([
      { entity: "exercise", entityId: own.id, actorId: w.as.therapist.userId, detail: { mediaId: picture.id, kind: "image" } },
    ]);
    expect(await filesOnDisk()).toContain(key);
    await runAfterResponse();
    expect(await filesOnDisk()).not.toContain(key);
  });

  it("another clinic's therapist and patients get 404: nothing removed, audited or deleted", async () => {
    const { w, picture, key } = await world();
    for (const caller of [w.as.otherTherapist, w.as.patientA, w.as.otherPatient]) {
      signInAs(caller);
      await expect(removeExerciseMediaAction({}, form({ mediaId: picture.id }))).rejects.toThrow(NOT_FOUND);
    }
    await runAfterResponse();
    const [row] = await t.db().select().from(exerciseMedia).where(eq(exerciseMedia.id, picture.id));
    expect(row?.removedAt).toBeNull();
    expect(await auditsOf(t.db(), w.home.id, "exercise-media.removed")).toEqual([]);
    expect(await filesOnDisk()).toContain(key);
  });
});
