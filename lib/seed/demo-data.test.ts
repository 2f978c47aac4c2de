import { and, count, eq, isNull } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { setupTestDatabase } from "@/lib/testing/test-database";
import { verifyPassword } from "@/lib/auth/password";
import { EXERCISE_LIBRARY } from "@/lib/clinical/exercise-library";
import { addDays, todayIso } from "@/lib/dates";
import { clinics, exercises, outcomeMeasures, outcomeRequests, painLogs, patients, protocols, protocolTemplates, protocolVersions, suggestions, users } from "@/db/schema";
import { AKPS_MCID } from "@/lib/clinical/akps";
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

  it("loads the built-in library and the three starter templates for each clinic, plus ~20 more patients", async () => {
    const db = t.db();
    await seedDemoData(db);
    const library = await db.select().from(exercises).where(isNull(exercises.clinicId));
    expect(library.map((e) => e.key).sort()).toEqual(EXERCISE_LIBRARY.map((e) => e.key).sort());
    const templates = await db.select().from(protocolTemplates);
    expect(templates).toHaveLength(6);
    const riverside = await db.select({ n: count() }).from(patients).innerJoin(clinics, eq(clinics.id, patients.clinicId)).where(eq(clinics.name, "Riverside Physio"));
    expect(riverside[0]?.n).toBeGreaterThanOrEqual(22);
  });

  it("puts Sam on walk-run stage 12 and leaves the real rule's pending 'next stage' suggestion", async () => {
    const db = t.db();
    await seedDemoData(db);
    const [sam] = await db.select().from(patients).where(eq(patients.email, "sam@riverside.test"));
    const [protocol] = await db.select().from(protocols).where(eq(protocols.patientId, sam?.id ?? ""));
    const [current] = await db.select().from(protocolVersions).where(and(eq(protocolVersions.protocolId, protocol?.id ?? ""), eq(protocolVersions.version, protocol?.currentVersion ?? 0)));
    expect(current).toMatchObject({ runStage: 12, runStageSince: addDays(todayIso(), -21), runPainLimit: 5 });
    const stageSuggestions = await db.select().from(suggestions).where(and(eq(suggestions.protocolId, protocol?.id ?? ""), eq(suggestions.kind, "run-stage")));
    expect(stageSuggestions).toMatchObject([
      { status: "pending", direction: "advance", summary: "Walk-run stage 12 -> stage 13", basedOnVersion: protocol?.currentVersion, proposedChange: { kind: "next-stage", fromStage: 12, toStage: 13 } },
    ]);
    // Every run since the stage began counted: within the limit and settled, none too old.
    const runs = (stageSuggestions[0]?.evidence as { runs: { withinLimit: boolean; settled: boolean; stale: boolean }[] }).runs;
    expect(runs.length).toBeGreaterThanOrEqual(2);
    expect(runs.every((r) => r.withinLimit && r.settled && !r.stale)).toBe(true);
  });

  it("gives Sam a baseline and a week-5 AKPS that improve by more than the 10-point MCID, and Jordan one due today", async () => {
    const db = t.db();
    const today = todayIso();
    await seedDemoData(db, today);
    const patientId = async (email: string) => (await db.select().from(patients).where(eq(patients.email, email)))[0]?.id ?? "";
    const sam = await patientId("sam@riverside.test");
    const measures = await db.select().from(outcomeMeasures).where(eq(outcomeMeasures.patientId, sam)).orderBy(outcomeMeasures.measuredOn);
    expect(measures.map((m) => [m.timepoint, m.measuredOn, m.score])).toEqual([
      ["baseline", addDays(today, -42), 58],
      ["follow-up", addDays(today, -7), 76],
    ]);
    expect((measures[1]?.score ?? 0) - (measures[0]?.score ?? 0)).toBeGreaterThan(AKPS_MCID);
    const samRequests = await db.select().from(outcomeRequests).where(eq(outcomeRequests.patientId, sam));
    expect(samRequests.map((r) => r.status)).toEqual(["completed", "completed"]);
    expect(measures.map((m) => m.requestId).sort()).toEqual(samRequests.map((r) => r.id).sort());
    const jordanRequests = await db.select().from(outcomeRequests).where(eq(outcomeRequests.patientId, await patientId("jordan@riverside.test")));
    expect(jordanRequests).toMatchObject([{ status: "open", timepoint: "baseline", dueOn: today, draftAnswers: {} }]);
  });

  it("leaves Maya two dose suggestions on Sam's record, made by the real rule: a progression and a step back", async () => {
    const db = t.db();
    await seedDemoData(db);
    const [sam] = await db.select().from(patients).where(eq(patients.email, "sam@riverside.test"));
    const rows = await db.select().from(suggestions).where(and(eq(suggestions.patientId, sam?.id ?? ""), eq(suggestions.kind, "dose")));
    const pending = rows.filter((r) => r.status === "pending").map((r) => [r.direction, r.summary]).sort();
    expect(pending).toEqual([
      ["progress", "Clam shell 3 x 12 with Light band -> 3 x 14 with Light band"],
      ["regress", "Glute bridge with a band around the thighs 3 x 10 -> 3 x 8"],
    ]);
    expect(rows.every((r) => r.basedOnVersion === 2)).toBe(true);
  });
});
