import { and, eq } from "drizzle-orm";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { auditEvents, invites, patients } from "@/db/schema";
import { RED_FLAGS_NONE } from "@/lib/clinical/intake";
import { addDays, todayIso } from "@/lib/dates";
import { createPatient as insertPatient } from "@/lib/seed/factories";
import { auditsOf, FIX_FIELDS, redirectOf } from "@/lib/testing/action-helpers";
import { form, revalidated, signInAs } from "@/lib/testing/next-mocks";
import { setupTestDatabase } from "@/lib/testing/test-database";
import { createTwoClinicWorld, NOT_FOUND } from "@/lib/testing/world";

vi.mock("@/lib/auth/session", () => import("@/lib/testing/next-mocks"));
vi.mock("next/headers", () => import("@/lib/testing/next-mocks"));
vi.mock("next/cache", () => import("@/lib/testing/next-mocks"));

const { archivePatient, createPatient, createPortalInvite, resetPortalAccess, unarchivePatient, updatePatient } = await import("./actions");
const t = setupTestDatabase();

/** The record form as the browser posts it: every field, checkboxes once per ticked box. */
const record = (primaryTherapistId: string, over: Record<string, string | string[]> = {}) =>
  form({
    fullName: "Robin Vega", dateOfBirth: "1988-04-12", email: "Robin.Vega@Example.test ", phone: "+1 555 0100",
    condition: "", affectedSide: "both", onsetDate: addDays(todayIso(), -60),
    riskFactors: ["quadriceps-strength-deficit", "hip-strength-deficit"], aggravatingActivities: "stairs",
    intakeScreen: [RED_FLAGS_NONE.key, "considered-patellar-tendinopathy"], notes: "Runs 20 km a week.",
    primaryTherapistId, ...over,
  });
const patientRow = async (id: string) => (await t.db().select().from(patients).where(eq(patients.id, id)))[0];
const patientsNamed = (clinicId: string, fullName: string) => t.db().select().from(patients).where(and(eq(patients.clinicId, clinicId), eq(patients.fullName, fullName)));
const invitesOf = (clinicId: string) => t.db().select().from(invites).where(eq(invites.clinicId, clinicId));

beforeEach(() => signInAs(null));

