import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { patients, protocols, protocolVersions } from "@/db/schema";
import { builtInExerciseByKey } from "@/lib/dal/library-sync";
import { todayIso } from "@/lib/dates";
import { createProtocol } from "@/lib/seed/factories";
import { createSuggestionWorld } from "@/lib/testing/suggestion-world";
import { setupTestDatabase } from "@/lib/testing/test-database";
import { createTwoClinicWorld, NOT_FOUND } from "@/lib/testing/world";
import type { ProtocolInput } from "@/lib/validation/protocol";
import { getMyEducationModule, listMyEducation } from "./my-education";
import { saveProtocol } from "./protocol-writes";
import { getPatientProtocols, getProtocolForPdf } from "./protocols";
import { approveSuggestion } from "./suggestions";

const t = setupTestDatabase();

async function world() {
  const w = await createTwoClinicWorld(t.db());
  const byKey = await builtInExerciseByKey(t.db());
  const plan = (patientId: string, over: Partial<ProtocolInput> = {}): ProtocolInput => ({
    patientId, baseVersion: null, title: "Runner's knee, phase 1", phase: 1, startDate: todayIso(),
    items: [{ exerciseId: byKey("clamshell").id, sets: 3, reps: 10, holdSeconds: null, frequencyPerWeek: 5, eachSide: true, side: "right", load: null, note: null }],
    ...over,
  });
  const save = (caller: typeof w.as.therapist, input: ProtocolInput) => t.db().transaction((tx) => saveProtocol(caller, tx, input));
  return { w, plan, save };
}

const keys = (modules: { key: string }[] | null) => modules?.map((m) => m.key) ?? null;

describe("education modules of the patient's own plan", () => {
  it("the patient reads the modules their therapist chose, in reading order; a plan with no choice shows the default set", async () => {
    const { w, plan, save } = await world();
    await save(w.as.therapist, plan(w.patientA.id, { educationModules: ["what-is-pfp", "shoes-and-surfaces"] }));
    expect(keys(await listMyEducation(w.as.patientA))).toEqual(["what-is-pfp", "shoes-and-surfaces"]);
    expect((await getMyEducationModule(w.as.patientA, "shoes-and-surfaces")).title).toBe("Shoes and surfaces");

    // B's plan was started without a choice: null in the row, the default set on the page.
    await save(w.as.therapist, plan(w.patientB.id));
    expect(keys(await listMyEducation(w.as.patientB))).toEqual(["what-is-pfp", "load-and-capacity", "pain-monitoring", "when-to-contact"]);
    // Running among the intake's aggravating activities makes B a runner: running load joins the default.
    await t.db().update(patients).set({ aggravatingActivities: ["running"] }).where(eq(patients.id, w.patientB.id));
    expect(keys(await listMyEducation(w.as.patientB))).toContain("running-load");
  });

  it("forbidden paths: another patient's module, an unknown key, another clinic's patient, staff and no plan all answer 404", async () => {
    const { w, plan, save } = await world();
    await save(w.as.therapist, plan(w.patientA.id, { educationModules: ["shoes-and-surfaces", "when-to-contact"] }));
    await save(w.as.therapist, plan(w.patientB.id, { educationModules: ["what-is-pfp"] }));
    // B cannot open a module only A's plan includes, nor any unknown key.
    await expect(getMyEducationModule(w.as.patientB, "shoes-and-surfaces")).rejects.toThrow(NOT_FOUND);
    await expect(getMyEducationModule(w.as.patientB, "knee-brace")).rejects.toThrow(NOT_FOUND);
    await expect(getMyEducationModule(w.as.patientB, ["what-is-pfp"])).rejects.toThrow(NOT_FOUND);
    // The other clinic's patient has no plan: nothing, and every module is a 404 (A's plan never leaks across).
    expect(await listMyEducation(w.as.otherPatient)).toBeNull();
    await expect(getMyEducationModule(w.as.otherPatient, "shoes-and-surfaces")).rejects.toThrow(NOT_FOUND);
    // The patient-scoped read is for patients only.
    await expect(listMyEducation(w.as.therapist)).rejects.toThrow(NOT_FOUND);
    await expect(listMyEducation(w.as.otherTherapist)).rejects.toThrow(NOT_FOUND);
  });

  it("only the patient's clinic staff choose modules: a patient or another clinic's therapist gets 404 and nothing is saved", async () => {
    const { w, plan, save } = await world();
    await expect(save(w.as.patientA, plan(w.patientA.id, { educationModules: ["running-load"] }))).rejects.toThrow(NOT_FOUND);
    await expect(save(w.as.otherTherapist, plan(w.patientA.id, { educationModules: ["running-load"] }))).rejects.toThrow(NOT_FOUND);
    expect(await listMyEducation(w.as.patientA)).toBeNull();
  });
});

