import { count, eq, isNull } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { setupTestDatabase } from "@/lib/testing/test-database";
import { verifyPassword } from "@/lib/auth/password";
import { EXERCISE_LIBRARY } from "@/lib/clinical/exercise-library";
import { addDays, todayIso } from "@/lib/dates";
import { clinics, exercises, painLogs, patients, protocols, protocolTemplates, suggestions, users } from "@/db/schema";
import { seedDemoData } from "./demo-data";
import { DEMO_LOGINS, DEMO_PASSWORD } from "./demo-logins";

const t = setupTestDatabase();

async function tableCounts() {
  const db = t.db();
  const n = async (table: typeof users | typeof patients | typeof painLogs | typeof clinics | typeof protocols) => (await db.select({ n: count() }).from(table))[0]?.n;
  return { users: await n(users), patients: await n(patients), logs: await n(painLogs), clinics: await n(clinics), protocols: await n(protocols) };
}

describe("demo seed", () => {
  it("creates every persona of DESIGN.md with the demo password, and is idempotent", async () => {
    const db = t.db();
    expect(await seedDemoData(db)).toEqual({ created: true });
    for (const login of DEMO_LOGINS) {
      const [user] = await db.select().from(users).where(eq(users.email, login.email));
      expect(user?.role, login.email).toBe(login.role);
      expect(await verifyPassword(DEMO_PASSWORD, user?.passwordHash ?? "")).toBe(true);
    }
    const first = await tableCounts();
    expect(first.clinics).toBe(2);
    expect(await seedDemoData(db)).toEqual({ created: false });
    expect(await tableCounts()).toEqual(first);
  });

  it("gives Sam an active phase-1 protocol and about six weeks of logs on the right knee", async () => {
    const db = t.db();
    await seedDemoData(db);
    const [sam] = await db.select().from(patients).where(eq(patients.email, "sam@riverside.test"));
    expect(sam?.affectedSide).toBe("right");
    const logs = await db.select().from(painLogs).where(eq(painLogs.patientId, sam?.id ?? ""));
    const dates = logs.map((l) => l.logDate).sort();
    expect(logs.length).toBeGreaterThanOrEqual(30);
    expect((dates[0] ?? "") >= addDays(todayIso(), -42)).toBe(true);
    expect(dates.at(-1)).toBe(todayIso());
    for (const log of logs) expect(log.painAtRest).toBeGreaterThanOrEqual(0);
    const [protocol] = await db.select().from(protocols).where(eq(protocols.patientId, sam?.id ?? ""));
    expect(protocol).toMatchObject({ status: "active", currentVersion: 2 });
  });

  it("loads the built-in library and both starter templates for each clinic, plus ~20 more patients", async () => {
    const db = t.db();
    await seedDemoData(db);
    const library = await db.select().from(exercises).where(isNull(exercises.clinicId));
    expect(library.map((e) => e.key).sort()).toEqual(EXERCISE_LIBRARY.map((e) => e.key).sort());
    const templates = await db.select().from(protocolTemplates);
    expect(templates).toHaveLength(4);
    const riverside = await db.select({ n: count() }).from(patients).innerJoin(clinics, eq(clinics.id, patients.clinicId)).where(eq(clinics.name, "Riverside Physio"));
    expect(riverside[0]?.n).toBeGreaterThanOrEqual(22);
  });

  it("leaves Maya two dose suggestions on Sam's record, made by the real rule: a progression and a step back", async () => {
    const db = t.db();
    await seedDemoData(db);
    const [sam] = await db.select().from(patients).where(eq(patients.email, "sam@riverside.test"));
    const rows = await db.select().from(suggestions).where(eq(suggestions.patientId, sam?.id ?? ""));
    const pending = rows.filter((r) => r.status === "pending").map((r) => [r.direction, r.summary]).sort();
    expect(pending).toEqual([
      ["progress", "Clam shell 3 x 12 with Light band -> 3 x 14 with Light band"],
      ["regress", "Glute bridge with a band around the thighs 3 x 10 -> 3 x 8"],
    ]);
    expect(rows.every((r) => r.basedOnVersion === 2 && r.kind === "dose")).toBe(true);
  });
});
