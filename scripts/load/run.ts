/**
 * npm run test:load: Stride under load while PostgreSQL goes away and comes back.
 *
 *   npm run build && npm run test:load
 *
 * On a scratch database of the local PostgreSQL (migrated, demo data, 50 patients with accounts
 * and 5 therapists), it starts the production build (`next start`, loopback only) and for 60 s
 * has the patients save their daily log through the real server action while the therapists page
 * through /patients and /dashboard and a poller watches /api/health. At 20 s PostgreSQL is
 * stopped for 20 s and started again (always started again, whatever happens). Then it prints
 * requests, errors by kind, p50/p95 latency, acknowledged writes against rows stored, the outage
 * as /api/health saw it and the recovery time, and exits non-zero if an acknowledged write is
 * missing or anything answered a bare 500.
 *
 * Settings (environment): LOAD_ADMIN_URL (postgres://postgres@127.0.0.1:5432/postgres),
 * LOAD_PATIENTS (50), LOAD_THERAPISTS (5), LOAD_SECONDS (60), LOAD_OUTAGE_AT (20),
 * LOAD_OUTAGE_SECONDS (20), LOAD_OUTAGE=postgres|relay (see outage.ts), LOAD_FORCE=1 to stop
 * PostgreSQL even while other clients are connected to it.
 */
import { randomBytes } from "node:crypto";
import { openPostgres } from "@/db/client";
import { createScratchDatabase } from "@/lib/testing/scratch-postgres";
import { Cleanups } from "../shared/cleanups";
import { freeLoopbackPort, hasProductionBuild, startNextServer } from "../shared/next-server";
import { firstActionId, Session, type Outcome } from "./http-client";
import { otherClients, postgresOutage, relayOutage, type Outage } from "./outage";
import { printReport } from "./report";
import { seedLoadData, storedLogs } from "./seed";
import type { Ack, HealthSample } from "./stats";
import { envNumber } from "../shared/env-number";

const ADMIN_URL = process.env.LOAD_ADMIN_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";
const PATIENTS = envNumber("LOAD_PATIENTS", 50);
const THERAPISTS = envNumber("LOAD_THERAPISTS", 5);
const SECONDS = envNumber("LOAD_SECONDS", 60);
const OUTAGE_AT = envNumber("LOAD_OUTAGE_AT", 20);
const OUTAGE_SECONDS = envNumber("LOAD_OUTAGE_SECONDS", 20);
const MODE = process.env.LOAD_OUTAGE === "relay" ? "relay" : "postgres";

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const jitter = (min: number, max: number) => min + Math.random() * (max - min);

const cleanups = new Cleanups();
cleanups.runOnInterrupt();

async function main(): Promise<number> {
  if (!hasProductionBuild()) {
    console.error("No production build in .next: run `npm run build` first, then `npm run test:load`.");
    return 1;
  }
  const adminPort = new URL(ADMIN_URL).port || "5432";
  const scratch = await createScratchDatabase(ADMIN_URL, "stride_load"); // refuses a non-local server
  cleanups.push("drop the scratch database", scratch.drop);
  const dbName = new URL(scratch.url).pathname.slice(1);
  const outage: Outage = MODE === "relay" ? await relayOutage(Number(adminPort)) : postgresOutage(adminPort);
  cleanups.push("bring the database back", outage.restore); // runs before the drop (cleanups run newest first)
  if (MODE === "postgres" && process.env.LOAD_FORCE !== "1") {
    const others = await otherClients(ADMIN_URL, dbName);
    if (others.length > 0) {
      console.error(`Other clients are using this PostgreSQL server, and stopping it would break their work:\n  ${others.join("\n  ")}\n` +
        "Wait for them, use LOAD_OUTAGE=relay (cuts only Stride's connections), or set LOAD_FORCE=1.");
      return 2;
    }
  }

  const password = randomBytes(12).toString("base64url");
  const handle = openPostgres(scratch.url);
  await handle.ready;
  const users = await seedLoadData(handle.db, { patients: PATIENTS, therapists: THERAPISTS }, password);
  await handle.close();
  console.log(`Scratch database ${dbName}: migrated, demo data, ${PATIENTS} patients and ${THERAPISTS} therapists added.`);
  console.log(`Outage: ${outage.describe}.`);

  const server = startNextServer(await freeLoopbackPort(), outage.appUrl(scratch.url));
  cleanups.push("stop next start", server.stop);
  await server.waitForHealth();
  const base = server.base;
  const patientSessions = users.patients.map((email) => new Session(base, email));
  const therapistSessions = users.therapists.map((email) => new Session(base, email));
  for (const s of [...patientSessions, ...therapistSessions]) await s.signIn(password);
  const logPage = await patientSessions[0]?.page("/my/log");
  const actionId = firstActionId(logPage?.body ?? "");
  if (!actionId) throw new Error(`no server action found on /my/log (HTTP ${logPage?.status})`);
  console.log(`next start on ${base}; ${patientSessions.length + therapistSessions.length} users signed in; log action ${actionId.slice(0, 12)}...`);
  console.log(`Running ${SECONDS} s; the database goes away at ${OUTAGE_AT} s for ${OUTAGE_SECONDS} s...`);

  const t0 = Date.now();
  const end = t0 + SECONDS * 1000;
  const writes: Outcome[] = [];
  const reads: Outcome[] = [];
  const health: HealthSample[] = [];
  const acks: Ack[] = [];
  const marks = { stopAt: 0, stoppedAt: 0, startAt: 0, readyAt: 0 };

  const patientLoop = async (s: Session, n: number) => {
    await sleep(jitter(0, 2000)); // not all at once
    for (const logDate of users.logDates) {
      if (Date.now() >= end) return;
      const note = `load ${n} ${logDate} ${randomBytes(3).toString("hex")}`;
      const result = await s.action("/my/log", actionId, { logDate, painAtRest: String(n % 11), note });
      writes.push(result);
      if (result.kind === "action saved") acks.push({ email: s.email, logDate, note });
      await sleep(jitter(1500, 2300));
    }
  };
  const therapistLoop = async (s: Session) => {
    for (let i = 0; Date.now() < end; i++) {
      reads.push(await s.page(i % 2 === 0 ? `/patients?scope=all&page=${(i / 2) % 3 + 1}` : "/dashboard"));
      await sleep(jitter(200, 500));
    }
  };
  const healthLoop = async () => {
    while (Date.now() < end + 5000) {
      const status = await fetch(`${base}/api/health`, { signal: AbortSignal.timeout(3000) }).then((r) => r.status, () => null);
      health.push({ at: Date.now(), status });
      await sleep(250);
    }
  };
  const outageLoop = async () => {
    await sleep(OUTAGE_AT * 1000);
    marks.stopAt = Date.now();
    await outage.stop();
    marks.stoppedAt = Date.now();
    await sleep(Math.max(0, marks.stopAt + OUTAGE_SECONDS * 1000 - Date.now()));
    marks.startAt = Date.now();
    await outage.start();
    marks.readyAt = Date.now();
  };

  const running = [...patientSessions.map(patientLoop), ...therapistSessions.map(therapistLoop), healthLoop(), outageLoop()];
  await Promise.all(running);

  const check = openPostgres(scratch.url);
  await check.ready;
  const stored = await storedLogs(check.db);
  await check.close();
  const serverErrors = server.output.filter((l) => /⨯|Error/.test(l)).length;
  return printReport({ t0, marks, writes, reads, health, acks, stored, serverErrors });
}

main()
  .then(async (code) => {
    await cleanups.run();
    process.exit(code);
  })
  .catch(async (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    await cleanups.run();
    process.exit(1);
  });
