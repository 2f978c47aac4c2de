import { describe, expect, it } from "vitest";
import { AKPS_ITEMS, AKPS_MAX_TOTAL, AkpsAnswerError, akpsAnswerProblems, scoreAkps, type AkpsAnswers, type AkpsItemKey } from "./akps";

const EXPECTED_MAXIMA: Record<AkpsItemKey, number> = {
  limp: 5,
  support: 5,
  walking: 5,
  stairs: 10,
  squatting: 5,
  running: 10,
  jumping: 10,
  "prolonged-sitting": 10,
  pain: 10,
  swelling: 10,
  "kneecap-movements": 10,
  "thigh-atrophy": 5,
  "flexion-deficiency": 5,
};

const answerAll = (pick: (optionCount: number) => number) =>
  Object.fromEntries(AKPS_ITEMS.map((item) => [item.key, pick(item.options.length)])) as AkpsAnswers;
const allBest = answerAll(() => 0);
const allWorst = answerAll((n) => n - 1);

describe("AKPS items", () => {
  it("has the 13 Kujala items with the published maxima", () => {
    expect(AKPS_ITEMS).toHaveLength(13);
    for (const item of AKPS_ITEMS) {
      const points = item.options.map((o) => o.points);
      expect(Math.max(...points), item.key).toBe(EXPECTED_MAXIMA[item.key]);
      expect(item.maxPoints, item.key).toBe(EXPECTED_MAXIMA[item.key]);
    }
  });

  it("has maxima summing to 100", () => {
    expect(AKPS_ITEMS.reduce((sum, item) => sum + item.maxPoints, 0)).toBe(AKPS_MAX_TOTAL);
  });

  it("uses the option points of Kujala et al. 1993", () => {
    expect(Object.fromEntries(AKPS_ITEMS.map((item) => [item.key, item.options.map((o) => o.points)]))).toEqual({
      limp: [5, 3, 0],
      support: [5, 3, 0],
      walking: [5, 3, 2, 0],
      stairs: [10, 8, 5, 0],
      squatting: [5, 4, 3, 2, 0],
      running: [10, 8, 6, 3, 0],
      jumping: [10, 7, 2, 0],
      "prolonged-sitting": [10, 8, 6, 4, 0],
      pain: [10, 8, 6, 3, 0],
      swelling: [10, 8, 6, 4, 0],
      "kneecap-movements": [10, 6, 4, 2, 0],
      "thigh-atrophy": [5, 3, 0],
      "flexion-deficiency": [5, 3, 0],
    });
  });

  it("lists options best first, each worst option worth 0, no duplicated points", () => {
    for (const item of AKPS_ITEMS) {
      const points = item.options.map((o) => o.points);
      expect(points, item.key).toEqual([...points].sort((a, b) => b - a));
      expect(new Set(points).size, item.key).toBe(points.length);
      expect(points.at(-1), item.key).toBe(0);
    }
  });
});

describe("scoreAkps", () => {
  it("scores all-best as 100 and all-worst as 0", () => {
    expect(scoreAkps(allBest)).toBe(100);
    expect(scoreAkps(allWorst)).toBe(0);
  });

  it("adds the chosen options' points", () => {
    // Slight limp (3), pain going both down and up stairs (5), pain after more than 2 km running (8); the rest best.
    expect(scoreAkps({ ...allBest, limp: 1, stairs: 2, running: 1 })).toBe(100 - 2 - 5 - 2);
    expect(scoreAkps({ ...allWorst, "prolonged-sitting": 3, swelling: 1 })).toBe(4 + 8);
  });

  it("rejects a missing answer", () => {
    const { jumping: _skipped, ...rest } = allBest;
    expect(() => scoreAkps(rest)).toThrow(AkpsAnswerError);
    expect(akpsAnswerProblems(rest)).toEqual(['"jumping" is not answered']);
    expect(akpsAnswerProblems({ ...allBest, pain: null })).toEqual(['"pain" is not answered']);
  });

  it("rejects out-of-range, fractional and non-numeric answers", () => {
    expect(() => scoreAkps({ ...allBest, limp: 3 })).toThrow(/"limp" has no option 3 \(expected 0-2\)/);
    expect(() => scoreAkps({ ...allBest, stairs: -1 })).toThrow(AkpsAnswerError);
    expect(() => scoreAkps({ ...allBest, walking: 1.5 })).toThrow(AkpsAnswerError);
    expect(() => scoreAkps({ ...allBest, pain: "0" })).toThrow(AkpsAnswerError);
  });

  it("rejects unknown items and reports every problem at once", () => {
    const { limp: _skipped, ...rest } = allBest;
    try {
      scoreAkps({ ...rest, swelling: 9, lim: 0 });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(AkpsAnswerError);
      expect((error as AkpsAnswerError).problems).toEqual([
        '"lim" is not an AKPS item',
        '"limp" is not answered',
        '"swelling" has no option 9 (expected 0-4)',
      ]);
    }
  });
});
