import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { builtInExerciseIds } from "@/lib/dal/library-sync";
import { clinics, patients, protocolItems, protocols, protocolVersions } from "@/db/schema";
import { UserFacingError } from "@/lib/user-facing-error";
import { addDays, todayInZone, todayIso } from "@/lib/dates";
import { setupTestDatabase } from "@/lib/testing/test-database";
import { createTwoClinicWorld, NOT_FOUND } from "@/lib/testing/world";
import type { ProtocolInput } from "@/lib/validation/protocol";
import { createExercise, duplicateExercise } from "./exercises";
import { endProtocol, saveProtocol, startProtocol } from "./protocol-writes";
import { getPatientProtocols, getProtocolForPdf } from "./protocols";

const t = setupTestDatabase();

async function lib() {
  const library = await builtInExerciseIds(t.db());
  return (key: string) => {
    const e = library.get(key);
    if (!e) throw new Error(`library has no ${key}`);
    return e.id;
  };
}

type Item = ProtocolInput["items"][number];
const item = (exerciseId: string, over: Partial<Item> = {}): Item => ({
  exerciseId, sets: 3, reps: 10, holdSeconds: null, frequencyPerWeek: 5, eachSide: true, side: "right", load: null, note: null, ...over,
});
const plan = (patientId: string, items: Item[], over: Partial<ProtocolInput> = {}): ProtocolInput => ({
  patientId, baseVersion: null, title: "Runner's knee, phase 1", phase: 1, startDate: todayIso(), items, ...over,
});

async function protocolRows(patientId: string) {
  return t.db().select().from(protocols).where(eq(protocols.patientId, patientId));
}

