import { expect, test } from "./fixtures";

test.describe("return to running", () => {
  test("the therapist puts a fresh patient on walk-run stage 2; on a phone the patient sees the stage and today's session on /my", async ({ fresh, as }) => {
    const patient = await fresh.portalPatient({ firstName: "Wren", protocol: "Runner's knee, phase 1" });
    const maya = await as("therapist");
    await maya.goto(`${patient.recordPath}/protocol`);
    const fieldset = maya.getByRole("group", { name: "Return to running" });
    await expect(fieldset.getByLabel("Walk-run stage")).toHaveValue("");
    await fieldset.getByLabel("Walk-run stage").selectOption("2");
    await expect(fieldset.getByLabel("Pain limit during a run (0-10)")).toHaveValue("5");
    if (process.env.RUN_SHOTS) {
      await maya.setViewportSize({ width: 1280, height: 900 });
      await fieldset.screenshot({ path: "/work/shots/run-builder-fieldset-1280.png" });
    }
    await maya.getByRole("button", { name: "Save new version" }).click();
    await expect(maya).toHaveURL(/\/protocol\?saved=2$/);
    await maya.goto(patient.recordPath);
    await expect(maya.getByText(/Walk-run stage 2 of 15 since .+, pain limit 5\/10/)).toBeVisible();

    const me = patient.page;
    await me.setViewportSize({ width: 390, height: 844 });
    await me.goto("/my");
    const card = me.getByRole("region", { name: "Return to running" });
    await expect(card.getByText("Stage 2 of 15")).toBeVisible();
    await expect(card.getByText("Run 1 min, then walk 1 min 45 s. Do this 11 times: 30 min 15 s in all, 11 min of it running.")).toBeVisible();
    await expect(card.getByText(/up to 5 out of 10/)).toBeVisible();
    await expect(card.getByRole("link", { name: "Log a run" })).toHaveAttribute("href", "/my/log");
    // Nothing wider than the phone: the card fits its screen.
    expect(await me.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await expect(card.getByText(/Runs since then within your limit and settled by the next morning: 0\./)).toBeVisible();
    if (process.env.RUN_SHOTS) await me.screenshot({ path: "/work/shots/run-my-card-390.png", fullPage: true });
  });
});
