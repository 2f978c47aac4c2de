/**
 * npm run db:seed:large: a clinic the size of a network's busiest into a local PostgreSQL database.
 *
 *   npm run db:seed:large -- --url postgres://postgres@127.0.0.1:5432/stride_large [--patients 100000] [--seed 2026]
 *
 * The URL comes from --url, else LARGE_DATABASE_URL, else DATABASE_URL; only a server on this
 * machine is accepted (the accounts share the published demo password). The database is migrated
 * first, then filled (scripts/seed-large/load.ts) and settled with VACUUM (ANALYZE). Run it on an
 * empty database: a second run adds a second clinic of the same name.
 */
import { parseArgs } from "node:util";
import { openPostgres } from "@/db/client";
import { DEMO_PASSWORD } from "@/lib/seed/demo-logins";
import { LARGE_CLINIC, loggersFor, seedLargeClinic } from "./seed-large/load";

/** The hosts lib/env.ts and lib/testing/scratch-postgres.ts accept as this machine. */
const isLocalHost = (host: string) => ["localhost", "127.0.0.1", "::1", "[::1]"].includes(host);

async function main(): Promise<number> {
  const { values } = parseArgs({ options: { url: { type: "string" }, patients: { type: "string", default: "100000" }, seed: { type: "string", default: "2026" } } });
  const url = values.url ?? process.env.LARGE_DATABASE_URL ?? process.env.DATABASE_URL;
  const patients = Number(values.patients);
  const seed = Number(values.seed);
  if (!url) {
    console.error("Give the database: --url postgres://postgres@127.0.0.1:5432/<name> (or LARGE_DATABASE_URL).");
    return 2;
  }
  if (!isLocalHost(new URL(url).hostname)) {
    console.error(`Refusing to seed ${new URL(url).hostname}: only a PostgreSQL server on this machine is accepted.`);
    return 2;
  }
  if (!Number.isInteger(patients) || patients < 100 || !Number.isInteger(seed)) {
    console.error("--patients must be a whole number of at least 100, and --seed a whole number.");
    return 2;
  }
  const handle = openPostgres(url);
  try {
    await handle.ready;
    const seeded = await seedLargeClinic(handle.db, { patients, seed, password: DEMO_PASSWORD });
    console.log(`${LARGE_CLINIC}: ${patients} patients (seed ${seed}, today ${seeded.today}), ${loggersFor(patients)} logging daily, in ${seeded.seconds.toFixed(1)} s:`);
    for (const [table, rows] of Object.entries(seeded.rows)) console.log(`  ${table.padEnd(18)} ${rows}`);
    console.log(`Sign in (password ${DEMO_PASSWORD}): ${seeded.therapistEmail}, ${seeded.adminEmail}, ${seeded.sam.email} (365 logs), ${seeded.loggerEmails[0]} ... ${seeded.loggerEmails.at(-1)}`);
    return 0;
  } finally {
    await handle.close();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
