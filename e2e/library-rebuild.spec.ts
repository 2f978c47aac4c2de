import { expect, test } from "./fixtures";

/** Issue 12 item 3: the rebuilt library's five groups in order, no donkey kick, and the new templates. */
const GROUPS = ["Hip strengthening, lying", "Hip strengthening, standing", "Thigh (quadriceps) strengthening", "Calf and spring", "Flexibility"];

test.describe("the rebuilt exercise library", () => {
  test("shows the five groups in library order, prone hip extension and step-downs, and no donkey kick", async ({ as }) => {
    const maya = await as("therapist");
    await maya.goto("/exercises");
    const headings = await maya.getByRole("main").getByRole("heading", { level: 2 }).allTextContents();
    expect(GROUPS.map((g) => headings.findIndex((h) => h.startsWith(g)))).toEqual([0, 1, 2, 3, 4]);
    await expect(maya.getByRole("article", { name: "Prone hip extension (lying face down)" })).toBeVisible();
    await expect(maya.getByRole("article", { name: "Lateral step-down" })).toBeVisible();
    await expect(maya.getByRole("article", { name: "Foam rolling, front of the thigh" })).toContainText("1-2 minutes of rolling");
    await expect(maya.getByRole("article", { name: /Donkey kick/ })).toHaveCount(0);
    await expect(maya.getByRole("main")).not.toContainText("VMO");
  });

  test("offers the groups in the same order in the builder, and a new clinic's three starter templates", async ({ as }) => {
    const maya = await as("therapist");
    await maya.goto("/templates/new");
    const picker = maya.getByLabel("Exercise to add");
    const optgroups = await picker.locator("optgroup").evaluateAll((nodes) => nodes.map((n) => n.getAttribute("label")));
    expect(optgroups).toEqual(GROUPS);
    await expect(picker.locator("option", { hasText: "Donkey kick" })).toHaveCount(0);

    await maya.goto("/templates");
    for (const name of ["Runner's knee, phase 1", "Runner's knee, phase 2", "Runner's knee, return to running"]) {
      await expect(maya.getByRole("heading", { level: 2, name, exact: true })).toBeVisible();
    }
    await expect(maya.getByRole("article", { name: "Runner's knee, phase 1", exact: true })).toContainText("daily-life pain is 2/10 or less");
  });
});
