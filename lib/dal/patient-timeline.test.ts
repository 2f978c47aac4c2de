import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { auditEvents } from "@/db/schema";
import { addDays } from "@/lib/dates";
import { setupTestDatabase } from "@/lib/testing/test-database";
import { createTimelineWorld } from "@/lib/testing/timeline-world";
import { NOT_FOUND } from "@/lib/testing/world";
import { getPatientTimeline } from "./patient-timeline";

const t = setupTestDatabase();
const TODAY = "2026-03-18"; // a Wednesday; the plan started on Thursday 5 February
const HONOLULU = "Pacific/Honolulu";

describe("getPatientTimeline", () => {
  it("returns every series and event kind of the clinic's own patient, and nothing of another clinic", async () => {
    const w = await createTimelineWorld(t.db(), TODAY);
    const caller = { ...w.as.therapist, timeZone: HONOLULU };
    const tl = await getPatientTimeline(caller, w.patientA.id, { today: TODAY });

    expect(tl).toMatchObject({ patientId: w.patientA.id, range: "12w", from: addDays(TODAY, -83), to: TODAY, episodeStart: "2026-02-05" });
    expect(tl.baseline).toEqual({ painAtRest: 3, painDuringExercise: 5, painNextMorning: 2 });

    // Pain: a log every other day from the start, each with the rolling reference as of that day.
    expect(tl.days).toHaveLength(21);
    expect(tl.days[0]).toEqual({ date: "2026-02-05", painAtRest: 3, painDuringExercise: 5, painNextMorning: 2, rolling: { painAtRest: null, painDuringExercise: null, painNextMorning: null } });
    const day20 = tl.days.find((d) => d.date === "2026-02-25");
    expect(day20).toMatchObject({ painDuringExercise: 2, rolling: { painDuringExercise: 5, painAtRest: 3 } });

    // Adherence against the version in force: the plan doubled on 19 February, yet every week is 100%.
    const week = (start: string) => tl.weeks.find((x) => x.weekStart === start);
    expect(tl.weeks).toHaveLength(13);
    expect(week("2026-01-26")?.adherence).toEqual({ done: 0, prescribed: 0, ratio: null, versions: [] });
    expect(week("2026-02-02")?.adherence).toEqual({ done: 12, prescribed: 12, ratio: 1, versions: [1] });
    expect(week("2026-02-09")?.adherence).toEqual({ done: 21, prescribed: 21, ratio: 1, versions: [1] });
    expect(week("2026-02-16")?.adherence).toEqual({ done: 33, prescribed: 33, ratio: 1, versions: [1, 2] });
    expect(week("2026-03-16")?.adherence).toEqual({ done: 18, prescribed: 18, ratio: 1, versions: [2] });

    // Running km per week; the deleted run is left out.
    expect([week("2026-03-09"), week("2026-03-16"), week("2026-03-02")].map((x) => [x?.runKm, x?.runs])).toEqual([[4, 1], [2.5, 1], [0, 0]]);

    expect(tl.akps).toEqual([{ date: "2026-02-05", score: 62, timepoint: "baseline" }, { date: "2026-03-12", score: 78, timepoint: "follow-up" }]);
    expect(tl.akpsBaseline).toBe(62);

    const name = w.as.therapist.name;
    expect(tl.events.map((e) => [e.kind, e.date])).toEqual([
      ["version", "2026-02-05"], ["version", "2026-02-19"], ["flag", "2026-03-01"], ["suggestion", "2026-03-07"],
    ]);
    const [v1, v2, flag, suggestion] = tl.events;
    expect(v1).toMatchObject({ version: 1, summary: "started with 3 exercises", changes: [], runStage: null, by: name });
    // Saved at 23:30 Honolulu time: in force from that day, and the stage change is in its list.
    expect(v2).toMatchObject({ version: 2, runStage: 2, by: name });
    expect(v2?.kind === "version" ? v2.changes : []).toEqual(expect.arrayContaining([expect.stringMatching(/ added$/), "walk-run programme started at stage 2"]));
    expect(v2?.kind === "version" ? v2.changes : []).toHaveLength(4);
    expect(flag).toEqual({ kind: "flag", date: "2026-03-01", rule: "pain-rise", reason: "Exercise pain 5/10, up on the recent 2/10.", reviewedOn: "2026-03-02", by: name, note: "Moved house; kept the plan." });
    expect(suggestion).toEqual({ kind: "suggestion", date: "2026-03-07", summary: "Clam shell 3 x 10 -> 3 x 12", by: name, resultingVersion: 3 });

    const text = JSON.stringify(tl);
    for (const foreign of ["Other clinic", "Straight leg raise 3 x 10 -> 3 x 12", "Exercise pain 7/10."]) expect(text).not.toContain(foreign);
    expect(tl.akps.map((a) => a.score)).not.toContain(11);
  });

  it("reads the version's day in the clinic's zone: in UTC the same save lands a day later", async () => {
    const w = await createTimelineWorld(t.db(), TODAY);
    const tl = await getPatientTimeline({ ...w.as.therapist, timeZone: "UTC" }, w.patientA.id, { today: TODAY });
    expect(tl.events.filter((e) => e.kind === "version").map((e) => e.date)).toEqual(["2026-02-05", "2026-02-20"]);
  });

  it("the episode range starts at the protocol's start", async () => {
    const w = await createTimelineWorld(t.db(), TODAY);
    const tl = await getPatientTimeline({ ...w.as.therapist, timeZone: HONOLULU }, w.patientA.id, { range: "episode", today: TODAY });
    expect(tl.from).toBe("2026-02-05");
    expect(tl.weeks[0]).toMatchObject({ weekStart: "2026-02-02", adherence: { prescribed: 12, done: 12 } });
  });

  it("writes no audit row of its own: the record page's getPatientRecord writes the request's one", async () => {
    const w = await createTimelineWorld(t.db(), TODAY);
    await getPatientTimeline(w.as.therapist, w.patientA.id, { today: TODAY });
    expect(await t.db().select().from(auditEvents).where(eq(auditEvents.patientId, w.patientA.id))).toEqual([]);
  });

  it("answers 404 to another clinic's staff, to patients (even for themselves) and for a bad id", async () => {
    const w = await createTimelineWorld(t.db(), TODAY);
    await expect(getPatientTimeline(w.as.admin, w.patientA.id, { today: TODAY })).resolves.toMatchObject({ patientId: w.patientA.id });
    for (const [caller, id] of [
      [w.as.otherTherapist, w.patientA.id], [w.as.therapist, w.otherPatient.id], [w.as.patientA, w.patientA.id],
      [w.as.otherPatient, w.otherPatient.id], [w.as.therapist, "not-a-uuid"],
    ] as const) {
      await expect(getPatientTimeline(caller, id, { today: TODAY })).rejects.toThrow(NOT_FOUND);
    }
  });
});
