import { randomUUID } from "node:crypto";
import { createReadStream, createWriteStream } from "node:fs";
import { mkdir, rename, rm, stat } from "node:fs/promises";
import path from "node:path";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { getEnv } from "@/lib/env";

/**
 * Where clinic media bytes live. One small interface so an object store (S3 and the like) can be
 * added later without touching the upload or serving code (docs/decisions/0018-media-store.md).
 * Keys are made by newMediaKey(), never from a file name.
 */
export interface MediaStore {
  put(key: string, body: Uint8Array | NodeJS.ReadableStream | AsyncIterable<Uint8Array>): Promise<void>;
  /** The whole object, or the inclusive byte range asked for; size is always the whole object's. */
  get(key: string, range?: ByteRange): Promise<{ stream: Readable; size: number }>;
  /** Removing a key that is already gone is not an error. */
  remove(key: string): Promise<void>;
}

/** Inclusive, like HTTP's `bytes=start-end`. */
export type ByteRange = { start: number; end: number };

export class MediaNotFoundError extends Error {
  override name = "MediaNotFoundError";
}

/** A random key: 128 bits, hex with dashes. Nothing of the uploader's file name reaches the disk. */
export function newMediaKey(): string {
  return randomUUID();
}

const KEY = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** The only way a key becomes a path: anything but our own key shape (../, /, \, NUL...) is refused. */
function keyPath(root: string, key: string): string {
  if (!KEY.test(key)) throw new MediaNotFoundError("not a media key");
  // Two levels of fan-out keep any one directory small.
  return path.join(root, key.slice(0, 2), key);
}

/**
 * The default store: files under one folder (MEDIA_DIR), created on demand. A write goes to a
 * temporary name first and is renamed into place, so a reader never sees half a file.
 */
export function folderMediaStore(root: string): MediaStore {
  const absoluteRoot = path.resolve(root);
  return {
    async put(key, body) {
      const target = keyPath(absoluteRoot, key);
      await mkdir(path.dirname(target), { recursive: true });
      const partial = `${target}.${randomUUID()}.partial`;
      try {
        const source = body instanceof Uint8Array ? Readable.from([body]) : Readable.from(body as AsyncIterable<Uint8Array>);
        await pipeline(source, createWriteStream(partial, { flags: "wx" }));
        await rename(partial, target);
      } catch (error) {
        await rm(partial, { force: true });
        throw error;
      }
    },
    async get(key, range) {
      const file = keyPath(absoluteRoot, key);
      const info = await stat(file).catch(() => null);
      if (!info?.isFile()) throw new MediaNotFoundError("no such media");
      const stream = range ? createReadStream(file, { start: range.start, end: range.end }) : createReadStream(file);
      return { stream, size: info.size };
    },
    async remove(key) {
      await rm(keyPath(absoluteRoot, key), { force: true });
    },
  };
}

let store: MediaStore | undefined;

/** The store this process uses: the folder in MEDIA_DIR. Tests pass their own to the DAL instead. */
export function getMediaStore(): MediaStore {
  store ??= folderMediaStore(getEnv().MEDIA_DIR);
  return store;
}
