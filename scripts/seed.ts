import { seedDemoData } from "@/lib/seed/demo-data";
import { isLocalDatabase } from "@/lib/env";
import { describeDatabase, runWithDb } from "./cli";
import { printDemoLogins } from "./demo-logins";

/**
 * Demo accounts share one published password, so they must never land in a clinic's real
 * database by a slip of DATABASE_URL: a database on another host is refused unless the command
 * says it is a demo (`npm run db:seed -- --demo`).
 */
async function main() {
  if (!isLocalDatabase() && !process.argv.includes("--demo")) {
    console.error(
      `\nRefusing to load demo data into ${describeDatabase()}: it is not on this machine, and demo accounts share a published password.\n` +
        "If this database is a demo, run: npm run db:seed -- --demo\n",
    );
    process.exitCode = 1;
    return;
  }
  await runWithDb(async (db) => {
    const { created } = await seedDemoData(db);
    console.log(created ? `Demo data written to ${describeDatabase()}.` : `Demo data was already present in ${describeDatabase()}; nothing changed.`);
    printDemoLogins();
  });
}

void main();