describe("carrying the choice forward", () => {
  it("a builder save that does not post the field keeps the previous version's choice; one that does replaces it", async () => {
    const { w, plan, save } = await world();
    await save(w.as.therapist, plan(w.patientA.id, { educationModules: ["what-is-pfp", "running-load"] }));
    await save(w.as.therapist, plan(w.patientA.id, { baseVersion: 1, title: "Phase 1, v2" }));
    await save(w.as.therapist, plan(w.patientA.id, { baseVersion: 2, title: "Phase 1, v2", educationModules: ["what-is-pfp", "running-load", "cross-training"] }));
    const rows = await t.db().select({ version: protocolVersions.version, modules: protocolVersions.educationModules }).from(protocolVersions)
      .innerJoin(protocols, eq(protocols.id, protocolVersions.protocolId)).where(eq(protocols.patientId, w.patientA.id)).orderBy(protocolVersions.version);
    expect(rows.map((r) => [r.version, r.modules])).toEqual([
      [1, ["what-is-pfp", "running-load"]],
      [2, ["what-is-pfp", "running-load"]],
      [3, ["what-is-pfp", "running-load", "cross-training"]],
    ]);
    // The builder pre-ticks the current choice, and the change list names what was added.
    const { active } = await getPatientProtocols(w.as.therapist, w.patientA.id);
    expect(active?.educationModules).toEqual(["what-is-pfp", "running-load", "cross-training"]);
    expect(active?.history[0]?.summary).toBe("education: + Staying fit while it settles");
    expect(active?.history[1]?.summary).toBe('title changed to "Phase 1, v2"');
  });

  it("approving a suggestion makes a version that keeps the chosen modules", async () => {
    const w = await createSuggestionWorld(t.db());
    await t.db().update(protocolVersions).set({ educationModules: ["taping-and-orthoses", "when-to-contact"] })
      .where(and(eq(protocolVersions.protocolId, w.protocolId), eq(protocolVersions.version, 1)));
    const clam = await w.pendingFor(w.clamId);
    const approved = await t.db().transaction((tx) => approveSuggestion(w.as.therapist, tx, { suggestionId: clam?.id as string, load: null }));
    expect(approved.version).toBe(2);
    expect((await w.versions()).map((v) => v.educationModules)).toEqual([["taping-and-orthoses", "when-to-contact"], ["taping-and-orthoses", "when-to-contact"]]);
  });

  it("the handout lists the chosen modules' titles and summaries; the patient prints the same", async () => {
    const { w } = await world();
    const byKey = await builtInExerciseByKey(t.db());
    const { protocol } = await createProtocol(t.db(), {
      clinicId: w.home.id, patientId: w.patientA.id, therapistId: w.as.therapist.userId, title: "P1", startDate: todayIso(),
      items: [{ exerciseId: byKey("clamshell").id, sets: 3, reps: 10, frequencyPerWeek: 5, side: "right" }], educationModules: ["running-load"],
    });
    const staff = await getProtocolForPdf(w.as.therapist, protocol.id);
    expect(staff.education).toEqual([{ title: "Running load and spikes", summary: expect.stringContaining("longest run of the last 30 days") }]);
    expect((await getProtocolForPdf(w.as.patientA, protocol.id)).education).toEqual(staff.education);
    await expect(getProtocolForPdf(w.as.otherTherapist, protocol.id)).rejects.toThrow(NOT_FOUND);
  });
});