describe("protocol builder DAL", () => {
  it("saving twice makes v1 and v2 with their own items; v1 is kept as it was", async () => {
    const w = await createTwoClinicWorld(t.db());
    const ex = await lib();
    const v1 = await t.db().transaction((tx) => saveProtocol(w.as.therapist, tx, plan(w.patientA.id, [item(ex("clamshell")), item(ex("quad-stretch"), { reps: null, holdSeconds: 30 })])));
    expect(v1).toMatchObject({ version: 1, started: true, patientId: w.patientA.id });
    const v2 = await t.db().transaction((tx) =>
      saveProtocol(w.as.therapist, tx, plan(w.patientA.id, [item(ex("clamshell"), { reps: 12, load: "Red band" }), item(ex("split-squat"))], { baseVersion: 1, title: "Phase 1, adapted" })),
    );
    expect(v2).toMatchObject({ protocolId: v1.protocolId, version: 2, started: false });

    const [row] = await protocolRows(w.patientA.id);
    expect(row?.currentVersion).toBe(2);
    const versions = await t.db().select().from(protocolVersions).where(eq(protocolVersions.protocolId, v1.protocolId));
    expect(versions.map((v) => [v.version, v.title]).sort()).toEqual([[1, "Runner's knee, phase 1"], [2, "Phase 1, adapted"]]);
    const v1Id = versions.find((v) => v.version === 1)?.id as string;
    const v1Items = await t.db().select().from(protocolItems).where(eq(protocolItems.versionId, v1Id));
    expect(v1Items.map((i) => [i.position, i.reps, i.holdSeconds]).sort()).toEqual([[0, 10, null], [1, null, 30]]);

    const overview = await getPatientProtocols(w.as.therapist, w.patientA.id);
    expect(overview.active).toMatchObject({ version: 2, title: "Phase 1, adapted" });
    expect(overview.active?.items.map((i) => [i.name, i.reps, i.load])).toEqual([["Clam shell", 12, "Red band"], ["Split squat", 10, null]]);
    expect(overview.active?.history.map((h) => `v${h.version}: ${h.summary}`)).toEqual([
      'v2: Split squat added; Clam shell 3 x 10 -> 3 x 12, load "Red band" added; Standing quadriceps stretch removed; title changed to "Phase 1, adapted"',
      "v1: started with 2 exercises",
    ]);
    expect(overview.active?.history[0]?.createdByName).toBe(w.as.therapist.name);
  });

  it("refuses a second start (no base version) while one is active, like a stale save, and changes nothing", async () => {
    const w = await createTwoClinicWorld(t.db());
    const ex = await lib();
    await t.db().transaction((tx) => saveProtocol(w.as.therapist, tx, plan(w.patientB.id, [item(ex("clamshell"))])));
    const again = t.db().transaction((tx) => saveProtocol(w.as.admin, tx, plan(w.patientB.id, [item(ex("split-squat"))], { title: "Started twice" })));
    await expect(again).rejects.toBeInstanceOf(UserFacingError);
    await expect(again).rejects.toThrow(/Version 1 was saved while you were editing/);
    const rows = await protocolRows(w.patientB.id);
    expect(rows.map((r) => r.currentVersion)).toEqual([1]);
    expect(await t.db().select().from(protocolVersions).where(eq(protocolVersions.title, "Started twice"))).toHaveLength(0);
  });

  it("turns the one-active-protocol index into a message when a start loses the race, and saves nothing", async () => {
    const w = await createTwoClinicWorld(t.db());
    const ex = await lib();
    await t.db().transaction((tx) => startProtocol(w.as.therapist, tx, plan(w.patientA.id, [item(ex("clamshell"))])));
    const racing = t.db().transaction((tx) => startProtocol(w.as.admin, tx, plan(w.patientA.id, [item(ex("split-squat"))], { title: "Racer" })));
    await expect(racing).rejects.toThrow(UserFacingError);
    await expect(racing).rejects.toThrow(/at the same moment/);
    const rows = await protocolRows(w.patientA.id);
    expect(rows).toHaveLength(1);
    expect(await t.db().select().from(protocolVersions).where(eq(protocolVersions.title, "Racer"))).toHaveLength(0);
  });

  it("refuses a save from a stale version instead of undoing someone else's", async () => {
    const w = await createTwoClinicWorld(t.db());
    const ex = await lib();
    await t.db().transaction((tx) => saveProtocol(w.as.therapist, tx, plan(w.patientA.id, [item(ex("clamshell"))])));
    await t.db().transaction((tx) => saveProtocol(w.as.admin, tx, plan(w.patientA.id, [item(ex("clamshell"), { reps: 12 })], { baseVersion: 1 })));
    await expect(
      t.db().transaction((tx) => saveProtocol(w.as.therapist, tx, plan(w.patientA.id, [item(ex("clamshell"), { reps: 15 })], { baseVersion: 1 }))),
    ).rejects.toThrow(/Version 2 was saved while you were editing/);
    expect((await protocolRows(w.patientA.id))[0]?.currentVersion).toBe(2);
  });

  it("refuses a protocol naming another clinic's exercise, and saves nothing", async () => {
    const w = await createTwoClinicWorld(t.db());
    const ex = await lib();
    const foreign = await createExercise(w.as.otherTherapist, t.db(), {
      name: "Harbor drill", type: "strengthening", group: "hip", target: "Hip", equipment: "None", instructions: "x",
      sets: 3, reps: 8, holdSeconds: null, frequencyPerWeek: 3, eachSide: false, doseNote: null,
    });
    await expect(
      t.db().transaction((tx) => saveProtocol(w.as.therapist, tx, plan(w.patientA.id, [item(ex("clamshell")), item(foreign.id)]))),
    ).rejects.toThrow(UserFacingError);
    expect(await protocolRows(w.patientA.id)).toHaveLength(0);
  });

  it("answers 404 to another clinic's therapist and to patients, reading or writing, and changes nothing", async () => {
    const w = await createTwoClinicWorld(t.db());
    const ex = await lib();
    const saved = await t.db().transaction((tx) => saveProtocol(w.as.therapist, tx, plan(w.patientA.id, [item(ex("clamshell"))])));
    const write = (caller: typeof w.as.therapist) => t.db().transaction((tx) => saveProtocol(caller, tx, plan(w.patientA.id, [item(ex("split-squat"))])));
    await expect(write(w.as.otherTherapist)).rejects.toThrow(NOT_FOUND);
    await expect(write(w.as.patientA)).rejects.toThrow(NOT_FOUND);
    await expect(t.db().transaction((tx) => endProtocol(w.as.otherTherapist, tx, saved.protocolId))).rejects.toThrow(NOT_FOUND);
    await expect(t.db().transaction((tx) => endProtocol(w.as.patientA, tx, saved.protocolId))).rejects.toThrow(NOT_FOUND);
    await expect(getPatientProtocols(w.as.otherTherapist, w.patientA.id)).rejects.toThrow(NOT_FOUND);
    await expect(getPatientProtocols(w.as.patientA, w.patientA.id)).rejects.toThrow(NOT_FOUND);
    await expect(getPatientProtocols(w.as.therapist, "'; select 1 --")).rejects.toThrow(NOT_FOUND);
    await expect(t.db().transaction((tx) => endProtocol(w.as.therapist, tx, "nope"))).rejects.toThrow(NOT_FOUND);
    const [row] = await protocolRows(w.patientA.id);
    expect(row).toMatchObject({ status: "active", currentVersion: 1 });
  });

  it("refuses changes for an archived patient", async () => {
    const w = await createTwoClinicWorld(t.db());
    const ex = await lib();
    await t.db().update(patients).set({ archivedAt: new Date() }).where(eq(patients.id, w.patientB.id));
    await expect(t.db().transaction((tx) => saveProtocol(w.as.therapist, tx, plan(w.patientB.id, [item(ex("clamshell"))])))).rejects.toThrow(/archived/);
  });

  it("ends a protocol once; the next save starts a new one and the old is listed as past", async () => {
    const w = await createTwoClinicWorld(t.db());
    const ex = await lib();
    const first = await t.db().transaction((tx) => saveProtocol(w.as.therapist, tx, plan(w.patientA.id, [item(ex("clamshell"))])));
    await t.db().transaction((tx) => endProtocol(w.as.therapist, tx, first.protocolId));
    const [ended] = await t.db().select().from(protocols).where(and(eq(protocols.id, first.protocolId)));
    expect(ended).toMatchObject({ status: "ended", endDate: todayIso() });
    await expect(t.db().transaction((tx) => endProtocol(w.as.therapist, tx, first.protocolId))).rejects.toThrow(/already ended/);
    await expect(
      t.db().transaction((tx) => saveProtocol(w.as.therapist, tx, plan(w.patientA.id, [item(ex("clamshell"))], { baseVersion: 1 }))),
    ).rejects.toThrow(/ended while you were editing/);

    const next = await t.db().transaction((tx) => saveProtocol(w.as.therapist, tx, plan(w.patientA.id, [item(ex("split-squat"))], { title: "Phase 2", phase: 2 })));
    expect(next).toMatchObject({ version: 1, started: true });
    expect(next.protocolId).not.toBe(first.protocolId);
    const overview = await getPatientProtocols(w.as.therapist, w.patientA.id);
    expect(overview.active?.title).toBe("Phase 2");
    expect(overview.past).toEqual([expect.objectContaining({ id: first.protocolId, title: "Runner's knee, phase 1", endDate: todayIso(), versions: 1 })]);
  });
});

