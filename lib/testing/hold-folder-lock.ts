// Child process for db/pglite-lock.test.ts: takes the lock on a folder, says so, and holds it
// until killed. With `exit-after-lock` it exits at once without releasing (a crashed holder).
import { acquireFolderLock } from "@/db/pglite-lock";

const [dir, mode] = process.argv.slice(2);
if (!dir) throw new Error("usage: hold-folder-lock <dir> [exit-after-lock]");
acquireFolderLock(dir);
process.stdout.write("locked\n");
if (mode === "exit-after-lock") {
  process.removeAllListeners("exit"); // skip the release: leave a stale lock like a killed process
  process.exit(0);
}
setInterval(() => {}, 60_000);
