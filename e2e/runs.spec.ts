import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";

/** The runs part of /my/log: the "Runs" section, with the day's runs and the "Add a run" form. */
const runForm = (page: Page) => page.getByRole("form", { name: "Add a run" });
const scale = (page: Page, legend: string) => runForm(page).getByRole("group", { name: legend, exact: true });

/** This week's line of the weekly distance list on /my/history: its km and number of runs. */
async function thisWeek(page: Page): Promise<{ km: number; runs: number }> {
  const line = page.getByRole("list", { name: "Distance run each week" }).getByRole("listitem").filter({ hasText: "This week" });
  const text = (await line.textContent()) ?? "";
  const km = /([\d.]+) km/.exec(text)?.[1];
  const runs = /(\d+) runs?\b/.exec(text)?.[1] ?? (/no runs/.test(text) ? "0" : undefined);
  if (km === undefined || runs === undefined) throw new Error(`unreadable week line: ${text}`);
  return { km: Number(km), runs: Number(runs) };
}

async function addRun(page: Page, { km, minutes, pain }: { km: string; minutes: string; pain: string }) {
  const form = runForm(page);
  await form.getByLabel("Distance (km)").fill(km);
  await form.getByLabel("Time (minutes, or h:mm)").fill(minutes);
  await scale(page, "Pain during the run").getByRole("radio", { name: pain, exact: true }).check();
  await form.getByRole("button", { name: "Save run" }).click();
}

test.describe("run log", () => {
  test("on a phone, a patient logs two runs on the same day, sees both listed, and this week's distance includes both", async ({ fresh }) => {
    // Patients of each test's own: the week's totals are read before and after, so no one else may add runs.
    const me = (await fresh.portalPatient({ firstName: "Rory" })).page;
    await me.setViewportSize({ width: 390, height: 844 });

    await me.goto("/my/history");
    await expect(me.getByRole("heading", { name: "Running each week" })).toBeVisible();
    const before = await thisWeek(me);

    await me.goto("/my/log");
    await expect(me.getByRole("heading", { name: "Runs", exact: true })).toBeVisible();
    const day = await runForm(me).getByLabel("Day of the run").inputValue();
    expect(day).toMatch(/^\d{4}-\d{2}-\d{2}$/);

    // Bad input first: an absurd distance is refused, nothing is saved, and what was typed stays.
    await addRun(me, { km: "4200", minutes: "25", pain: "2" });
    await expect(runForm(me).getByRole("alert").filter({ hasText: "Nothing was saved" })).toBeVisible();
    await expect(runForm(me).getByLabel("Distance (km)")).toHaveAccessibleDescription(/more than 150 km/);
    await expect(runForm(me).getByLabel("Distance (km)")).toHaveValue("4200");
    await expect(runForm(me).getByLabel("Time (minutes, or h:mm)")).toHaveValue("25");

    await addRun(me, { km: "3,1", minutes: "20", pain: "2" });
    await expect(me.getByRole("status").filter({ hasText: "Run saved: 3.1 km in 20 min" })).toBeVisible();
    // The form is fresh again for the next run.
    await expect(runForm(me).getByLabel("Distance (km)")).toHaveValue("");

    await addRun(me, { km: "4.2", minutes: "27", pain: "1" });
    await expect(me.getByRole("status").filter({ hasText: "Run saved: 4.2 km in 27 min" })).toBeVisible();

    const todaysRuns = me.getByRole("region", { name: /^Today/ }).getByRole("listitem");
    await expect(todaysRuns.filter({ hasText: "3.1 km in 20 min" })).toHaveCount(1);
    await expect(todaysRuns.filter({ hasText: "4.2 km in 27 min" })).toHaveCount(1);
    await expect(me.getByRole("button", { name: /^Delete the 3\.1 km in 20 min run on .* \(run \d of \d\)$/ })).toBeVisible();

    await me.goto("/my/history");
    const after = await thisWeek(me);
    expect(after.runs).toBe(before.runs + 2);
    expect(after.km).toBeCloseTo(before.km + 7.3, 2);
  });

  test("deleting a run asks first, and Cancel keeps it (keyboard only)", async ({ fresh }) => {
    const me = (await fresh.portalPatient({ firstName: "Dana" })).page;
    await me.setViewportSize({ width: 390, height: 844 });
    await me.goto("/my/log");
    await addRun(me, { km: "2.7", minutes: "18", pain: "1" });
    await expect(me.getByRole("status").filter({ hasText: "Run saved: 2.7 km in 18 min" })).toBeVisible();

    const item = me.getByRole("listitem").filter({ hasText: "2.7 km in 18 min" });
    const remove = item.getByRole("button", { name: /^Delete the 2\.7 km in 18 min run/ });
    await remove.focus();
    await me.keyboard.press("Enter");
    const dialog = me.getByRole("alertdialog", { name: "Delete this run?" });
    await expect(dialog).toBeVisible();
    await me.keyboard.press("Escape");
    await expect(dialog).toBeHidden();
    await expect(item).toHaveCount(1);

    await remove.click();
    await dialog.getByRole("button", { name: "Delete run" }).click();
    await expect(dialog).toBeHidden();
    await expect(me.getByRole("listitem").filter({ hasText: "2.7 km in 18 min" })).toHaveCount(0);
  });

  test("staff have no run form: /my/log is not theirs", async ({ as }) => {
    const maya = await as("therapist");
    await maya.goto("/my/log");
    await expect(maya.getByRole("form", { name: "Add a run" })).toHaveCount(0);
  });
});