describe("protocol dates in the clinic's zone", () => {
  it("checks the start date, ends and prints on the clinic's day, not the server's", async () => {
    const w = await createTwoClinicWorld(t.db());
    const ex = await lib();
    // UTC+14 and UTC-11: 25 hours apart, so their calendar days always differ, whatever the server's zone.
    const east = { ...w.as.therapist, timeZone: "Pacific/Kiritimati" };
    const west = { ...w.as.therapist, timeZone: "Pacific/Pago_Pago" };
    const eastToday = todayInZone(east.timeZone);
    const westToday = todayInZone(west.timeZone);
    expect(eastToday > westToday).toBe(true);

    // 90 days ahead in Kiritimati is more than 90 days ahead in Pago Pago: the form allowed it, the DAL does not.
    const farAhead = plan(w.patientA.id, [item(ex("clamshell"))], { startDate: addDays(eastToday, 90) });
    const refused = t.db().transaction((tx) => saveProtocol(west, tx, farAhead));
    await expect(refused).rejects.toBeInstanceOf(UserFacingError);
    await expect(refused).rejects.toMatchObject({ fieldErrors: { startDate: ["The start date can be at most 90 days ahead."] } });
    expect(await protocolRows(w.patientA.id)).toEqual([]);

    const saved = await t.db().transaction((tx) => saveProtocol(east, tx, plan(w.patientA.id, [item(ex("clamshell"))], { startDate: addDays(westToday, -3) })));
    expect((await getProtocolForPdf(east, saved.protocolId)).versionDate).toBe(eastToday);
    expect((await getProtocolForPdf(west, saved.protocolId)).versionDate).toBe(westToday);
    await t.db().transaction((tx) => endProtocol(east, tx, saved.protocolId));
    expect((await protocolRows(w.patientA.id))[0]?.endDate).toBe(eastToday);
  });
});

