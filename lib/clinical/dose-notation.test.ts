import { describe, expect, it } from "vitest";
import { formatDoseLine, saysEachSide } from "./dose-notation";

describe("dose notation", () => {
  const dose = { sets: 3, reps: 10, holdSeconds: null, frequencyPerWeek: 5, eachSide: true };

  it("writes the whole dose on one line", () => {
    expect(formatDoseLine(dose)).toBe("3 x 10 each side, 5x a week");
    expect(formatDoseLine({ ...dose, reps: null, holdSeconds: 30, eachSide: false, frequencyPerWeek: 7 })).toBe("3 x 30 s, daily");
  });

  it("says each side only for both legs, or for library defaults with no side", () => {
    expect(saysEachSide({ eachSide: true })).toBe(true);
    expect(saysEachSide({ eachSide: true, side: "both" })).toBe(true);
    expect(saysEachSide({ eachSide: true, side: "right" })).toBe(false);
    expect(saysEachSide({ eachSide: false, side: "both" })).toBe(false);
    expect(formatDoseLine({ ...dose, side: "left" })).toBe("3 x 10, 5x a week");
  });
});
