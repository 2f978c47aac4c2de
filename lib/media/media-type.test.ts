import { describe, expect, it } from "vitest";
import { tinyJpeg, tinyMp4, tinyPng, tinyWebm, tinyWebp } from "@/lib/testing/sample-media";
import { CORRUPT_MESSAGE, detectMedia, EMPTY_MESSAGE, MEDIA_LIMITS, TAIL_BYTES, tooLargeMessage, WRONG_TYPE_MESSAGE } from "./media-type";

/** The check as the upload route runs it: head, tail and the size of the whole file. */
const check = (file: Uint8Array, size = file.length) => detectMedia(file.subarray(0, 4096), file.subarray(Math.max(0, file.length - TAIL_BYTES)), size);

describe("a file's type comes from its bytes", () => {
  it.each([
    ["PNG", tinyPng(), "image", "image/png"],
    ["JPEG", tinyJpeg(), "image", "image/jpeg"],
    ["WebP", tinyWebp(), "image", "image/webp"],
    ["MP4", tinyMp4(), "video", "video/mp4"],
    ["WebM", tinyWebm(), "video", "video/webm"],
  ] as const)("a valid %s is accepted as %s (%s)", (_name, file, kind, mimeType) => {
    expect(check(file)).toEqual({ ok: true, kind, mimeType });
  });

  it("a renamed file (text called photo.png, a PDF called clip.mp4) is the wrong type", () => {
    expect(check(Buffer.from("just some text, saved as photo.png"))).toEqual({ ok: false, message: WRONG_TYPE_MESSAGE });
    expect(check(Buffer.from("%PDF-1.7\n%âãÏÓ\n1 0 obj"))).toEqual({ ok: false, message: WRONG_TYPE_MESSAGE });
  });

  it("a Matroska video shares WebM's magic number but is not WebM", () => {
    expect(check(tinyWebm("matroska"))).toEqual({ ok: false, message: WRONG_TYPE_MESSAGE });
  });

  it("an empty file says it is empty", () => {
    expect(check(new Uint8Array(0))).toEqual({ ok: false, message: EMPTY_MESSAGE });
  });

  it("over its type's limit: a picture above 5 MB, a video above 50 MB; at the limit is fine", () => {
    expect(check(tinyPng(), MEDIA_LIMITS.image + 1)).toEqual({ ok: false, message: tooLargeMessage("image") });
    expect(check(tinyMp4(), MEDIA_LIMITS.video + 1)).toEqual({ ok: false, message: tooLargeMessage("video") });
    const mp4AtLimit = check(tinyMp4(), MEDIA_LIMITS.video);
    expect(mp4AtLimit.ok).toBe(true);
  });
});

describe("a damaged file is refused, not stored and shown broken", () => {
  const corrupt = { ok: false, message: CORRUPT_MESSAGE };

  it("a PNG cut off after its signature, one without IHDR first, one with zero width, one without IEND", () => {
    const png = tinyPng();
    expect(check(png.subarray(0, 8))).toEqual(corrupt);
    const noIhdr = Buffer.from(png);
    noIhdr.write("IHDX", 12, "ascii");
    expect(check(noIhdr)).toEqual(corrupt);
    const zeroWidth = Buffer.from(png);
    zeroWidth.writeUInt32BE(0, 16);
    expect(check(zeroWidth)).toEqual(corrupt);
    expect(check(png.subarray(0, png.length - 12))).toEqual(corrupt);
  });

  it("a JPEG without its end-of-image marker (a half-finished download)", () => {
    const jpeg = tinyJpeg();
    expect(check(jpeg.subarray(0, jpeg.length - 2))).toEqual(corrupt);
  });

  it("a WebP whose RIFF size does not match the file, or whose first chunk is not an image", () => {
    const webp = tinyWebp();
    expect(check(webp.subarray(0, webp.length - 3))).toEqual(corrupt);
    const notImage = Buffer.from(webp);
    notImage.write("JUNK", 12, "ascii");
    expect(check(notImage)).toEqual(corrupt);
  });

  it("an MP4 that is only a truncated ftyp box, or whose box claims more than the file", () => {
    const mp4 = tinyMp4();
    expect(check(mp4.subarray(0, 12))).toEqual(corrupt);
    const lying = Buffer.from(mp4);
    lying.writeUInt32BE(10_000, 0);
    expect(check(lying)).toEqual(corrupt);
  });

  it("a WebM that is only its magic number", () => {
    expect(check(Buffer.from([0x1a, 0x45, 0xdf, 0xa3]))).toEqual({ ok: false, message: WRONG_TYPE_MESSAGE });
    expect(check(tinyWebm().subarray(0, 20))).toEqual(corrupt);
  });
});