describe("getProtocolForPdf", () => {
  async function twoVersions() {
    const w = await createTwoClinicWorld(t.db());
    const ex = await lib();
    const v1 = await t.db().transaction((tx) => saveProtocol(w.as.therapist, tx, plan(w.patientA.id, [item(ex("clamshell"), { load: "Red band", note: "Slow" })])));
    await t.db().transaction((tx) => saveProtocol(w.as.therapist, tx, plan(w.patientA.id, [item(ex("clamshell"), { reps: 12 })], { baseVersion: 1, title: "v2 title" })));
    return { w, protocolId: v1.protocolId };
  }

  it("gives staff of the clinic any version, with everything the handout prints", async () => {
    const { w, protocolId } = await twoVersions();
    const current = await getProtocolForPdf(w.as.therapist, protocolId);
    expect(current).toMatchObject({
      clinicName: "Home Clinic", pageSize: "A4", patientName: "Alex Home", therapistName: w.as.therapist.name,
      title: "v2 title", phase: 1, version: 2, startDate: todayIso(), versionDate: todayIso(),
    });
    expect(current.items).toEqual([expect.objectContaining({ name: "Clam shell", group: "hip", reps: 12, side: "right", eachSide: true, equipment: "Resistance band (optional)", load: null })]);
    expect(current.items[0]?.instructions).toMatch(/clam shell/);
    const old = await getProtocolForPdf(w.as.admin, protocolId, "1");
    expect(old).toMatchObject({ version: 1, title: "Runner's knee, phase 1" });
    expect(old.items[0]).toMatchObject({ reps: 10, load: "Red band", note: "Slow" });
  });

  it("carries the clinic's phone and which built-in drawing each item shows (none for a clinic's own exercise)", async () => {
    const w = await createTwoClinicWorld(t.db());
    const ex = await lib();
    const own = await createExercise(w.as.therapist, t.db(), {
      name: "Our wall lean", type: "strengthening", group: "quadriceps", target: "Thigh", equipment: "A wall", instructions: "x",
      sets: 3, reps: null, holdSeconds: 30, frequencyPerWeek: 3, eachSide: false, doseNote: null,
    });
    const copy = await duplicateExercise(w.as.therapist, t.db(), ex("calf-raise-double"));
    const saved = await t.db().transaction((tx) => saveProtocol(w.as.therapist, tx, plan(w.patientA.id, [item(ex("clamshell")), item(own.id), item(copy.id)])));
    expect((await getProtocolForPdf(w.as.therapist, saved.protocolId)).clinicPhone).toBeNull();
    await t.db().update(clinics).set({ phone: "020 7946 0123" }).where(eq(clinics.id, w.as.therapist.clinicId));
    const pdf = await getProtocolForPdf(w.as.patientA, saved.protocolId);
    expect(pdf.clinicPhone).toBe("020 7946 0123");
    // A clinic copy of a built-in keeps its source's drawing (libraryKeyOf).
    expect(pdf.items.map((i) => i.libraryKey)).toEqual(["clamshell", null, "calf-raise-double"]);
  });

  it("gives a patient only their own protocol's current version", async () => {
    const { w, protocolId } = await twoVersions();
    expect((await getProtocolForPdf(w.as.patientA, protocolId)).version).toBe(2);
    expect((await getProtocolForPdf(w.as.patientA, protocolId, 2)).version).toBe(2);
    await expect(getProtocolForPdf(w.as.patientA, protocolId, 1)).rejects.toThrow(NOT_FOUND);
    await expect(getProtocolForPdf(w.as.patientB, protocolId)).rejects.toThrow(NOT_FOUND);
    await expect(getProtocolForPdf(w.as.otherPatient, protocolId)).rejects.toThrow(NOT_FOUND);
  });

  it("answers 404 to another clinic, and for malformed ids and versions", async () => {
    const { w, protocolId } = await twoVersions();
    await expect(getProtocolForPdf(w.as.otherTherapist, protocolId)).rejects.toThrow(NOT_FOUND);
    for (const [id, version] of [["x", undefined], [protocolId, "abc"], [protocolId, "0"], [protocolId, 3], [protocolId, "1.5"]] as const) {
      await expect(getProtocolForPdf(w.as.therapist, id, version)).rejects.toThrow(NOT_FOUND);
    }
  });
});
