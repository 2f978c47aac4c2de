import type { PatientTimeline } from "@/lib/dal/patient-timeline";

/** A small timeline for the component and text tests: two weeks, three logs, one of each event. */
const refs = (e: number | null) => ({ painAtRest: null, painDuringExercise: e, painNextMorning: null });

export const sampleTimeline: PatientTimeline = {
  patientId: "7d8f3f0e-5b2a-4c1e-9a53-2f5d1c3b7a10",
  range: "12w",
  from: "2026-03-02",
  to: "2026-03-15",
  episodeStart: "2026-03-02",
  baseline: { painAtRest: 3, painDuringExercise: 5, painNextMorning: 2 },
  days: [
    { date: "2026-03-02", painAtRest: 3, painDuringExercise: 5, painNextMorning: 2, rolling: refs(null) },
    { date: "2026-03-09", painAtRest: 2, painDuringExercise: 4, painNextMorning: null, rolling: refs(5) },
    { date: "2026-03-14", painAtRest: 1, painDuringExercise: 2, painNextMorning: 1, rolling: refs(4) },
  ],
  weeks: [
    { weekStart: "2026-03-02", runKm: 0, runs: 0, adherence: { done: 18, prescribed: 21, ratio: 18 / 21, versions: [1] } },
    { weekStart: "2026-03-09", runKm: 6.5, runs: 2, adherence: { done: 33, prescribed: 33, ratio: 1, versions: [1, 2] } },
  ],
  akps: [{ date: "2026-03-02", score: 62, timepoint: "baseline" }, { date: "2026-03-14", score: 78, timepoint: "follow-up" }],
  akpsBaseline: 62,
  events: [
    { kind: "version", date: "2026-03-02", version: 1, title: "Phase 1", summary: "started with 3 exercises", changes: [], runStage: null, by: "Maya Okafor" },
    { kind: "version", date: "2026-03-11", version: 2, title: "Phase 1", summary: "Clam shell 3 x 10 -> 3 x 12", changes: ["Clam shell 3 x 10 -> 3 x 12", "walk-run programme started at stage 2"], runStage: 2, by: "Maya Okafor" },
    { kind: "flag", date: "2026-03-09", rule: "pain-rise", reason: "Exercise pain 4/10, up on the recent 2/10.", reviewedOn: "2026-03-10", by: "Maya Okafor", note: "Moved house." },
    { kind: "suggestion", date: "2026-03-11", summary: "Clam shell 3 x 10 -> 3 x 12", by: "Maya Okafor", resultingVersion: 2 },
  ],
};
