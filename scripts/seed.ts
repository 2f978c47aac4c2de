import { seedDemoData } from "@/db/seed";
import { describeDatabase, runWithDb } from "./cli";
import { printDemoLogins } from "./demo-logins";

async function main() {
  await runWithDb(async (db) => {
    const { created } = await seedDemoData(db);
    console.log(created ? `Demo data written to ${describeDatabase()}.` : `Demo data was already present in ${describeDatabase()}; nothing changed.`);
    printDemoLogins();
  });
}

void main();
