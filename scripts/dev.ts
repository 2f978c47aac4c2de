import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { demoDataPresent, seedDemoData } from "@/lib/seed/demo-data";
import { getEnv, resetEnvCache } from "@/lib/env";
import { describeDatabase, runWithDb } from "./cli";
import { printDemoLogins } from "./demo-logins";

/**
 * `npm run dev` for a newcomer: no configuration. Makes a local session secret once (kept in
 * .data/, never committed, never used by `next start`), applies migrations, loads the demo data
 * into an empty embedded database, prints the logins, then hands over to `next dev`.
 * The database is closed before Next starts so the dev server can take the PGlite folder lock.
 */
function ensureDevSecret(): void {
  if (process.env.NEXTAUTH_SECRET) return;
  const file = path.join(".data", "dev-nextauth-secret");
  if (!fs.existsSync(file)) {
    fs.mkdirSync(".data", { recursive: true });
    fs.writeFileSync(file, randomBytes(32).toString("base64url"), { mode: 0o600 });
  }
  process.env.NEXTAUTH_SECRET = fs.readFileSync(file, "utf8").trim();
}

async function main() {
  const port = process.env.PORT ?? "3000";
  ensureDevSecret();
  process.env.NEXTAUTH_URL ??= `http://localhost:${port}`;
  resetEnvCache();

  let seeded = false;
  await runWithDb(async (db) => {
    if (!getEnv().DATABASE_URL) seeded = (await seedDemoData(db)).created;
    if (seeded) console.log(`Loaded the demo data into ${describeDatabase()}.`);
    else console.log(`Using ${describeDatabase()}.`);
    if (await demoDataPresent(db)) printDemoLogins(process.env.NEXTAUTH_URL);
    else console.log("No demo data here. `npm run db:seed` loads it; `npm run create-admin` makes a real admin.\n");
  });
  if (process.exitCode) return;

  const next = spawn(path.join("node_modules", ".bin", "next"), ["dev", "--port", port, ...process.argv.slice(2)], { stdio: "inherit", env: process.env });
  for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => next.kill(signal));
  next.on("exit", (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}

void main();