describe("create patient", () => {
  it("saves the record in the caller's clinic, audited, and opens it", async () => {
    const w = await createTwoClinicWorld(t.db());
    signInAs(w.as.therapist);
    const to = await redirectOf(createPatient({}, record(w.as.admin.userId)));
    const [saved] = await patientsNamed(w.home.id, "Robin Vega");
    expect(to).toBe(`/patients/${saved?.id}?saved=created`);
    expect(saved).toMatchObject({
      clinicId: w.home.id, primaryTherapistId: w.as.admin.userId, userId: null, dateOfBirth: "1988-04-12", email: "robin.vega@example.test",
      phone: "+1 555 0100", condition: "Patellofemoral pain (runner's knee)", affectedSide: "both", onsetDate: addDays(todayIso(), -60),
      riskFactors: ["quadriceps-strength-deficit", "hip-strength-deficit"], aggravatingActivities: ["stairs"],
      intakeScreen: [RED_FLAGS_NONE.key, "considered-patellar-tendinopathy"], notes: "Runs 20 km a week.", archivedAt: null,
    });
    expect(revalidated).toEqual(["/patients", "/dashboard"]);
    expect(await auditsOf(t.db(), w.home.id, "patient.created")).toMatchObject([
      { actorId: w.as.therapist.userId, entity: "patient", entityId: saved?.id, patientId: saved?.id },
    ]);
  });

  it("bad input: a message on each field, the typed input kept, and no record", async () => {
    const w = await createTwoClinicWorld(t.db());
    signInAs(w.as.therapist);
    const typed = { fullName: " ", dateOfBirth: addDays(todayIso(), 3), email: "robin at example", affectedSide: "middle", notes: "kept" };
    const state = await createPatient({}, record(w.as.therapist.userId, typed));
    expect(state.ok).toBeUndefined();
    expect(state.message).toBe(FIX_FIELDS);
    expect(state.fieldErrors).toEqual({
      fullName: ["Enter the patient's name"],
      dateOfBirth: ["Date of birth cannot be in the future"],
      email: ["Enter a valid email, or leave it empty"],
      affectedSide: ["Choose the affected knee"],
    });
    expect(state.values).toMatchObject({ ...typed, riskFactors: ["quadriceps-strength-deficit", "hip-strength-deficit"], aggravatingActivities: "stairs" });
    expect(await t.db().select().from(patients).where(eq(patients.clinicId, w.home.id))).toHaveLength(2); // patients A and B only
    expect(await auditsOf(t.db(), w.home.id, "patient.created")).toEqual([]);
  });

  it("refuses a primary therapist of another clinic and an email another patient has, keeping the input", async () => {
    const w = await createTwoClinicWorld(t.db());
    await insertPatient(t.db(), { clinicId: w.home.id, fullName: "First Robin", email: "robin.vega@example.test" });
    signInAs(w.as.therapist);
    const foreignTherapist = await createPatient({}, record(w.as.otherTherapist.userId, { email: "" }));
    expect(foreignTherapist).toEqual({
      message: FIX_FIELDS, fieldErrors: { primaryTherapistId: ["Choose a therapist of your clinic"] },
      values: expect.objectContaining({ fullName: "Robin Vega", primaryTherapistId: w.as.otherTherapist.userId }),
    });
    const clash = await createPatient({}, record(w.as.therapist.userId));
    expect(clash.fieldErrors).toEqual({ email: ["Another patient of your clinic already has this email"] });
    expect(clash.values).toMatchObject({ fullName: "Robin Vega", email: "Robin.Vega@Example.test " });
    expect(await patientsNamed(w.home.id, "Robin Vega")).toEqual([]);
    expect(await auditsOf(t.db(), w.home.id, "patient.created")).toEqual([]);
  });

  it("answers 404 to a patient and writes nothing; another clinic's therapist creates only in their own clinic", async () => {
    const w = await createTwoClinicWorld(t.db());
    signInAs(w.as.patientA);
    await expect(createPatient({}, record(w.as.therapist.userId))).rejects.toThrow(NOT_FOUND);
    signInAs(w.as.otherTherapist);
    const forged = await createPatient({}, record(w.as.therapist.userId, { clinicId: w.home.id }));
    expect(forged.fieldErrors).toEqual({ primaryTherapistId: ["Choose a therapist of your clinic"] });
    expect(await patientsNamed(w.home.id, "Robin Vega")).toEqual([]);
    expect(await patientsNamed(w.other.id, "Robin Vega")).toEqual([]);
    expect(await auditsOf(t.db(), w.home.id)).toEqual([]);
  });
});

