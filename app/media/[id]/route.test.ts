import { NextRequest } from "next/server";
import { describe, expect, it, vi } from "vitest";
import { storeExerciseMedia } from "@/lib/dal/exercise-media";
import { createMediaWorld, receivedFile, withScratchMediaDir } from "@/lib/testing/media-world";
import { signInAs } from "@/lib/testing/next-mocks";
import { tinyMp4, tinyPng } from "@/lib/testing/sample-media";
import { setupTestDatabase } from "@/lib/testing/test-database";
import { NOT_FOUND } from "@/lib/testing/world";

vi.mock("@/lib/auth/session", () => import("@/lib/testing/next-mocks"));

const t = setupTestDatabase();
withScratchMediaDir();

const { GET } = await import("./route");

const get = (id: string, headers: HeadersInit = {}) => GET(new NextRequest(`http://stride.test/media/${id}`, { headers }), { params: Promise.resolve({ id }) });

async function world() {
  const m = await createMediaWorld(t.db());
  const video = await storeExerciseMedia(m.w.as.therapist, { exerciseId: m.own.id, altText: "", upload: await receivedFile(tinyMp4(1000)) }, { ip: null });
  const picture = await storeExerciseMedia(m.w.as.therapist, { exerciseId: m.spare.id, altText: "Wall slide, side view", upload: await receivedFile(tinyPng()) }, { ip: null });
  return { ...m, video, picture };
}

describe("GET /media/[id]", () => {
  it("serves its clinic's staff the whole file, inline, never cached, not sniffed", async () => {
    const { w, picture } = await world();
    signInAs(w.as.therapist);
    const res = await get(picture.id);
    expect(res.status).toBe(200);
    expect(Object.fromEntries(["content-type", "cache-control", "x-content-type-options", "content-disposition", "content-length"].map((h) => [h, res.headers.get(h)]))).toEqual({
      "content-type": "image/png", "cache-control": "private, no-store", "x-content-type-options": "nosniff", "content-disposition": "inline",
      "content-length": String(tinyPng().length),
    });
    expect(Buffer.from(await res.arrayBuffer())).toEqual(tinyPng());
  });

  it("serves a patient whose plan prescribes the exercise, with byte ranges for video (206, 416)", async () => {
    const { w, video } = await world();
    signInAs(w.as.patientA);
    const whole = tinyMp4(1000);
    const part = await get(video.id, { range: "bytes=4-11" });
    expect(part.status).toBe(206);
    expect(part.headers.get("content-range")).toBe(`bytes 4-11/${whole.length}`);
    expect(Buffer.from(await part.arrayBuffer()).toString("ascii")).toBe("ftypisom");
    const tail = await get(video.id, { range: "bytes=-10" });
    expect(tail.status).toBe(206);
    expect((await tail.arrayBuffer()).byteLength).toBe(10);
    const beyond = await get(video.id, { range: `bytes=${whole.length}-` });
    expect(beyond.status).toBe(416);
    expect(beyond.headers.get("content-range")).toBe(`bytes */${whole.length}`);
  });

  it("answers 404 to another clinic's therapist, a patient whose plan lacks it, replaced media, the signed-out", async () => {
    const { w, video, picture, own } = await world();
    for (const caller of [w.as.otherTherapist, w.as.otherPatient, w.as.patientB]) {
      signInAs(caller);
      await expect(get(video.id), caller.name).rejects.toThrow(NOT_FOUND);
    }
    signInAs(w.as.patientB);
    await expect(get(picture.id)).resolves.toMatchObject({ status: 200 });
    await storeExerciseMedia(w.as.therapist, { exerciseId: own.id, altText: "New", upload: await receivedFile(tinyPng()) }, { ip: null });
    signInAs(w.as.therapist);
    await expect(get(video.id)).rejects.toThrow(NOT_FOUND);
    signInAs(null);
    await expect(get(picture.id)).rejects.toThrow(NOT_FOUND);
  });
});
