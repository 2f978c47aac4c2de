import { createWriteStream } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { once } from "node:events";
import {
  detectMedia, EMPTY_MESSAGE, HEAD_BYTES, MEDIA_LIMITS, SNIFF_BYTES, sniffMedia, TAIL_BYTES, tooLargeMessage, WRONG_TYPE_MESSAGE,
  type MediaKind, type MediaMime,
} from "./media-type";

export type ReceivedUpload = { tempPath: string; size: number; kind: MediaKind; mimeType: MediaMime; discard: () => Promise<void> };
export type UploadResult = { ok: true; upload: ReceivedUpload } | { ok: false; message: string; status: 413 | 415 | 422 };

const LARGEST = Math.max(...Object.values(MEDIA_LIMITS));

/**
 * Streams a request body to a temporary file while checking it, and stops reading the moment it
 * is clearly refused: an unknown type after its first bytes, or one byte past its type's limit
 * (so a 2 GB "picture" costs 5 MB, not 2 GB). Every refusal removes the temporary file; on success
 * the caller stores it and calls discard().
 */
export async function receiveUpload(body: ReadableStream<Uint8Array> | null): Promise<UploadResult> {
  if (!body) return { ok: false, message: EMPTY_MESSAGE, status: 422 };
  const dir = await mkdtemp(path.join(tmpdir(), "stride-upload-"));
  const discard = () => rm(dir, { recursive: true, force: true });
  const tempPath = path.join(dir, "upload");
  const file = createWriteStream(tempPath, { flags: "wx" });
  const reader = body.getReader();
  const head = new Uint8Array(HEAD_BYTES);
  let headLength = 0;
  let tail: Uint8Array = new Uint8Array(0);
  let size = 0;
  let limit = LARGEST;
  let refusal: Extract<UploadResult, { ok: false }> | null = null;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      if (headLength < HEAD_BYTES) {
        const take = value.subarray(0, HEAD_BYTES - headLength);
        head.set(take, headLength);
        const before = headLength;
        headLength += take.length;
        if (before < SNIFF_BYTES && headLength >= SNIFF_BYTES) {
          const sniffed = sniffMedia(head.subarray(0, headLength));
          if (!sniffed) { refusal = { ok: false, message: WRONG_TYPE_MESSAGE, status: 415 }; break; }
          limit = MEDIA_LIMITS[sniffed.kind];
        }
      }
      size += value.length;
      if (size > limit) {
        const kind = sniffMedia(head.subarray(0, headLength))?.kind ?? "video";
        refusal = { ok: false, message: tooLargeMessage(kind), status: 413 };
        break;
      }
      tail = lastBytes(tail, value);
      if (!file.write(value)) await once(file, "drain");
    }
  } catch {
    refusal = { ok: false, message: "The upload was interrupted. Try again; nothing was saved.", status: 422 };
  } finally {
    if (refusal) await reader.cancel().catch(() => undefined);
    file.end();
    await once(file, "close").catch(() => undefined);
  }
  if (refusal) {
    await discard();
    return refusal;
  }
  const verdict = detectMedia(head.subarray(0, headLength), tail, size);
  if (!verdict.ok) {
    await discard();
    return { ok: false, message: verdict.message, status: verdict.message === WRONG_TYPE_MESSAGE ? 415 : 422 };
  }
  return { ok: true, upload: { tempPath, size, kind: verdict.kind, mimeType: verdict.mimeType, discard } };
}

function lastBytes(previous: Uint8Array, chunk: Uint8Array): Uint8Array {
  if (chunk.length >= TAIL_BYTES) return chunk.slice(chunk.length - TAIL_BYTES);
  const joined = new Uint8Array(previous.length + chunk.length);
  joined.set(previous);
  joined.set(chunk, previous.length);
  return joined.slice(Math.max(0, joined.length - TAIL_BYTES));
}