describe("update patient", () => {
  it("saves the edit over the record, audited, and opens it", async () => {
    const w = await createTwoClinicWorld(t.db());
    signInAs(w.as.admin);
    const to = await redirectOf(updatePatient({}, record(w.as.therapist.userId, { patientId: w.patientA.id, fullName: "Alex Home-Rivera", notes: "Moved to evenings." })));
    expect(to).toBe(`/patients/${w.patientA.id}?saved=updated`);
    expect(await patientRow(w.patientA.id)).toMatchObject({
      fullName: "Alex Home-Rivera", notes: "Moved to evenings.", affectedSide: "both", email: "robin.vega@example.test", userId: w.as.patientA.userId,
    });
    expect(revalidated).toEqual(["/patients", `/patients/${w.patientA.id}`]);
    expect(await auditsOf(t.db(), w.home.id, "patient.updated")).toMatchObject([{ actorId: w.as.admin.userId, entityId: w.patientA.id, patientId: w.patientA.id }]);
  });

  it("bad input: field messages, the typed input kept, and the record unchanged", async () => {
    const w = await createTwoClinicWorld(t.db());
    const before = await patientRow(w.patientA.id);
    signInAs(w.as.therapist);
    const state = await updatePatient({}, record(w.as.therapist.userId, { patientId: w.patientA.id, fullName: "", onsetDate: "1970-01-01", phone: "call me" }));
    expect(state.message).toBe(FIX_FIELDS);
    expect(state.fieldErrors).toEqual({
      fullName: ["Enter the patient's name"],
      phone: ["Use digits, spaces and + ( ) - only"],
      onsetDate: ["Onset cannot be before the date of birth"],
    });
    expect(state.values).toMatchObject({ patientId: w.patientA.id, fullName: "", onsetDate: "1970-01-01", phone: "call me" });
    const unknown = await updatePatient({}, record(w.as.therapist.userId, { patientId: "42" }));
    expect(unknown.fieldErrors).toEqual({ patientId: ["Unknown patient"] });
    expect(await patientRow(w.patientA.id)).toEqual(before);
    expect(await auditsOf(t.db(), w.home.id, "patient.updated")).toEqual([]);
  });

  it("answers 404 to another clinic's therapist and to a patient, and changes nothing", async () => {
    const w = await createTwoClinicWorld(t.db());
    const before = await patientRow(w.patientA.id);
    signInAs(w.as.otherTherapist);
    await expect(updatePatient({}, record(w.as.otherTherapist.userId, { patientId: w.patientA.id, fullName: "Taken over" }))).rejects.toThrow(NOT_FOUND);
    signInAs(w.as.patientA);
    await expect(updatePatient({}, record(w.as.therapist.userId, { patientId: w.patientA.id, fullName: "Renamed myself" }))).rejects.toThrow(NOT_FOUND);
    expect(await patientRow(w.patientA.id)).toEqual(before);
    expect(await auditsOf(t.db(), w.home.id)).toEqual([]);
    expect(await auditsOf(t.db(), w.other.id)).toEqual([]);
  });
});

