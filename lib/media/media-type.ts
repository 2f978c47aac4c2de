/**
 * What an uploaded file really is, read from its bytes: never from its name or the browser's
 * claimed type, which a renamed file gets wrong. Pure, so it is tested on byte buffers.
 */

export type MediaKind = "image" | "video";
export type MediaMime = "image/png" | "image/jpeg" | "image/webp" | "video/mp4" | "video/webm";

export const MEGABYTE = 1024 * 1024;
/** Stride's own limits (issue 12): a picture loads quickly on a phone; a short clip, not a film. */
export const MEDIA_LIMITS: Record<MediaKind, number> = { image: 5 * MEGABYTE, video: 50 * MEGABYTE };
/** How many leading bytes the checks read; the upload keeps this much of the file in memory. */
export const HEAD_BYTES = 4096;
/** How many trailing bytes the checks read (a JPEG's end marker, a PNG's IEND chunk). */
export const TAIL_BYTES = 16;

export const EMPTY_MESSAGE = "The file is empty. Choose the picture or video again; nothing was saved.";
export const WRONG_TYPE_MESSAGE =
  "This file is not a PNG, JPEG or WebP picture, or an MP4 or WebM video (whatever its name says). Nothing was saved.";
export const CORRUPT_MESSAGE = "This file looks damaged or incomplete, so it cannot be shown. Export it again and retry; nothing was saved.";

export function tooLargeMessage(kind: MediaKind): string {
  return kind === "image"
    ? "This picture is larger than 5 MB. Save it smaller (for example 1600 pixels wide) and try again; nothing was saved."
    : "This video is larger than 50 MB. Trim it to a short clip or export it at a lower quality and try again; nothing was saved.";
}

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

const ascii = (bytes: Uint8Array, at: number, length: number) => String.fromCharCode(...bytes.subarray(at, at + length));
const startsWith = (bytes: Uint8Array, prefix: number[], at = 0) => prefix.every((b, i) => bytes[at + i] === b);
// Reads past the end (a truncated header) give 0, which every check below refuses.
const u32 = (b: Uint8Array, at: number, littleEndian: boolean) =>
  at + 4 <= b.length ? new DataView(b.buffer, b.byteOffset, b.byteLength).getUint32(at, littleEndian) : 0;
const u32be = (b: Uint8Array, at: number) => u32(b, at, false);
const u32le = (b: Uint8Array, at: number) => u32(b, at, true);

/**
 * The type the first bytes announce (magic numbers), or null. Enough to pick the size limit while
 * the upload is still arriving; detectMedia() then checks the structure.
 */
export function sniffMedia(head: Uint8Array): { kind: MediaKind; mimeType: MediaMime } | null {
  if (startsWith(head, [0x89, 0x50, 0x4e, 0x47])) return { kind: "image", mimeType: "image/png" };
  if (startsWith(head, [0xff, 0xd8, 0xff])) return { kind: "image", mimeType: "image/jpeg" };
  if (ascii(head, 0, 4) === "RIFF" && ascii(head, 8, 4) === "WEBP") return { kind: "image", mimeType: "image/webp" };
  if (ascii(head, 4, 4) === "ftyp") return { kind: "video", mimeType: "video/mp4" };
  if (startsWith(head, [0x1a, 0x45, 0xdf, 0xa3])) return { kind: "video", mimeType: "video/webm" };
  return null;
}

/** Bytes needed before sniffMedia() can answer (a WebP's "WEBP" ends at byte 12). */
export const SNIFF_BYTES = 12;

export type DetectedMedia = { ok: true; kind: MediaKind; mimeType: MediaMime } | { ok: false; message: string };

/**
 * The whole verdict on a file: its type from the magic number, its size against that type's
 * limit, and a basic structural check so a truncated or mangled file is refused rather than
 * stored and shown broken. `head` is the first HEAD_BYTES (or the whole file), `tail` the last
 * TAIL_BYTES, `size` the whole file's length.
 */
export function detectMedia(head: Uint8Array, tail: Uint8Array, size: number): DetectedMedia {
  if (size === 0) return { ok: false, message: EMPTY_MESSAGE };
  const sniffed = sniffMedia(head);
  if (!sniffed) return { ok: false, message: WRONG_TYPE_MESSAGE };
  if (size > MEDIA_LIMITS[sniffed.kind]) return { ok: false, message: tooLargeMessage(sniffed.kind) };
  if (sniffed.mimeType === "video/webm" && !isWebmDocType(head)) return { ok: false, message: WRONG_TYPE_MESSAGE };
  if (!STRUCTURE[sniffed.mimeType](head, tail, size)) return { ok: false, message: CORRUPT_MESSAGE };
  return { ok: true, ...sniffed };
}

const STRUCTURE: Record<MediaMime, (head: Uint8Array, tail: Uint8Array, size: number) => boolean> = {
  // Full signature, then IHDR first (13 bytes of data, non-zero width and height), IEND last.
  "image/png": (head, tail, size) =>
    size >= 8 + 25 + 12 &&
    startsWith(head, PNG_SIGNATURE) &&
    u32be(head, 8) === 13 &&
    ascii(head, 12, 4) === "IHDR" &&
    u32be(head, 16) > 0 &&
    u32be(head, 20) > 0 &&
    ascii(tail, tail.length - 8, 4) === "IEND",
  // Start of image at the front, end of image at the back (a cut-off download loses the latter).
  "image/jpeg": (_head, tail, size) => size >= 4 && tail[tail.length - 2] === 0xff && tail[tail.length - 1] === 0xd9,
  // The RIFF size counts everything after its own 8 bytes, and the first chunk is an image chunk
  // that fits in the file.
  "image/webp": (head, _tail, size) =>
    size >= 20 &&
    u32le(head, 4) + 8 === size &&
    ["VP8 ", "VP8L", "VP8X"].includes(ascii(head, 12, 4)) &&
    20 + u32le(head, 16) <= size,
  // The ftyp box holds a major brand and a version (16 bytes at least) and ends inside the file,
  // with something (the movie's boxes) after it.
  "video/mp4": (head, _tail, size) => {
    const boxSize = u32be(head, 0);
    return boxSize >= 16 && boxSize < size && /^[\x20-\x7e]{4}$/.test(ascii(head, 8, 4));
  },
  // An EBML header naming the webm document type, with more after it.
  "video/webm": (head, _tail, size) => size > 32 && isWebmDocType(head),
};

/** Matroska (.mkv) shares WebM's magic number; only the DocType element tells them apart. */
function isWebmDocType(head: Uint8Array): boolean {
  const header = head.subarray(0, 64);
  for (let i = 4; i + 2 < header.length; i++) {
    // DocType element id 0x4282, a one-byte size (0x80 | length), then the text.
    if (header[i] === 0x42 && header[i + 1] === 0x82) return ascii(header, i + 3, 4) === "webm" && header[i + 2] === 0x84;
  }
  return false;
}
