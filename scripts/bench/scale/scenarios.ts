/**
 * One run of every figure of `npm run bench`, in a fixed order; run.ts calls it twice, so the two
 * runs of each figure are interleaved with everything else rather than back to back.
 */
import type { Client } from "pg";
import { backendCpu, backendCpuDelta, groupCpuSeconds } from "./cpu";
import { drive, same, type Accept, type Worker } from "./driver";
import { summarise, type Figure } from "./figures";
import { TABLE_PATH, dashboard, pdf, record, submitSaved, submitWorkers, table, type World } from "./requests";

export type Target = { base: string; pid: number };

export type BenchContext = {
  big: World;
  small: World;
  stride: { big: Target; small: Target };
  /** The bare node:http + pg servers, when the table's SQL could be captured. */
  bare: { big: Target; small: Target } | null;
  admin: Client;
  databases: string[];
  seconds: number;
  submitRounds: number;
  nextProtocol: () => string;
};

async function measure(ctx: BenchContext, target: Target, workers: Worker[], options: { seconds?: number; accept?: Accept }) {
  const nodeBefore = groupCpuSeconds(target.pid);
  const pgBefore = await backendCpu(ctx.admin, ctx.databases);
  const result = await drive(target.base, workers, options);
  const cpu = { node: groupCpuSeconds(target.pid) - nodeBefore, postgres: backendCpuDelta(pgBefore, await backendCpu(ctx.admin, ctx.databases)) };
  return { result, cpu };
}

export async function runFigures(ctx: BenchContext, run: number, print: (figure: Figure) => void): Promise<Figure[]> {
  const figures: Figure[] = [];
  const { big, small, seconds } = ctx;
  const add = (figure: Figure) => {
    figures.push(figure);
    print(figure);
  };
  const timed = async (key: string, label: string, target: Target, concurrency: number, workers: Worker[], accept?: Accept) => {
    const { result, cpu } = await measure(ctx, target, workers, { seconds, accept });
    add(summarise(key, label, run, concurrency, result, cpu));
  };

  for (const c of [1, 10]) await timed(`table-100k-c${c}`, `patient table ${TABLE_PATH}, 100k patients`, ctx.stride.big, c, same(c, table(big)));
  for (const c of [1, 10]) await timed(`table-1k-c${c}`, `patient table ${TABLE_PATH}, 1k patients`, ctx.stride.small, c, same(c, table(small)));
  if (ctx.bare) {
    for (const c of [1, 10]) await timed(`bare-100k-c${c}`, "bare node:http + pg, the table's SQL, 100k", ctx.bare.big, c, same(c, { path: "/" }));
    await timed("bare-1k-c10", "bare node:http + pg, the table's SQL, 1k", ctx.bare.small, 10, same(10, { path: "/" }));
  }
  for (const c of [1, 10]) await timed(`dashboard-c${c}`, "triage /dashboard (therapist)", ctx.stride.big, c, same(c, dashboard(big)));
  await timed("record-c1", "record page, 365 logs", ctx.stride.big, 1, same(1, record(big)));

  // 50 patients at once, each its own session, each submit a day of its own: bounded by count.
  const submits = await submitWorkers(big, ctx.submitRounds, (run - 1) * ctx.submitRounds);
  const written = await measure(ctx, ctx.stride.big, submits, { accept: submitSaved, seconds: seconds * 6 });
  add(summarise("submit-c50", "pain-log submit (server action), 50 patients at once", run, submits.length, written.result, written.cpu));

  const firstRender: Worker = () => pdf(big, ctx.nextProtocol());
  await timed("pdf-first-c1", "protocol PDF, 12 exercises, first render of a version", ctx.stride.big, 1, [firstRender]);
  await timed("pdf-repeat-c1", "protocol PDF, 12 exercises, repeat download", ctx.stride.big, 1, same(1, pdf(big, big.seed.sam.protocolId)));
  // Four first renders at once, and the table at c=1 measured alongside (compare with table-100k-c1).
  const [pdfs, alongside] = await Promise.all([
    measure(ctx, ctx.stride.big, [firstRender, firstRender, firstRender, firstRender], { seconds }),
    drive(ctx.stride.big.base, same(1, table(big)), { seconds }),
  ]);
  add(summarise("pdf-first-c4", "protocol PDF, first renders, 4 at once (CPU: with the table alongside)", run, 4, pdfs.result, pdfs.cpu));
  add(summarise("table-with-pdf-c1", "patient table, 100k, c=1, while 4 PDFs render (CPU: see pdf-first-c4)", run, 1, alongside, { node: 0, postgres: 0 }));
  return figures;
}
