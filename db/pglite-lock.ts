import fs from "node:fs";
import os from "node:os";
import path from "node:path";

/**
 * PGlite has no lock of its own, and two processes on one data folder silently lose writes
 * (measured: 600 inserts from two processes left 374 rows, no error). So the process that opens
 * a folder holds `<folder>.lock`; a second one refuses with a message naming the holder, and a
 * lock left by a dead process is taken over.
 */
type Holder = { pid: number; host: string; startedAt: string; command: string; procStart: string | null };

export class FolderLockedError extends Error {
  override name = "FolderLockedError";
  constructor(
    readonly dir: string,
    readonly holder: Holder,
  ) {
    super(
      `The embedded database folder ${dir} is already in use by another Stride process ` +
        `(pid ${holder.pid} on ${holder.host}, since ${holder.startedAt}: ${holder.command}).\n` +
        "PGlite allows one process per folder; a second one would silently lose data. Stop that process first, " +
        "set PGLITE_DIR to another folder, or use PostgreSQL by setting DATABASE_URL.",
    );
  }
}

/** Field 22 of /proc/<pid>/stat: the process start time, which tells a reused pid from the holder. */
function processStart(pid: number): string | null {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, "utf8");
    return stat.slice(stat.lastIndexOf(")") + 2).split(" ")[19] ?? null;
  } catch {
    return null;
  }
}

function isAlive(holder: Holder): boolean {
  if (holder.host !== os.hostname()) return true; // cannot check another machine: assume it is running
  if (holder.pid === process.pid) return false; // our pid, but not our lock: a previous life of this pid
  try {
    process.kill(holder.pid, 0);
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
  const start = processStart(holder.pid);
  return holder.procStart === null || start === null || start === holder.procStart;
}

function readHolder(lockPath: string): Holder | null {
  try {
    return JSON.parse(fs.readFileSync(lockPath, "utf8")) as Holder;
  } catch {
    return null; // vanished or half-written: treated as stale
  }
}

export function lockPathFor(dir: string): string {
  return `${path.resolve(dir)}.lock`;
}

/** Takes the lock or throws FolderLockedError. Returns the function that releases it. */
export function acquireFolderLock(dir: string): () => void {
  const lockPath = lockPathFor(dir);
  fs.mkdirSync(path.dirname(lockPath), { recursive: true });
  const me: Holder = {
    pid: process.pid,
    host: os.hostname(),
    startedAt: new Date().toISOString(),
    command: process.argv.slice(1).map((a) => path.basename(a)).join(" ").slice(0, 200),
    procStart: processStart(process.pid),
  };
  const tmp = `${lockPath}.${process.pid}.tmp`;
  fs.writeFileSync(tmp, JSON.stringify(me));
  try {
    for (let attempt = 0; attempt < 2; attempt++) {
      try {
        fs.linkSync(tmp, lockPath); // atomic: fails with EEXIST when someone holds the lock
        break;
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
        const holder = readHolder(lockPath);
        if (holder && isAlive(holder)) throw new FolderLockedError(dir, holder);
        if (attempt === 1) throw new FolderLockedError(dir, holder ?? { ...me, pid: -1, command: "unknown" });
        fs.rmSync(lockPath, { force: true }); // stale: its process is gone
      }
    }
  } finally {
    fs.rmSync(tmp, { force: true });
  }
  // Two processes taking over the same stale lock could both get here; only one wrote last.
  const written = readHolder(lockPath);
  if (written?.pid !== me.pid || written.startedAt !== me.startedAt) {
    throw new FolderLockedError(dir, written ?? me);
  }

  let released = false;
  const release = () => {
    if (released) return;
    released = true;
    const current = readHolder(lockPath);
    if (current?.pid === me.pid && current.startedAt === me.startedAt) fs.rmSync(lockPath, { force: true });
    process.off("exit", release);
  };
  process.on("exit", release);
  return release;
}
