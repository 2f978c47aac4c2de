import { spawnSync } from "node:child_process";
import path from "node:path";
import { describe, expect, it } from "vitest";

/** npm run db:seed:large as a user runs it; only its refusals are tested here (they touch no database). */
const seedLarge = (...args: string[]) =>
  spawnSync(path.join("node_modules", ".bin", "tsx"), ["--tsconfig", "scripts/tsconfig.json", "scripts/seed-large.ts", ...args], {
    encoding: "utf8",
    env: { ...process.env, DATABASE_URL: "", LARGE_DATABASE_URL: "" },
    timeout: 60_000,
  });

describe("npm run db:seed:large refuses", () => {
  it("a database on another host, before connecting to it", () => {
    const run = seedLarge("--url", "postgres://postgres@db.example.com:5432/stride");
    expect(run.status).toBe(2);
    expect(run.stderr).toContain("Refusing to seed db.example.com");
  });

  it("a run without a database, and a nonsensical size", () => {
    expect(seedLarge().stderr).toContain("Give the database");
    const tiny = seedLarge("--url", "postgres://postgres@127.0.0.1:5432/none", "--patients", "5");
    expect(tiny.status).toBe(2);
    expect(tiny.stderr).toContain("at least 100");
  });
});
