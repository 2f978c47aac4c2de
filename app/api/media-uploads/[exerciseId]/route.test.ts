import { readdir } from "node:fs/promises";
import { eq } from "drizzle-orm";
import { NextRequest } from "next/server";
import { describe, expect, it, vi } from "vitest";
import { exerciseMedia } from "@/db/schema";
import { CORRUPT_MESSAGE, WRONG_TYPE_MESSAGE } from "@/lib/media/media-type";
import { auditsOf } from "@/lib/testing/action-helpers";
import { createMediaWorld, withScratchMediaDir } from "@/lib/testing/media-world";
import { signInAs } from "@/lib/testing/next-mocks";
import { streamOf, tinyJpeg, tinyPng, tinyWebm } from "@/lib/testing/sample-media";
import { setupTestDatabase } from "@/lib/testing/test-database";
import { NOT_FOUND } from "@/lib/testing/world";

vi.mock("@/lib/auth/session", () => import("@/lib/testing/next-mocks"));

const t = setupTestDatabase();
const mediaDir = withScratchMediaDir();

const { POST } = await import("./route");

function post(exerciseId: string, bytes: Uint8Array, { alt = "", origin = "http://stride.test" }: { alt?: string; origin?: string } = {}) {
  const req = new NextRequest(`http://stride.test/api/media-uploads/${exerciseId}`, {
    method: "POST",
    body: streamOf(bytes),
    headers: { host: "stride.test", origin, "content-type": "application/octet-stream", "x-alt-text": encodeURIComponent(alt) },
    duplex: "half",
  } as ConstructorParameters<typeof NextRequest>[1]);
  return POST(req, { params: Promise.resolve({ exerciseId }) });
}

const filesOnDisk = async () => (await readdir(mediaDir(), { recursive: true, withFileTypes: true })).filter((e) => e.isFile()).length;
const rowsFor = (exerciseId: string) => t.db().select().from(exerciseMedia).where(eq(exerciseMedia.exerciseId, exerciseId));

describe("POST /api/media-uploads/[exerciseId]", () => {
  it("stores a therapist's picture with its alt text and audits it", async () => {
    const { w, own } = await createMediaWorld(t.db());
    signInAs(w.as.therapist);
    const res = await post(own.id, tinyJpeg(), { alt: "Knee over the toes, side view" });
    expect(res.status).toBe(200);
    const body = (await res.json()) as { media: { id: string; mimeType: string; altText: string } };
    expect(body.media).toMatchObject({ mimeType: "image/jpeg", altText: "Knee over the toes, side view" });
    expect((await rowsFor(own.id)).map((r) => r.id)).toEqual([body.media.id]);
    expect((await auditsOf(t.db(), w.home.id, "exercise-media.uploaded")).map((a) => a.entityId)).toEqual([own.id]);
  });

  it("refuses a renamed file, a truncated picture and a picture without alt text: a message, no row, no file", async () => {
    const { w, spare } = await createMediaWorld(t.db());
    signInAs(w.as.therapist);
    const before = await filesOnDisk();
    const renamed = await post(spare.id, Buffer.from("%PDF-1.7 a document called photo.png"), { alt: "x" });
    expect([renamed.status, ((await renamed.json()) as { message: string }).message]).toEqual([415, WRONG_TYPE_MESSAGE]);
    const truncated = await post(spare.id, tinyPng().subarray(0, 30), { alt: "x" });
    expect([truncated.status, ((await truncated.json()) as { message: string }).message]).toEqual([422, CORRUPT_MESSAGE]);
    const noAlt = await post(spare.id, tinyPng());
    expect(noAlt.status).toBe(422);
    expect(((await noAlt.json()) as { fieldErrors: Record<string, string[]> }).fieldErrors.altText).toHaveLength(1);
    expect(await rowsFor(spare.id)).toEqual([]);
    expect(await filesOnDisk()).toBe(before);
  });

  it("a video needs no alt text", async () => {
    const { w, spare } = await createMediaWorld(t.db());
    signInAs(w.as.admin);
    expect((await post(spare.id, tinyWebm())).status).toBe(200);
  });

  it("answers 404 to a patient, to another clinic's therapist, for a built-in exercise, and to the signed-out", async () => {
    const { w, own, builtIn, foreign } = await createMediaWorld(t.db());
    const cases = [[w.as.patientA, own.id], [w.as.otherTherapist, own.id], [w.as.therapist, builtIn.id], [w.as.therapist, foreign.id], [null, own.id]] as const;
    for (const [caller, exerciseId] of cases) {
      signInAs(caller);
      await expect(post(exerciseId, tinyPng(), { alt: "A picture" }), `${caller?.name ?? "signed out"} -> ${exerciseId}`).rejects.toThrow(NOT_FOUND);
    }
    expect([...(await rowsFor(own.id)), ...(await rowsFor(builtIn.id)), ...(await rowsFor(foreign.id))]).toEqual([]);
  });

  it("refuses a post from another site before reading it", async () => {
    const { w, own } = await createMediaWorld(t.db());
    signInAs(w.as.therapist);
    const res = await post(own.id, tinyPng(), { alt: "A picture", origin: "https://evil.example" });
    expect(res.status).toBe(403);
    expect(await rowsFor(own.id)).toEqual([]);
  });
});
