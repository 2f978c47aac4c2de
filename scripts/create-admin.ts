import { parseArgs } from "node:util";
import { createInterface } from "node:readline/promises";
import { eq } from "drizzle-orm";
import { createStarterTemplates } from "@/lib/dal/library-sync";
import { clinics, users } from "@/db/schema";
import { normaliseEmail } from "@/lib/auth/email";
import { hashPassword } from "@/lib/auth/password";
import { passwordProblem } from "@/lib/auth/password-policy";
import { describeDatabase, runWithDb } from "./cli";

/**
 * Creates a clinic and its first admin for a real deployment (production never creates accounts
 * by itself). The password is read from standard input so it stays out of shell history.
 *   npm run create-admin -- --clinic "Riverside Physio" --email owner@clinic.org --name "Priya Shah"
 */
const usage = 'Usage: npm run create-admin -- --clinic "Clinic name" --email you@clinic.org --name "Your Name"  (password on standard input)';

async function readPassword(): Promise<string> {
  const rl = createInterface({ input: process.stdin, output: process.stdout, terminal: process.stdin.isTTY });
  try {
    if (process.stdin.isTTY) process.stdout.write("Password for the new admin (input is not hidden; clear your terminal afterwards): ");
    const line = await rl[Symbol.asyncIterator]().next();
    return typeof line.value === "string" ? line.value : "";
  } finally {
    rl.close();
  }
}

async function main() {
  const { values } = parseArgs({ options: { clinic: { type: "string" }, email: { type: "string" }, name: { type: "string" } } });
  if (!values.clinic?.trim() || !values.email?.includes("@") || !values.name?.trim()) {
    console.error(usage);
    process.exitCode = 2;
    return;
  }
  const password = await readPassword();
  const problem = passwordProblem(password);
  if (problem) {
    console.error(`Password refused: ${problem}`);
    process.exitCode = 2;
    return;
  }
  const email = normaliseEmail(values.email);
  await runWithDb(async (db) => {
    const existing = await db.select({ id: users.id }).from(users).where(eq(users.email, email)).limit(1);
    if (existing.length > 0) throw new Error(`An account with ${email} already exists.`);
    const passwordHash = await hashPassword(password);
    await db.transaction(async (tx) => {
      const [clinic] = await tx.insert(clinics).values({ name: values.clinic?.trim() ?? "" }).returning();
      if (!clinic) throw new Error("clinic insert returned nothing");
      const [admin] = await tx.insert(users).values({ clinicId: clinic.id, role: "admin", email, name: values.name?.trim() ?? "", passwordHash }).returning();
      await createStarterTemplates(tx, clinic.id, admin?.id ?? null);
    });
    console.log(`Created clinic "${values.clinic}" with admin ${email} in ${describeDatabase()}.`);
  });
}

void main();
