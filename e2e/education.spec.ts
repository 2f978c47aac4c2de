import { expect, test } from "./fixtures";

test.describe("education modules", () => {
  test("the therapist ticks an extra module on a fresh patient's plan; on a phone the patient reads it at /my/learn; a module not chosen is 404", async ({ fresh, as }) => {
    const patient = await fresh.portalPatient({ firstName: "Lark", protocol: "Runner's knee, phase 1" });
    const maya = await as("therapist");
    await maya.goto(`${patient.recordPath}/protocol`);
    const education = maya.getByRole("group", { name: "Education for the patient" });
    // The default set for a patient who does not run: pre-ticked, running load left for the therapist.
    await expect(education.getByRole("checkbox", { name: "What runner's knee is" })).toBeChecked();
    await expect(education.getByRole("checkbox", { name: "When to contact the clinic" })).toBeChecked();
    await expect(education.getByRole("checkbox", { name: "Running load and spikes" })).not.toBeChecked();
    await education.getByRole("checkbox", { name: "Running load and spikes" }).check();
    await maya.getByRole("button", { name: "Save new version" }).click();
    await expect(maya).toHaveURL(/\/protocol\?saved=2$/);
    await expect(maya.getByText("education: + Running load and spikes")).toBeVisible();

    const me = patient.page;
    await me.setViewportSize({ width: 390, height: 844 });
    await me.goto("/my");
    await me.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Learn" }).click();
    await expect(me).toHaveURL(/\/my\/learn$/);
    await expect(me.getByRole("heading", { level: 1, name: "Learn about your knee" })).toBeVisible();
    await expect(me.getByRole("link", { name: /What runner's knee is/ })).toBeVisible();
    await me.getByRole("link", { name: /Running load and spikes/ }).click();
    await expect(me.getByRole("heading", { level: 1, name: "Running load and spikes" })).toBeVisible();
    await expect(me.getByText("Moderate evidence: large cohort study")).toBeVisible();
    await expect(me.getByText("Compare every run with your longest run in the last 30 days:")).toBeVisible();
    // Phone first: nothing wider than the screen.
    expect(await me.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    if (process.env.RUN_SHOTS) await me.screenshot({ path: "/work/shots/education-module-390.png", fullPage: true });

    // Not in this plan, and not a module at all: both 404.
    expect((await me.request.get("/my/learn/shoes-and-surfaces")).status()).toBe(404);
    await me.goto("/my/learn/knee-brace");
    await expect(me.getByRole("heading", { name: "Page not found" })).toBeVisible();
  });
});
