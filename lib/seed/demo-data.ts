import { eq } from "drizzle-orm";
import { hashPassword } from "@/lib/auth/password";
import { addDays, todayIso } from "@/lib/dates";
import type { Database } from "@/db/client";
import { createClinic, createPainLog, createPatient, createProtocol, createUser, insertProtocolVersion, type ProtocolItemInput } from "./factories";
import { refreshPatientLogSummary } from "@/lib/dal/pain-log-summary";
import { seedSamStory } from "./sam-story";
import { seedRunStageStory } from "./run-stage-story";
import { seedOutcomeStory } from "./outcome-story";
import { seedSuggestionStory } from "./suggestion-story";
import { builtInExerciseByKey, createStarterTemplates, syncBuiltInLibrary } from "@/lib/dal/library-sync";
import { protocols, users, type NewPatient, type Side } from "@/db/schema";
import { DEMO_LOGINS, DEMO_PASSWORD } from "./demo-logins";

const OTHER_PATIENTS: [string, string, Side][] = [
  ["Aisha Bello", "1988-03-14", "left"], ["Ben Carter", "1995-07-02", "right"], ["Chloe Dubois", "2001-11-23", "both"],
  ["Daniel Kowalski", "1979-05-30", "right"], ["Elena Petrova", "1992-09-09", "left"], ["Farid Haddad", "1985-01-17", "right"],
  ["Grace O'Neill", "1998-04-05", "left"], ["Hiro Sato", "1990-12-12", "right"], ["Isla MacLeod", "2004-06-21", "both"],
  ["Jonas Berg", "1983-08-08", "left"], ["Keisha Morgan", "1996-02-27", "right"], ["Luca Romano", "1975-10-31", "right"],
  ["Mei Chen", "1999-03-03", "left"], ["Noah Fischer", "1987-07-19", "right"], ["Olivia Grant", "1993-05-11", "both"],
  ["Pedro Alves", "1981-09-25", "left"], ["Quinn Murphy", "2000-01-08", "right"], ["Rosa Jimenez", "1977-04-16", "left"],
  ["Sofia Novak", "1994-12-01", "right"], ["Tomasz Nowak", "1989-06-06", "both"], ["Uma Patel", "2002-08-14", "right"],
];

/** Deterministic noise, so every fresh demo database looks the same. */
function mulberry32(seed: number) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}


export async function demoDataPresent(db: Database): Promise<boolean> {
  const rows = await db.select({ id: users.id }).from(users).where(eq(users.email, DEMO_LOGINS[0].email)).limit(1);
  return rows.length > 0;
}

/**
 * Fills an empty database with the demo clinics of DESIGN.md. Idempotent: the built-in library is
 * always upserted, and the demo set is written once (all of it in one transaction) or not at all.
 */
