/**
 * Benchmark: first-load JavaScript per route, gzipped, as a browser on a cold cache gets it.
 *
 *   npm run build && npm run bench:first-load-js
 *   BENCH_DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres npm run bench:first-load-js
 *
 * Next 16 no longer prints "First Load JS" after a build, so this measures it from outside: a
 * scratch PostgreSQL database with the demo data, the production build (`next start`) on it, a
 * sign-in as Sam (patient) and Maya (therapist), then each route measured the one way
 * (scripts/shared/first-load-js.ts, which `npm run bench` uses too). Chunks drawing charts and
 * chunks carrying zod are named. Unless BENCH_JS_BROWSER=0, each route is also opened in Chromium
 * on a cold cache and what it fetched as script before `load` is summed the same way
 * (scripts/shared/first-load-js-browser.ts): the two figures must agree, and any script one counts
 * and the other does not is printed. The server is stopped and the database dropped whatever
 * happens. It exits non-zero when a page does not answer 200 or the two methods disagree.
 */
import { sql } from "drizzle-orm";
import { openPostgres } from "@/db/client";
import { seedDemoData } from "@/lib/seed/demo-data";
import { DEMO_PASSWORD } from "@/lib/seed/demo-logins";
import { createScratchDatabase } from "@/lib/testing/scratch-postgres";
import { Cleanups } from "../shared/cleanups";
import { freeLoopbackPort, hasProductionBuild, startNextServer } from "../shared/next-server";
import { signIn } from "../shared/sign-in";
import { firstLoadJs, ScriptSizes } from "../shared/first-load-js";
import { browserFirstLoadJs, launchChromium } from "../shared/first-load-js-browser";

const ADMIN_URL = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";
/** The issue's targets, gzipped kB: the patient portal pages, and the therapist's record page. */
const TARGET_KB: Record<string, number> = { "/my": 130, "/my/log": 130, "/patients/[id]": 200 };

/** BENCH_JS_DETAIL=1 lists every chunk of each route, not only the four largest. */
const DETAIL = process.env.BENCH_JS_DETAIL === "1";
/** BENCH_JS_BROWSER=0 skips the check in Chromium (on a machine without one). */
const IN_BROWSER = process.env.BENCH_JS_BROWSER !== "0";

const cleanups = new Cleanups();
cleanups.runOnInterrupt((signal) => `\n${signal}: stopping the server and dropping the scratch database...`);

const kb = (bytes: number) => (bytes / 1024).toFixed(1);

async function main(): Promise<number> {
  if (!hasProductionBuild()) {
    console.error("No production build found: run `npm run build` first.");
    return 1;
  }
  const scratch = await createScratchDatabase(ADMIN_URL, "stride_bench_js");
  cleanups.push("drop the scratch database", scratch.drop);
  const handle = openPostgres(scratch.url);
  cleanups.push("close the pool", handle.close);
  await handle.ready;
  await seedDemoData(handle.db);
  const result = (await handle.db.execute(sql`select id from patients where email = 'sam@riverside.test'`)) as unknown as { rows: { id: string }[] };
  const samId = result.rows[0]?.id;
  if (!samId) throw new Error("The demo data has no Sam");

  const server = startNextServer(await freeLoopbackPort(), scratch.url);
  cleanups.push("stop next start", server.stop);
  await server.waitForHealth();
  const cookies = {
    patient: (await signIn(server.base, "sam@riverside.test", DEMO_PASSWORD)).header(),
    therapist: (await signIn(server.base, "maya@riverside.test", DEMO_PASSWORD)).header(),
  };
  const routes: { route: string; path: string; as: keyof typeof cookies }[] = [
    { route: "/my", path: "/my", as: "patient" },
    { route: "/my/log", path: "/my/log", as: "patient" },
    { route: "/my/plan", path: "/my/plan", as: "patient" },
    { route: "/my/history", path: "/my/history", as: "patient" },
    { route: "/dashboard", path: "/dashboard", as: "therapist" },
    { route: "/patients", path: "/patients", as: "therapist" },
    { route: "/patients/[id]", path: `/patients/${samId}`, as: "therapist" },
  ];

  const sizes = new ScriptSizes(server.base);
  const browser = IN_BROWSER ? await launchChromium() : null;
  if (browser) cleanups.push("close Chromium", () => browser.close());
  // recharts' class names and zod's error class name survive minification: they name the chunk.
  const tagged = (chunks: { body: Buffer; gzippedBytes: number }[], marker: string) => chunks.filter((c) => c.body.includes(marker)).reduce((sum, c) => sum + c.gzippedBytes, 0);

  console.log(`First-load JS per route (production build, gzip -9), ${new Date().toISOString()}:\n`);
  let failed = false;
  for (const r of routes) {
    const measured = await firstLoadJs(server.base, r.path, cookies[r.as], sizes);
    if (measured.status !== 200) {
      console.log(`${r.route.padEnd(16)} HTTP ${measured.status}`);
      failed = true;
      continue;
    }
    const target = TARGET_KB[r.route];
    const verdict = target === undefined ? "" : measured.gzippedBytes / 1024 <= target ? `  (target <= ${target} kB: met)` : `  (target <= ${target} kB: NOT met)`;
    console.log(`${r.route.padEnd(16)} ${kb(measured.gzippedBytes).padStart(6)} kB in ${String(measured.scripts).padStart(2)} chunks; charts ${kb(tagged(measured.chunks, "recharts-wrapper"))} kB, zod ${kb(tagged(measured.chunks, "ZodError"))} kB${verdict}`);
    const largest = [...measured.chunks].sort((a, b) => b.gzippedBytes - a.gzippedBytes).slice(0, DETAIL ? undefined : 4);
    console.log(`${"".padEnd(16)} largest: ${largest.map((c) => `${c.path.split("/").pop()} ${kb(c.gzippedBytes)} kB`).join(", ")}`);
    if (!browser) continue;
    const seen = await browserFirstLoadJs(browser, server.base, r.path, cookies[r.as]);
    const htmlPaths = new Set(measured.chunks.map((c) => c.path));
    const seenPaths = new Set(seen.scripts.map((s) => s.path));
    const onlyHtml = [...htmlPaths].filter((p) => !seenPaths.has(p));
    const onlyBrowser = [...seenPaths].filter((p) => !htmlPaths.has(p));
    const agree = seen.status === 200 && onlyHtml.length === 0 && onlyBrowser.length === 0 && seen.gzippedBytes === measured.gzippedBytes;
    console.log(`${"".padEnd(16)} Chromium: ${kb(seen.gzippedBytes)} kB in ${seen.scripts.length} scripts before load${agree ? " (the same scripts)" : ""}; ${seen.later.length} more after load`);
    if (onlyHtml.length > 0) console.log(`${"".padEnd(16)} counted but not fetched by Chromium: ${onlyHtml.join(", ")}`);
    if (onlyBrowser.length > 0) console.log(`${"".padEnd(16)} fetched by Chromium but not counted: ${onlyBrowser.join(", ")}`);
    if (!agree) failed = true;
  }
  return failed ? 1 : 0;
}

void cleanups.exitAfter(main);
