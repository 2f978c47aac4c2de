import { describeDatabase, runWithDb } from "./cli";

// Opening the database applies pending migrations (db/client.ts); this script only reports.
async function main() {
  const started = Date.now();
  await runWithDb(async () => {
    console.log(`Migrations applied to ${describeDatabase()} in ${Date.now() - started} ms.`);
  });
}

void main();
