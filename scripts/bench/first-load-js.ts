/**
 * Benchmark: first-load JavaScript per route, gzipped, as a browser on a cold cache gets it.
 *
 *   npm run build && npm run bench:first-load-js
 *   BENCH_DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres npm run bench:first-load-js
 *
 * Next 16 no longer prints "First Load JS" after a build, so this measures it from outside: a
 * scratch PostgreSQL database with the demo data, the production build (`next start`) on it, a
 * sign-in as Sam (patient) and Maya (therapist), then for each route the HTML as served, every
 * script it names under /_next/static/chunks (script src and modulepreload), each fetched and
 * gzipped (level 9, what a CDN or nginx typically sends). Chunks loaded later, on demand (a chart
 * behind next/dynamic), are not first-load and are not counted; those drawing charts are named.
 * The server is stopped and the database dropped whatever happens. It prints figures and exits
 * non-zero only when a page does not answer 200.
 */
import { sql } from "drizzle-orm";
import { gzipSync } from "node:zlib";
import { openPostgres } from "@/db/client";
import { seedDemoData } from "@/lib/seed/demo-data";
import { DEMO_PASSWORD } from "@/lib/seed/demo-logins";
import { createScratchDatabase } from "@/lib/testing/scratch-postgres";
import { Cleanups } from "../shared/cleanups";
import { freeLoopbackPort, hasProductionBuild, startNextServer } from "../shared/next-server";
import { signIn } from "../shared/sign-in";

const ADMIN_URL = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";
/** The issue's targets, gzipped kB: the patient portal pages, and the therapist's record page. */
const TARGET_KB: Record<string, number> = { "/my": 130, "/my/log": 130, "/patients/[id]": 200 };

/** BENCH_JS_DETAIL=1 lists every chunk of each route, not only the four largest. */
const DETAIL = process.env.BENCH_JS_DETAIL === "1";

const cleanups = new Cleanups();
cleanups.runOnInterrupt((signal) => `\n${signal}: stopping the server and dropping the scratch database...`);

const kb = (bytes: number) => (bytes / 1024).toFixed(1);

/**
 * The chunk URLs a page's HTML makes the browser load before it is interactive: script src and
 * preload href. Not the legacy polyfills (`<script noModule>`), which a current browser skips.
 */
function chunkUrls(html: string): string[] {
  const chunk = /(?:src|href)="(\/_next\/static\/chunks\/[^"]+\.js)"/;
  const skipped = new Set([...html.matchAll(/<script\b[^>]*\bnomodule\b[^>]*>/gi)].map((m) => chunk.exec(m[0])?.[1]));
  const found = [...html.matchAll(new RegExp(chunk.source, "g"))].map((m) => m[1] ?? "").filter((url) => !skipped.has(url));
  return [...new Set(found)];
}

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

  const sizes = new Map<string, { gzip: number; charts: boolean; zod: boolean }>();
  const chunkSize = async (url: string) => {
    const known = sizes.get(url);
    if (known) return known;
    const body = Buffer.from(await (await fetch(`${server.base}${url}`)).arrayBuffer());
    // recharts' class names and zod's error class name survive minification: they name the chunk.
    const measured = { gzip: gzipSync(body, { level: 9 }).length, charts: body.includes("recharts-wrapper"), zod: body.includes("ZodError") };
    sizes.set(url, measured);
    return measured;
  };

  console.log(`First-load JS per route (production build, gzip -9), ${new Date().toISOString()}:\n`);
  let failed = false;
  for (const r of routes) {
    const res = await fetch(`${server.base}${r.path}`, { headers: { cookie: cookies[r.as] }, redirect: "manual" });
    if (res.status !== 200) {
      console.log(`${r.route.padEnd(16)} HTTP ${res.status}`);
      failed = true;
      continue;
    }
    const urls = chunkUrls(await res.text());
    const measured = await Promise.all(urls.map(async (url) => ({ url, ...(await chunkSize(url)) })));
    const total = measured.reduce((sum, c) => sum + c.gzip, 0);
    const charts = measured.filter((c) => c.charts).reduce((sum, c) => sum + c.gzip, 0);
    const zod = measured.filter((c) => c.zod).reduce((sum, c) => sum + c.gzip, 0);
    const target = TARGET_KB[r.route];
    const verdict = target === undefined ? "" : total / 1024 <= target ? `  (target <= ${target} kB: met)` : `  (target <= ${target} kB: NOT met)`;
    console.log(`${r.route.padEnd(16)} ${kb(total).padStart(6)} kB in ${String(urls.length).padStart(2)} chunks; charts ${kb(charts)} kB, zod ${kb(zod)} kB${verdict}`);
    const largest = [...measured].sort((a, b) => b.gzip - a.gzip).slice(0, DETAIL ? undefined : 4);
    console.log(`${"".padEnd(16)} largest: ${largest.map((c) => `${c.url.split("/").pop()} ${kb(c.gzip)} kB`).join(", ")}`);
  }
  return failed ? 1 : 0;
}

main()
  .catch((error: unknown) => {
    if (!cleanups.started) console.error(error);
    return 1;
  })
  .then(async (code) => {
    await cleanups.run();
    process.exit(code);
  });
