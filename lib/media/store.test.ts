import { mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { Readable } from "node:stream";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { folderMediaStore, MediaNotFoundError, newMediaKey, type MediaStore } from "./store";

let root: string;
let store: MediaStore;

beforeEach(async () => {
  root = await mkdtemp(path.join(tmpdir(), "stride-store-test-"));
  store = folderMediaStore(path.join(root, "media"));
});
afterEach(() => rm(root, { recursive: true, force: true }));

async function text(stream: Readable): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.from(chunk as Uint8Array));
  return Buffer.concat(chunks).toString("utf8");
}

describe("the folder media store", () => {
  it("creates its folder on demand, stores bytes and a stream, and reads them back with their size", async () => {
    const a = newMediaKey();
    const b = newMediaKey();
    await store.put(a, Buffer.from("hello media"));
    await store.put(b, Readable.from([Buffer.from("from "), Buffer.from("a stream")]));
    const got = await store.get(a);
    expect(got.size).toBe(11);
    expect(await text(got.stream)).toBe("hello media");
    expect(await text((await store.get(b)).stream)).toBe("from a stream");
  });

  it("reads an inclusive byte range, reporting the whole size", async () => {
    const key = newMediaKey();
    await store.put(key, Buffer.from("0123456789"));
    const got = await store.get(key, { start: 2, end: 5 });
    expect(got.size).toBe(10);
    expect(await text(got.stream)).toBe("2345");
  });

  it("removes a file, and removing it again is not an error; reading it then is MediaNotFoundError", async () => {
    const key = newMediaKey();
    await store.put(key, Buffer.from("x"));
    await store.remove(key);
    await store.remove(key);
    await expect(store.get(key)).rejects.toBeInstanceOf(MediaNotFoundError);
  });

  it("keeps no partial file behind: only the stored object is on disk", async () => {
    const key = newMediaKey();
    await store.put(key, Buffer.from("complete"));
    const dir = path.join(root, "media", key.slice(0, 2));
    expect(await readdir(dir)).toEqual([key]);
  });

  it("refuses every key that is not its own shape, so no path can leave the folder", async () => {
    await import("node:fs/promises").then((fs) => fs.writeFile(path.join(root, "secret.txt"), "outside"));
    for (const key of ["../secret.txt", "../../etc/passwd", "/etc/passwd", "..\\secret.txt", "a/../../secret.txt", "", "photo.png", `${newMediaKey()}/../x`]) {
      await expect(store.get(key), key).rejects.toBeInstanceOf(MediaNotFoundError);
      await expect(store.put(key, Buffer.from("overwrite")), key).rejects.toBeInstanceOf(MediaNotFoundError);
      await expect(store.remove(key), key).rejects.toBeInstanceOf(MediaNotFoundError);
    }
    expect(await readFile(path.join(root, "secret.txt"), "utf8")).toBe("outside");
  });

  it("makes random keys that never repeat", () => {
    const keys = new Set(Array.from({ length: 1000 }, newMediaKey));
    expect(keys.size).toBe(1000);
  });
});
