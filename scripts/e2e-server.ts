import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { seedDemoData } from "@/lib/seed/demo-data";
import { seedLargeClinic } from "@/lib/seed/large-clinic";
import { resetEnvCache } from "@/lib/env";
import { runWithDb } from "./cli";

/**
 * The server Playwright tests against: the existing production build (`next build` must have
 * run), on a fresh PGlite folder of its own (.data/e2e), seeded, then `next start`. The folder is
 * seeded before the server starts because PGlite allows one process per folder.
 */
async function main() {
  const port = process.env.E2E_PORT ?? "3300";
  const dir = path.join(".data", `e2e-${port}`); // per port, so two suites can run side by side
  if (!fs.existsSync(path.join(".next", "BUILD_ID"))) {
    console.error("No production build found: run `npm run build` first (npm test does).");
    process.exit(1);
  }
  fs.rmSync(dir, { recursive: true, force: true });
  fs.rmSync(`${dir}-media`, { recursive: true, force: true });
  fs.rmSync(`${path.resolve(dir)}.lock`, { force: true });
  Object.assign(process.env, {
    PGLITE_DIR: dir,
    // Uploaded exercise media of this run, beside its database (lib/media/store.ts).
    MEDIA_DIR: `${dir}-media`,
    NEXTAUTH_SECRET: randomBytes(32).toString("base64url"),
    NEXTAUTH_URL: `http://127.0.0.1:${port}`,
  });
  delete process.env.DATABASE_URL;
  resetEnvCache();

  await runWithDb(async (db) => {
    await seedDemoData(db);
    await seedLargeClinic(db);
  });
  if (process.exitCode) process.exit(process.exitCode);

  // node_modules/.bin/next directly: `npx next start` leaves an orphaned next-server when killed.
  const server = spawn(path.join("node_modules", ".bin", "next"), ["start", "--port", port, "--hostname", "127.0.0.1"], { stdio: "inherit", env: process.env });
  for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => server.kill(signal));
  server.on("exit", (code) => process.exit(code ?? 0));
}

void main();
