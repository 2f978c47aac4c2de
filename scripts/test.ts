import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

/**
 * `npm test`: everything a contributor needs, in the order that fails fastest:
 * typecheck, lint, migrations match the schema, unit + database tests (vitest), production build,
 * browser tests (Playwright).
 * Ends with one summary line of the tests run, e.g. "tests: 120 passed, 0 failed".
 *   npm test                 all steps
 *   npm test -- unit e2e     only the named steps
 */
const bin = (name: string) => path.join("node_modules", ".bin", name);
const reports = path.join(".data", "test-reports");

const STEPS = {
  typecheck: [[bin("next"), "typegen"], [bin("tsc"), "--noEmit"]],
  lint: [[bin("eslint"), "--max-warnings=0", "."]],
  schema: [[bin("tsx"), "--tsconfig", "scripts/tsconfig.json", "scripts/check-migrations.ts"]],
  unit: [[bin("vitest"), "run", "--reporter=default", "--reporter=json", `--outputFile.json=${reports}/vitest.json`]],
  build: [[bin("next"), "build"]],
  e2e: [[bin("playwright"), "test"]],
} as const;
type Step = keyof typeof STEPS;

function count(file: string, pick: (json: never) => { passed: number; failed: number }) {
  try {
    return pick(JSON.parse(fs.readFileSync(file, "utf8")) as never);
  } catch {
    return { passed: 0, failed: 0 };
  }
}

function main() {
  const requested = process.argv.slice(2).filter((a) => a in STEPS) as Step[];
  const steps = requested.length > 0 ? requested : (Object.keys(STEPS) as Step[]);
  fs.rmSync(reports, { recursive: true, force: true });
  fs.mkdirSync(reports, { recursive: true });
  const timings: string[] = [];

  for (const step of steps) {
    const started = Date.now();
    console.log(`\n=== ${step} ===`);
    for (const [command, ...args] of STEPS[step]) {
      const env = step === "e2e" ? { ...process.env, PLAYWRIGHT_JSON_OUTPUT_NAME: `${reports}/playwright.json` } : process.env;
      const extra = step === "e2e" ? ["--reporter=list,json"] : [];
      const result = spawnSync(command, [...args, ...extra], { stdio: "inherit", env });
      if (result.status !== 0) {
        console.error(`\n✗ ${step} failed (${command} ${args.join(" ")}).`);
        summarise();
        process.exit(result.status ?? 1);
      }
    }
    timings.push(`${step} ${((Date.now() - started) / 1000).toFixed(1)} s`);
  }
  console.log(`\n✓ all steps passed: ${timings.join(", ")}`);
  summarise();
}

function summarise() {
  const unit = count(`${reports}/vitest.json`, (j: { numPassedTests: number; numFailedTests: number }) => ({ passed: j.numPassedTests, failed: j.numFailedTests }));
  const e2e = count(`${reports}/playwright.json`, (j: { stats: { expected: number; unexpected: number; flaky: number } }) => ({
    passed: j.stats.expected + j.stats.flaky,
    failed: j.stats.unexpected,
  }));
  console.log(`tests: ${unit.passed + e2e.passed} passed, ${unit.failed + e2e.failed} failed`);
}

main();