describe("archive and unarchive", () => {
  it("archives a patient without deleting anything, and restores them, each audited", async () => {
    const w = await createTwoClinicWorld(t.db());
    signInAs(w.as.therapist);
    expect(await archivePatient({}, form({ patientId: w.patientB.id }))).toEqual({
      ok: true, message: "Patient archived. They no longer appear in the active list; nothing was deleted.", data: undefined,
    });
    expect((await patientRow(w.patientB.id))?.archivedAt).toBeInstanceOf(Date);
    expect(revalidated).toEqual(["/patients", `/patients/${w.patientB.id}`, "/dashboard"]);
    expect(await unarchivePatient({}, form({ patientId: w.patientB.id }))).toMatchObject({ ok: true, message: "Patient restored to the active list." });
    expect(await patientRow(w.patientB.id)).toMatchObject({ archivedAt: null, fullName: "Blair Home", userId: w.as.patientB.userId });
    expect((await auditsOf(t.db(), w.home.id)).map((e) => [e.action, e.entityId, e.actorId])).toEqual([
      ["patient.archived", w.patientB.id, w.as.therapist.userId],
      ["patient.unarchived", w.patientB.id, w.as.therapist.userId],
    ]);
  });

  it("bad input: a malformed id is a field message, and archiving twice says so; nothing changes", async () => {
    const w = await createTwoClinicWorld(t.db());
    signInAs(w.as.therapist);
    for (const action of [archivePatient, unarchivePatient]) {
      expect(await action({}, form({ patientId: "blair" }))).toEqual({ message: FIX_FIELDS, fieldErrors: { patientId: ["Unknown patient"] }, values: { patientId: "blair" } });
    }
    expect(await unarchivePatient({}, form({ patientId: w.patientB.id }))).toEqual({ message: "This patient is not archived.", fieldErrors: undefined, values: { patientId: w.patientB.id } });
    expect((await patientRow(w.patientB.id))?.archivedAt).toBeNull();
    await archivePatient({}, form({ patientId: w.patientB.id }));
    const archivedAt = (await patientRow(w.patientB.id))?.archivedAt;
    expect(await archivePatient({}, form({ patientId: w.patientB.id }))).toMatchObject({ message: "This patient is already archived." });
    expect((await patientRow(w.patientB.id))?.archivedAt).toEqual(archivedAt);
    expect((await auditsOf(t.db(), w.home.id)).map((e) => e.action)).toEqual(["patient.archived"]);
  });

  it("answers 404 to another clinic's therapist and to patients, and archives nothing", async () => {
    const w = await createTwoClinicWorld(t.db());
    for (const caller of [w.as.otherTherapist, w.as.patientA, w.as.patientB]) {
      signInAs(caller);
      await expect(archivePatient({}, form({ patientId: w.patientB.id }))).rejects.toThrow(NOT_FOUND);
    }
    signInAs(w.as.therapist);
    await expect(archivePatient({}, form({ patientId: w.otherPatient.id }))).rejects.toThrow(NOT_FOUND);
    expect((await patientRow(w.patientB.id))?.archivedAt).toBeNull();
    expect((await patientRow(w.otherPatient.id))?.archivedAt).toBeNull();

    await t.db().update(patients).set({ archivedAt: new Date() }).where(eq(patients.id, w.patientB.id));
    signInAs(w.as.otherTherapist);
    await expect(unarchivePatient({}, form({ patientId: w.patientB.id }))).rejects.toThrow(NOT_FOUND);
    expect((await patientRow(w.patientB.id))?.archivedAt).toBeInstanceOf(Date);
    expect(await auditsOf(t.db(), w.home.id)).toEqual([]);
    expect(await auditsOf(t.db(), w.other.id)).toEqual([]);
  });
});

describe("portal invite", () => {
  it("creates a single-use invite link for a patient with an email, audited without the token", async () => {
    const w = await createTwoClinicWorld(t.db());
    const patient = await insertPatient(t.db(), { clinicId: w.home.id, email: `dana-${w.home.id.slice(0, 6)}@example.test` });
    signInAs(w.as.therapist);
    const state = await createPortalInvite({}, form({ patientId: patient.id }));
    expect(state).toMatchObject({ ok: true, message: expect.stringMatching(/^Invite link created\. Copy it now/) });
    const link = state.data?.link ?? "";
    expect(link).toMatch(/^http:\/\/localhost:3000\/invite\/[A-Za-z0-9_-]{43}$/);
    expect(revalidated).toEqual([`/patients/${patient.id}`]);
    const [stored] = await invitesOf(w.home.id);
    expect(stored).toMatchObject({ kind: "patient-invite", patientId: patient.id, createdBy: w.as.therapist.userId, usedAt: null, voidedAt: null });
    expect(stored?.expiresAt.toISOString()).toBe(state.data?.expiresAt);
    const [event] = await auditsOf(t.db(), w.home.id, "invite.created");
    expect(event).toMatchObject({ actorId: w.as.therapist.userId, entity: "patient", entityId: patient.id, patientId: patient.id, detail: { expiresAt: state.data?.expiresAt } });
    expect(JSON.stringify(event)).not.toContain(link.split("/invite/")[1]);
  });

  it("bad input: a malformed id, a record without email or with an account already; no link is made", async () => {
    const w = await createTwoClinicWorld(t.db());
    const noEmail = await insertPatient(t.db(), { clinicId: w.home.id });
    signInAs(w.as.therapist);
    expect(await createPortalInvite({}, form({ patientId: "x" }))).toEqual({ message: FIX_FIELDS, fieldErrors: { patientId: ["Unknown patient"] }, values: { patientId: "x" } });
    expect(await createPortalInvite({}, form({ patientId: noEmail.id }))).toMatchObject({
      message: "Add the patient's email to their record first: it becomes their sign-in.", values: { patientId: noEmail.id },
    });
    expect((await createPortalInvite({}, form({ patientId: w.patientA.id }))).message).toBe("This patient already has a portal account.");
    expect(await invitesOf(w.home.id)).toEqual([]);
    expect(await auditsOf(t.db(), w.home.id)).toEqual([]);
  });

  it("answers 404 to patients and to another clinic's therapist, and makes no link", async () => {
    const w = await createTwoClinicWorld(t.db());
    const patient = await insertPatient(t.db(), { clinicId: w.home.id, email: `eli-${w.home.id.slice(0, 6)}@example.test` });
    for (const caller of [w.as.patientA, w.as.otherTherapist]) {
      signInAs(caller);
      await expect(createPortalInvite({}, form({ patientId: patient.id }))).rejects.toThrow(NOT_FOUND);
    }
    for (const clinicId of [w.home.id, w.other.id]) {
      expect(await invitesOf(clinicId)).toEqual([]);
      expect(await auditsOf(t.db(), clinicId)).toEqual([]);
    }
  });
});

