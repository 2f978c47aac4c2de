/**
 * Times the protocol handout renderer: one warm-up render of a 12-exercise protocol, then 20 timed
 * renders, reporting median, min and max. Then, in the same run and interleaved (the machine is
 * noisy, so the ratio is the figure), how long the event loop is held while 4 handouts render:
 * on the loop itself (the route before docs/decisions/0025) and on the worker-thread pool the
 * route uses now (its entry loaded from source). Run with `npm run bench:pdf-render`.
 *   BENCH_PDF_EXERCISES=7 (default 12) sets the number of exercises;
 *   BENCH_PDF_OUT=handout.pdf also writes the rendered sample, to look at (pdftoppm -png).
 */
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import { monitorEventLoopDelay, performance } from "node:perf_hooks";
import { EXERCISE_LIBRARY } from "@/lib/clinical/exercise-library";
import { pdfRenderWorkers } from "@/lib/env";
import { handoutPlanUrl, type ProtocolPdfData } from "@/lib/pdf/protocol-pdf-data";
import { spawnPdfWorkerFromSource } from "@/lib/testing/pdf-source-worker";
import { createWorkerPool } from "@/lib/workers/worker-pool";
import { envNumber } from "../shared/env-number";

const RUNS = 20;
const EXERCISES = envNumber("BENCH_PDF_EXERCISES", 12);
const AT_ONCE = 4;
const ROUNDS = 3;

// tsx loads this CommonJS project through require(), and require() cannot see react-pdf's
// "import"-only subpath export (@react-pdf/hyphenate/en-us), so loading the renderer throws
// ERR_PACKAGE_PATH_NOT_EXPORTED. Re-running once with the condition keeps the command plain.
const IMPORT_CONDITION = "--conditions=import";

function hasImportCondition(): boolean {
  return process.execArgv.includes(IMPORT_CONDITION) || (process.env.NODE_OPTIONS ?? "").includes(IMPORT_CONDITION);
}

function sampleProtocol(): ProtocolPdfData {
  const items = EXERCISE_LIBRARY.slice(0, EXERCISES).map((ex, i) => ({
    name: ex.name,
    group: ex.group,
    sets: ex.sets,
    reps: ex.reps,
    holdSeconds: ex.holdSeconds,
    frequencyPerWeek: ex.frequencyPerWeek,
    eachSide: ex.eachSide,
    side: "both" as const,
    load: i % 3 === 0 ? "Green band" : null,
    note: i === 1 ? "تمرين خفيف كل صباح" : i % 2 === 0 ? "Move slowly and keep the kneecap in line with your second toe throughout." : ex.doseNote,
    instructions: ex.instructions,
    equipment: ex.equipment,
    // Every card draws its figure, as a built-in exercise's card does.
    libraryKey: ex.key,
  }));
  return {
    clinicName: "Riverside Physio",
    clinicPhone: "020 7946 0123",
    pageSize: "A4",
    // Mixed scripts, so the Arabic and CJK fallback fonts are loaded and embedded in every run.
    patientName: "李小龍 Müller-Ōtsuka",
    therapistName: "Sam Carter",
    title: "Runner's knee, phase 2",
    phase: 2,
    version: 4,
    startDate: "2025-03-03",
    versionDate: "2025-04-07",
    generatedOn: "2025-04-08",
    portalUrl: handoutPlanUrl("https://clinic.example"),
    items,
  };
}

async function main() {
  if (!hasImportCondition()) {
    const child = spawnSync(process.execPath, [IMPORT_CONDITION, ...process.execArgv, ...process.argv.slice(1)], {
      stdio: "inherit",
    });
    process.exit(child.status ?? 1);
  }
  // Loaded only after the check above: a static import would fail before main() could re-run.
  const { renderProtocolPdf } = await import("@/lib/pdf/render-protocol-pdf");
  const data = sampleProtocol();

  const warmUp = await renderProtocolPdf(data);
  if (process.env.BENCH_PDF_OUT) fs.writeFileSync(process.env.BENCH_PDF_OUT, warmUp);
  const timings: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    await renderProtocolPdf(data);
    timings.push(performance.now() - start);
  }
  timings.sort((a, b) => a - b);
  const mid = Math.floor(timings.length / 2);
  const median = timings.length % 2 === 0
    ? ((timings[mid - 1] ?? 0) + (timings[mid] ?? 0)) / 2
    : (timings[mid] ?? 0);
  const fmt = (ms: number) => `${ms.toFixed(1)} ms`;
  console.log(`Protocol PDF, ${EXERCISES} exercises, ${(warmUp.length / 1024).toFixed(0)} KiB, ${RUNS} runs after 1 warm-up`);
  console.log(`median ${fmt(median)}  min ${fmt(timings[0] ?? 0)}  max ${fmt(timings[timings.length - 1] ?? 0)}`);

  // The longest stretch the event loop could not run anything else, while AT_ONCE handouts render.
  const pool = createWorkerPool<ProtocolPdfData, Uint8Array>({ size: pdfRenderWorkers(), timeoutMs: 60_000, spawn: spawnPdfWorkerFromSource });
  const held = async (render: (d: ProtocolPdfData) => Promise<unknown>) => {
    const delay = monitorEventLoopDelay({ resolution: 5 });
    delay.enable();
    const start = performance.now();
    await Promise.all(Array.from({ length: AT_ONCE }, () => render(data)));
    const wall = performance.now() - start;
    delay.disable();
    return { maxBlock: delay.max / 1e6, wall };
  };
  await pool.run(data); // starts the thread and warms it, as the first download does on a server
  const onLoop: number[] = [];
  const onPool: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    onLoop.push((await held(renderProtocolPdf)).maxBlock);
    onPool.push((await held((d) => pool.run(d))).maxBlock);
  }
  await pool.close();
  const worst = (xs: number[]) => Math.max(...xs);
  console.log(`\nEvent loop held while ${AT_ONCE} handouts render, worst of ${ROUNDS} interleaved rounds (pool of ${pdfRenderWorkers()} thread(s)):`);
  console.log(`on the event loop: ${fmt(worst(onLoop))}  on the worker pool: ${fmt(worst(onPool))}  (each round: ${onLoop.map(fmt).join(", ")} vs ${onPool.map(fmt).join(", ")})`);
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