export async function seedDemoData(db: Database, today = todayIso()): Promise<{ created: boolean }> {
  await syncBuiltInLibrary(db);
  if (await demoDataPresent(db)) return { created: false };
  // One hash for all demo accounts: they share a published password anyway, and it saves seconds.
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const ex = await builtInExerciseByKey(db);
  const prescribe = (key: string, side: Side, overrides: Partial<ProtocolItemInput> = {}): ProtocolItemInput => {
    const e = ex(key);
    return { exerciseId: e.id, sets: e.sets, reps: e.reps, holdSeconds: e.holdSeconds, frequencyPerWeek: e.frequencyPerWeek, eachSide: e.eachSide, side, ...overrides };
  };

  await db.transaction(async (tx) => {
    const riverside = await createClinic(tx, { name: "Riverside Physio", phone: "+1 555 0100" });
    const harbor = await createClinic(tx, { name: "Harbor PT", pdfPageSize: "LETTER", phone: "+1 555 0199" });
    const staff = async (clinicId: string, role: "admin" | "therapist", email: string, name: string) =>
      createUser(tx, { clinicId, role, email, name, passwordHash });
    const admin = await staff(riverside.id, "admin", "admin@riverside.test", "Priya Shah");
    const maya = await staff(riverside.id, "therapist", "maya@riverside.test", "Maya Okafor");
    const leo = await staff(riverside.id, "therapist", "leo@riverside.test", "Leo Martins");
    const ana = await staff(harbor.id, "therapist", "ana@harbor.test", "Ana Costa");
    await createStarterTemplates(tx, riverside.id, admin.id);
    await createStarterTemplates(tx, harbor.id, ana.id);

    const portalPatient = async (clinicId: string, therapistId: string, email: string, fullName: string, extra: Partial<NewPatient>) => {
      const user = await createUser(tx, { clinicId, role: "patient", email, name: fullName, passwordHash });
      return createPatient(tx, { clinicId, primaryTherapistId: therapistId, userId: user.id, fullName, email, ...extra });
    };

    // Sam: six weeks into a phase-1 programme, improving, back to short runs; v2 raised two doses.
    const sam = await portalPatient(riverside.id, maya.id, "sam@riverside.test", "Sam Rivera", {
      dateOfBirth: "1991-04-18", phone: "+1 555 0101", affectedSide: "right", onsetDate: addDays(today, -70),
      riskFactors: ["hip-strength-deficit", "training-load-spike"], intakeScreen: ["none-present"], aggravatingActivities: ["running", "stairs", "long-sitting"],
      notes: "Half-marathon training; pain started after raising weekly distance quickly.",
    });
    const samStart = addDays(today, -42);
    const phase1 = ["clamshell", "side-lying-leg-raise", "banded-glute-bridge", "straight-leg-raise", "single-leg-balance", "quad-stretch", "foam-roll-quads"];
    const samV1 = phase1.map((k) => prescribe(k, k === "banded-glute-bridge" ? "both" : "right"));
    const { protocol: samProtocol } = await createProtocol(tx, {
      clinicId: riverside.id, patientId: sam.id, therapistId: maya.id, title: "Runner's knee, phase 1", phase: 1, startDate: samStart,
      items: samV1, createdAt: new Date(`${samStart}T09:00:00`),
    });
    const samV2 = samV1.map((item, i) =>
      phase1[i] === "clamshell" ? { ...item, reps: 12, load: "Light band" } : phase1[i] === "straight-leg-raise" ? { ...item, reps: 16 } : item,
    );
    await insertProtocolVersion(tx, { protocolId: samProtocol.id, version: 2, title: "Runner's knee, phase 1", phase: 1, createdBy: maya.id, items: samV2, createdAt: new Date(`${addDays(today, -21)}T09:00:00`) });
    await tx.update(protocols).set({ currentVersion: 2 }).where(eq(protocols.id, samProtocol.id));

    const rand = mulberry32(2026);
    await seedSamStory(tx, {
      clinicId: riverside.id, patientId: sam.id, reviewerId: maya.id, today,
      exercisesOn: (day) => (day > 21 ? samV1 : samV2).filter(() => rand() < 0.85).map((i) => i.exerciseId),
    });
    await seedRunStageStory(tx, { clinicId: riverside.id, patientId: sam.id, today });
    await seedSuggestionStory(tx, {
      clinicId: riverside.id, patientId: sam.id, today, clamshellId: ex("clamshell").id, gluteBridgeId: ex("banded-glute-bridge").id,
      otherExerciseIds: samV2.map((i) => i.exerciseId).filter((id) => id !== ex("clamshell").id && id !== ex("banded-glute-bridge").id),
    });

    // Jordan: started recently, pain still moderate, and has not logged for over a week.
    const jordan = await portalPatient(riverside.id, leo.id, "jordan@riverside.test", "Jordan Lee", {
      dateOfBirth: "1997-09-02", affectedSide: "left", onsetDate: addDays(today, -30),
      riskFactors: ["quadriceps-strength-deficit"], aggravatingActivities: ["stairs", "squatting", "kneeling"],
    });
    const jordanStart = addDays(today, -16);
    await createProtocol(tx, {
      clinicId: riverside.id, patientId: jordan.id, therapistId: leo.id, title: "Runner's knee, phase 1", phase: 1, startDate: jordanStart,
      items: phase1.map((k) => prescribe(k, "left")),
    });
    for (let day = 16; day >= 8; day -= 2) {
      await createPainLog(tx, { clinicId: riverside.id, patientId: jordan.id, logDate: addDays(today, -day), painAtRest: 3, painDuringExercise: 5, painNextMorning: 4, aggravatingActivities: ["stairs"] });
    }

    await seedOutcomeStory(tx, { clinicId: riverside.id, today, sam: { patientId: sam.id, therapistId: maya.id, userId: sam.userId, startOfCare: samStart }, jordan: { patientId: jordan.id, therapistId: leo.id } });

    // Kim at Harbor PT exists for cross-clinic checks: nothing of hers may ever show at Riverside.
    const kim = await portalPatient(harbor.id, ana.id, "kim@harbor.test", "Kim Tanaka", {
      dateOfBirth: "1986-02-10", affectedSide: "both", onsetDate: addDays(today, -50), aggravatingActivities: ["running", "jumping"],
    });
    await createProtocol(tx, {
      clinicId: harbor.id, patientId: kim.id, therapistId: ana.id, title: "Runner's knee, phase 2", phase: 2, startDate: addDays(today, -20),
      items: ["clamshell", "banded-squat", "split-squat", "quad-stretch"].map((k) => prescribe(k, "both")),
    });
    for (let day = 10; day >= 1; day -= 3) {
      await createPainLog(tx, { clinicId: harbor.id, patientId: kim.id, logDate: addDays(today, -day), painAtRest: 2, painDuringExercise: 3, painNextMorning: 2 });
    }

    for (const p of [sam, jordan, kim]) await refreshPatientLogSummary(tx, p.clinicId, p.id);

    for (const [i, [fullName, dateOfBirth, affectedSide]] of OTHER_PATIENTS.entries()) {
      await createPatient(tx, {
        clinicId: riverside.id, primaryTherapistId: i % 2 === 0 ? maya.id : leo.id, fullName, dateOfBirth, affectedSide,
        onsetDate: addDays(today, -(20 + i * 9)), email: `${fullName.split(" ")[0]?.toLowerCase().replace(/[^a-z]/g, "")}@example.test`,
        archivedAt: i >= OTHER_PATIENTS.length - 2 ? new Date() : null,
        createdAt: new Date(Date.now() - (i + 1) * 3 * 86_400_000),
      });
    }
  });
  return { created: true };
}
