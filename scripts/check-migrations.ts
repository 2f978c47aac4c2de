import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

/**
 * `npm test`'s schema step: the migrations in db/migrations are consistent (drizzle-kit check) and
 * say everything db/schema says (generating from the schema on a scratch copy adds nothing). A
 * schema edit without its migration fails here, not on a clinic's server.
 */
const MIGRATIONS = path.join("db", "migrations");
const SCRATCH = path.join(".data", "migration-check"); // relative: drizzle-kit prefixes "./" to --out
const kit = path.join("node_modules", ".bin", "drizzle-kit");

function run(args: string[]): string {
  const result = spawnSync(kit, args, { encoding: "utf8" });
  const output = `${result.stdout}${result.stderr}`;
  if (result.status !== 0) {
    console.error(output);
    throw new Error(`drizzle-kit ${args[0]} failed`);
  }
  return output;
}

function main() {
  run(["check", "--config", "drizzle.config.ts"]);
  fs.rmSync(SCRATCH, { recursive: true, force: true });
  fs.cpSync(MIGRATIONS, SCRATCH, { recursive: true });
  try {
    run(["generate", "--dialect", "postgresql", "--schema", "./db/schema/index.ts", "--casing", "snake_case", "--out", SCRATCH]);
    const before = new Set(fs.readdirSync(MIGRATIONS));
    const added = fs.readdirSync(SCRATCH).filter((file) => !before.has(file));
    if (added.length > 0) {
      console.error(`db/schema has changes no migration holds (drizzle-kit would write ${added.join(", ")}). Run: npm run db:generate`);
      process.exitCode = 1;
      return;
    }
    console.log("Migrations are consistent and match db/schema.");
  } finally {
    fs.rmSync(SCRATCH, { recursive: true, force: true });
  }
}

main();
