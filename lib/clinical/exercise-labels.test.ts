import { describe, expect, it } from "vitest";
import { EXERCISE_GROUPS, EXERCISE_LIBRARY } from "./exercise-library";
import { GROUP_ORDER, groupInOrder, groupLabel } from "./exercise-labels";

describe("exercise groups in library order", () => {
  it("orders every stored group: hip lying, hip standing, thigh, calf and spring, flexibility", () => {
    expect([...GROUP_ORDER].sort()).toEqual([...EXERCISE_GROUPS].sort());
    expect(GROUP_ORDER.map((g) => groupLabel[g])).toEqual([
      "Hip strengthening, lying", "Hip strengthening, standing", "Thigh (quadriceps) strengthening", "Calf and spring", "Flexibility",
    ]);
  });

  it("groups a plan in that order whatever order it was prescribed in, leaving out empty groups", () => {
    const plan = [
      { name: "Skipping", group: "calf" as const },
      { name: "Quadriceps stretch", group: "flexibility" as const },
      { name: "Step-up", group: "quadriceps" as const },
      { name: "Standing hip abduction", group: "hip-weight-bearing" as const },
      { name: "Hops on one leg", group: "calf" as const },
    ];
    expect(groupInOrder(plan).map((g) => [g.label, g.items.map((i) => i.name)])).toEqual([
      ["Hip strengthening, standing", ["Standing hip abduction"]],
      ["Thigh (quadriceps) strengthening", ["Step-up"]],
      ["Calf and spring", ["Skipping", "Hops on one leg"]],
      ["Flexibility", ["Quadriceps stretch"]],
    ]);
    expect(groupInOrder([])).toEqual([]);
  });

  it("puts every built-in exercise in exactly one group, the two new groups included", () => {
    const grouped = groupInOrder(EXERCISE_LIBRARY);
    expect(grouped.map((g) => g.group)).toEqual(GROUP_ORDER);
    expect(grouped.flatMap((g) => g.items)).toHaveLength(EXERCISE_LIBRARY.length);
  });
});