describe("reset portal access", () => {
  it("gives the therapist a single-use reset link for the patient's account, audited on the record", async () => {
    const w = await createTwoClinicWorld(t.db());
    signInAs(w.as.therapist);
    const state = await resetPortalAccess({}, form({ patientId: w.patientA.id }));
    expect(state).toMatchObject({ ok: true, message: expect.stringMatching(/current password keeps working until they use it/) });
    expect(state.data?.link).toMatch(/^http:\/\/localhost:3000\/reset\/[A-Za-z0-9_-]{43}$/);
    expect(revalidated).toEqual([`/patients/${w.patientA.id}`]);
    const [link] = await invitesOf(w.home.id);
    expect(link).toMatchObject({ kind: "reset", userId: w.as.patientA.userId, createdBy: w.as.therapist.userId });
    const [event] = await t.db().select().from(auditEvents).where(and(eq(auditEvents.clinicId, w.home.id), eq(auditEvents.action, "portal-reset.created")));
    expect(event).toMatchObject({ actorId: w.as.therapist.userId, patientId: w.patientA.id, entity: "user", entityId: w.as.patientA.userId });
  });

  it("bad input: a malformed id, or a patient with no portal account yet; no link is made", async () => {
    const w = await createTwoClinicWorld(t.db());
    const noAccount = await insertPatient(t.db(), { clinicId: w.home.id, email: `fay-${w.home.id.slice(0, 6)}@example.test` });
    signInAs(w.as.therapist);
    expect(await resetPortalAccess({}, form({ patientId: "" }))).toEqual({ message: FIX_FIELDS, fieldErrors: { patientId: ["Unknown patient"] }, values: { patientId: "" } });
    expect((await resetPortalAccess({}, form({ patientId: noAccount.id }))).message).toBe("This patient has no portal account yet. Create an invite link instead.");
    expect(await invitesOf(w.home.id)).toEqual([]);
    expect(await auditsOf(t.db(), w.home.id)).toEqual([]);
  });

  it("answers 404 to patients and to another clinic's therapist, and for another clinic's patient", async () => {
    const w = await createTwoClinicWorld(t.db());
    for (const caller of [w.as.patientA, w.as.patientB, w.as.otherTherapist]) {
      signInAs(caller);
      await expect(resetPortalAccess({}, form({ patientId: w.patientA.id }))).rejects.toThrow(NOT_FOUND);
    }
    signInAs(w.as.admin);
    await expect(resetPortalAccess({}, form({ patientId: w.otherPatient.id }))).rejects.toThrow(NOT_FOUND);
    // One database per file: only this world's clinics.
    for (const clinicId of [w.home.id, w.other.id]) expect(await invitesOf(clinicId)).toEqual([]);
  });
});
