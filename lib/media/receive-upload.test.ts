import { mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { streamOf, tinyMp4, tinyPng } from "@/lib/testing/sample-media";
import { CORRUPT_MESSAGE, MEDIA_LIMITS, tooLargeMessage, WRONG_TYPE_MESSAGE } from "./media-type";
import { receiveUpload } from "./receive-upload";

// os.tmpdir() reads TMPDIR on every call: each test gets a private one to prove nothing is left.
let scratch: string;
const previousTmp = process.env.TMPDIR;
const realTmp = tmpdir();
beforeEach(async () => {
  scratch = await mkdtemp(path.join(realTmp, "stride-receive-test-"));
  process.env.TMPDIR = scratch;
});
afterEach(async () => {
  if (previousTmp === undefined) delete process.env.TMPDIR;
  else process.env.TMPDIR = previousTmp;
  await rm(scratch, { recursive: true, force: true });
});

/** A body that would go on for 2 GB after `head`, counting what the receiver actually pulled. */
function endless(head: Uint8Array) {
  const pulled = { bytes: 0 };
  const chunk = new Uint8Array(256 * 1024);
  let first = true;
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      const next = first ? head : chunk;
      first = false;
      pulled.bytes += next.length;
      if (pulled.bytes > 2 * 1024 * 1024 * 1024) return controller.close();
      controller.enqueue(next);
    },
  });
  return { stream, pulled };
}

describe("receiving an upload", () => {
  it("keeps a valid picture in a temporary file until the caller discards it", async () => {
    const png = tinyPng();
    const result = await receiveUpload(streamOf(png, 7));
    if (!result.ok) throw new Error(result.message);
    expect(result.upload).toMatchObject({ size: png.length, kind: "image", mimeType: "image/png" });
    expect(await readFile(result.upload.tempPath)).toEqual(png);
    await result.upload.discard();
    expect(await readdir(scratch)).toEqual([]);
  });

  it("cuts a 2 GB 'picture' off just past 5 MB and leaves nothing on disk", async () => {
    const { stream, pulled } = endless(tinyPng().subarray(0, 64));
    const result = await receiveUpload(stream);
    expect(result).toEqual({ ok: false, status: 413, message: tooLargeMessage("image") });
    expect(pulled.bytes).toBeLessThan(MEDIA_LIMITS.image + 2 * 256 * 1024);
    expect(await readdir(scratch)).toEqual([]);
  });

  it("cuts a video off just past 50 MB", async () => {
    const { stream, pulled } = endless(tinyMp4().subarray(0, 32));
    const result = await receiveUpload(stream);
    expect(result).toEqual({ ok: false, status: 413, message: tooLargeMessage("video") });
    expect(pulled.bytes).toBeLessThan(MEDIA_LIMITS.video + 2 * 256 * 1024);
  });

  it("stops at the first bytes of a renamed file", async () => {
    const { stream, pulled } = endless(new TextEncoder().encode("<html>not a picture at all</html>"));
    expect(await receiveUpload(stream)).toEqual({ ok: false, status: 415, message: WRONG_TYPE_MESSAGE });
    expect(pulled.bytes).toBeLessThan(1024 * 1024);
    expect(await readdir(scratch)).toEqual([]);
  });

  it("refuses an empty body and a truncated picture, leaving nothing", async () => {
    expect((await receiveUpload(streamOf(new Uint8Array(0)))).ok).toBe(false);
    expect(await receiveUpload(streamOf(tinyPng().subarray(0, 40)))).toEqual({ ok: false, status: 422, message: CORRUPT_MESSAGE });
    expect(await readdir(scratch)).toEqual([]);
  });
});
