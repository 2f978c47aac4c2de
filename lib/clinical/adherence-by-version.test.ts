import { describe, expect, it } from "vitest";
import { addDays } from "@/lib/dates";
import { weeklyAdherence } from "./adherence";
import { versionStartDays, weeklyAdherenceByVersion, type VersionInForce } from "./adherence-by-version";

const MONDAY = "2026-03-02";
const plan = (ids: string[], frequencyPerWeek = 7) => ids.map((exerciseId) => ({ exerciseId, frequencyPerWeek }));
const three = ["a", "b", "c"];
const six = ["a", "b", "c", "d", "e", "f"];
/** Every exercise of `ids` ticked on every day from `from` for `days` days. */
const ticks = (ids: string[], from: string, days: number) =>
  Array.from({ length: days }, (_, i) => ids.map((exerciseId) => ({ doneOn: addDays(from, i), exerciseId }))).flat();

describe("weeklyAdherenceByVersion", () => {
  it("a plan that grew from 3 to 6 exercises in week 3 leaves weeks 1 and 2 fully done", () => {
    const versions: VersionInForce[] = [
      { version: 1, from: MONDAY, until: null, items: plan(three) },
      { version: 2, from: addDays(MONDAY, 14), until: null, items: plan(six) },
    ];
    // The patient did everything the plan of the day asked.
    const done = [...ticks(three, MONDAY, 14), ...ticks(six, addDays(MONDAY, 14), 7)];
    const weeks = weeklyAdherenceByVersion(versions, done, { from: MONDAY, to: addDays(MONDAY, 20) });
    expect(weeks.map((w) => [w.weekStart, w.prescribed, w.done, w.ratio, w.versions])).toEqual([
      ["2026-03-02", 21, 21, 1, [1]],
      ["2026-03-09", 21, 21, 1, [1]],
      ["2026-03-16", 42, 42, 1, [2]],
    ]);
    // Today's plan applied to the past (the old way) would have halved weeks 1 and 2.
    expect(weeklyAdherence(plan(six), done, { from: MONDAY, to: addDays(MONDAY, 13) }).map((w) => w.ratio)).toEqual([0.5, 0.5]);
  });

  it("a change on Thursday prorates the week per day: 3 days of the old plan, 4 of the new", () => {
    const versions: VersionInForce[] = [
      { version: 1, from: MONDAY, until: null, items: plan(["a"], 7) },
      { version: 2, from: addDays(MONDAY, 3), until: null, items: plan(["a", "b"], 7) },
    ];
    // a every day; b on two of its four days.
    const done = [...ticks(["a"], MONDAY, 7), { doneOn: addDays(MONDAY, 3), exerciseId: "b" }, { doneOn: addDays(MONDAY, 5), exerciseId: "b" }];
    const [week] = weeklyAdherenceByVersion(versions, done, { from: MONDAY, to: addDays(MONDAY, 6) });
    expect(week).toEqual({ weekStart: MONDAY, prescribed: 11, done: 9, ratio: 9 / 11, versions: [1, 2] });
  });

  it("a session of an exercise not in the version of that day does not count", () => {
    const versions: VersionInForce[] = [
      { version: 1, from: MONDAY, until: null, items: plan(["a"], 7) },
      { version: 2, from: addDays(MONDAY, 3), until: null, items: plan(["a", "b"], 7) },
    ];
    const done = [{ doneOn: MONDAY, exerciseId: "b" }, { doneOn: addDays(MONDAY, 1), exerciseId: "b" }];
    expect(weeklyAdherenceByVersion(versions, done, { from: MONDAY, to: addDays(MONDAY, 6) })[0]?.done).toBe(0);
  });

  it("a week with no version in force (before the protocol started) has nothing due: null, not 0%", () => {
    const versions: VersionInForce[] = [{ version: 1, from: addDays(MONDAY, 7), until: null, items: plan(three, 3) }];
    const weeks = weeklyAdherenceByVersion(versions, ticks(three, addDays(MONDAY, 7), 1), { from: MONDAY, to: addDays(MONDAY, 13) });
    expect(weeks[0]).toEqual({ weekStart: MONDAY, prescribed: 0, done: 0, ratio: null, versions: [] });
    expect(weeks[1]).toMatchObject({ prescribed: 9, done: 3, ratio: 3 / 9, versions: [1] });
  });

  it("an ended protocol prescribes nothing after its end date", () => {
    // Ended on the Wednesday: 3 days of 7 sessions a week, rounded to 3 sessions.
    const versions: VersionInForce[] = [{ version: 1, from: addDays(MONDAY, -7), until: addDays(MONDAY, 2), items: plan(["a"], 7) }];
    const weeks = weeklyAdherenceByVersion(versions, ticks(["a"], addDays(MONDAY, -7), 14), { from: addDays(MONDAY, -7), to: addDays(MONDAY, 13) });
    expect(weeks.map((w) => [w.prescribed, w.done, w.ratio])).toEqual([[7, 7, 1], [3, 3, 1], [0, 0, null]]);
  });

  it("extra sessions of one exercise do not make up for another skipped", () => {
    const versions: VersionInForce[] = [{ version: 1, from: MONDAY, until: null, items: plan(["a", "b"], 3) }];
    const [week] = weeklyAdherenceByVersion(versions, ticks(["a"], MONDAY, 7), { from: MONDAY, to: addDays(MONDAY, 6) });
    expect(week).toMatchObject({ prescribed: 6, done: 3, ratio: 0.5 });
  });

  it("agrees with weeklyAdherence when one version covers the whole range", () => {
    const items = [{ exerciseId: "a", frequencyPerWeek: 3 }, { exerciseId: "b", frequencyPerWeek: 5 }];
    const done = [...ticks(["a"], addDays(MONDAY, 2), 9), ...ticks(["b"], addDays(MONDAY, 4), 3)];
    const range = { from: addDays(MONDAY, 2), to: addDays(MONDAY, 17) };
    const byVersion = weeklyAdherenceByVersion([{ version: 1, from: range.from, until: null, items }], done, range);
    expect(byVersion.map(({ versions: _v, ...w }) => w)).toEqual(weeklyAdherence(items, done, range));
  });
});

describe("versionStartDays", () => {
  const startDate = "2026-03-02";
  it("counts a version saved at 23:30 in the clinic's zone from that day, not the UTC day after", () => {
    // 23:30 on 10 March in Honolulu (UTC-10) is 09:30 on 11 March in UTC.
    const saved = new Date("2026-03-11T09:30:00Z");
    const [, v2] = versionStartDays([{ version: 1, createdAt: new Date("2026-03-02T18:00:00Z") }, { version: 2, createdAt: saved }], { startDate, timeZone: "Pacific/Honolulu" });
    expect(v2?.from).toBe("2026-03-10");
    const [, inUtc] = versionStartDays([{ version: 1, createdAt: saved }, { version: 2, createdAt: saved }], { startDate, timeZone: "UTC" });
    expect(inUtc?.from).toBe("2026-03-11");
  });

  it("starts v1 on the protocol's start date even when it was typed in later, and no version before it", () => {
    const days = versionStartDays(
      [{ version: 2, createdAt: new Date("2026-02-27T12:00:00Z") }, { version: 1, createdAt: new Date("2026-03-05T12:00:00Z") }],
      { startDate, timeZone: "UTC" },
    );
    expect(days.map((d) => [d.version, d.from])).toEqual([[1, startDate], [2, startDate]]);
  });
});
