import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { openPglite } from "./client";
import { acquireFolderLock, FolderLockedError, lockPathFor } from "./pglite-lock";

const holderScript = path.join(__dirname, "../lib/testing/hold-folder-lock.ts");
const children: ChildProcess[] = [];

function startHolder(dir: string, mode?: "exit-after-lock"): Promise<ChildProcess> {
  const child = spawn(process.execPath, ["--import", "tsx", holderScript, dir, ...(mode ? [mode] : [])], { stdio: ["ignore", "pipe", "inherit"] });
  children.push(child);
  return new Promise((resolve, reject) => {
    // A holder that should stay resolves once it holds the lock; a "crashed" one once it has exited.
    if (!mode) child.stdout?.on("data", (chunk: Buffer) => chunk.toString().includes("locked") && resolve(child));
    child.on("exit", (code) => (mode ? resolve(child) : reject(new Error(`holder exited early with ${code}`))));
  });
}

const tempDir = () => path.join(fs.mkdtempSync(path.join(os.tmpdir(), "stride-lock-")), "pglite");

afterEach(() => {
  for (const child of children.splice(0)) child.kill("SIGKILL");
});

describe("PGlite folder lock", () => {
  it("refuses a second process while the first holds the folder, naming the holder", async () => {
    const dir = tempDir();
    const holder = await startHolder(dir);
    let error: unknown;
    try {
      acquireFolderLock(dir);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(FolderLockedError);
    expect((error as FolderLockedError).holder.pid).toBe(holder.pid);
    expect((error as Error).message).toContain(`pid ${holder.pid}`);
    expect((error as Error).message).toMatch(/one process per folder/);
  });

  it("refuses to open the embedded database itself on a held folder", async () => {
    const dir = tempDir();
    await startHolder(dir);
    expect(() => openPglite(dir)).toThrow(FolderLockedError);
  });

  it("takes over a lock left by a process that died without releasing it", async () => {
    const dir = tempDir();
    const crashed = await startHolder(dir, "exit-after-lock");
    expect(fs.existsSync(lockPathFor(dir))).toBe(true);
    const release = acquireFolderLock(dir);
    const holder = JSON.parse(fs.readFileSync(lockPathFor(dir), "utf8"));
    expect(holder.pid).toBe(process.pid);
    expect(holder.pid).not.toBe(crashed.pid);
    release();
    expect(fs.existsSync(lockPathFor(dir))).toBe(false);
  });

  it("lets the next process in once the holder has stopped", async () => {
    const dir = tempDir();
    const holder = await startHolder(dir);
    holder.kill("SIGTERM");
    await new Promise((resolve) => holder.on("exit", resolve));
    const release = acquireFolderLock(dir);
    release();
  });
});
