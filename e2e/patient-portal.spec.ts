import type { Page } from "@playwright/test";
import { addDays, todayIso } from "@/lib/dates";
import { formatDate } from "@/lib/format";
import { expect, test } from "./fixtures";

const today = todayIso();

/** A patient's record id, read from the therapist's patient table (patients never see ids). */
async function patientIdOf(maya: Page, name: string): Promise<string> {
  await maya.goto(`/patients?scope=all&q=${encodeURIComponent(name)}`);
  const href = await maya.getByRole("link", { name }).getAttribute("href");
  const id = href?.split("/patients/")[1]?.split(/[?/]/)[0];
  if (!id) throw new Error(`no record link for ${name}`);
  return id;
}

const scale = (page: Page, legend: string) => page.getByRole("group", { name: legend, exact: true });

test.describe("patient portal", () => {
  test("a patient ticks an exercise on /my, by mouse and by keyboard, and the tick is saved", async ({ fresh }) => {
    // A patient of the test's own, on the same template as Sam: ticks change what "done today" counts.
    const patient = await fresh.portalPatient({ firstName: "Tara", protocol: "Runner's knee, phase 1" });
    const me = patient.page;
    await me.goto("/my");
    await expect(me.getByRole("heading", { name: "Hello, Tara" })).toBeVisible();
    await expect(me.getByRole("heading", { name: "Today's exercises" })).toBeVisible();
    await expect(me.getByText("Runner's knee, phase 1")).toBeVisible();
    await expect(me.getByText("Maya Okafor")).toBeVisible();

    const tick = me.getByRole("checkbox", { name: "Done today, Clam shell" });
    const count = me.getByText(/^\d+ of 7 done today$/);
    await expect(tick).not.toBeChecked();
    await expect(count).toHaveText("0 of 7 done today");

    await tick.click();
    await expect(tick).toBeChecked();
    await expect(count).toHaveText("1 of 7 done today");
    await me.reload();
    await expect(tick).toBeChecked();

    // Back again with the keyboard only: Space on the focused checkbox.
    await tick.focus();
    await me.keyboard.press("Space");
    await expect(count).toHaveText("0 of 7 done today");
    await me.reload();
    await expect(tick).not.toBeChecked();

    // Instructions stay folded away until asked for.
    const card = me.getByRole("article").filter({ has: me.getByRole("heading", { name: "Clam shell" }) });
    await expect(card.getByText(/open the top knee like a clam shell/)).toBeHidden();
    await card.getByText("How to do it").click();
    await expect(card.getByText(/open the top knee like a clam shell/)).toBeVisible();
  });

  test("a patient logs today's pain, sees the confirmation, and finds it on /my and /my/history; a forged patient id goes nowhere", async ({ as, fresh }) => {
    const maya = await as("therapist");
    const jordanId = await patientIdOf(maya, "Jordan Lee");

    // A patient of the test's own: Sam's demo logs stay as seeded for the tests that read them.
    const patient = await fresh.portalPatient({ firstName: "Lina", protocol: "Runner's knee, phase 1" });
    const me = patient.page;
    await me.goto("/my/log");
    await expect(me.getByLabel("Date")).toHaveValue(today);
    await scale(me, "Pain at rest").getByRole("radio", { name: "1", exact: true }).check();
    await scale(me, "Pain during exercise").getByRole("radio", { name: "2", exact: true }).check();
    await scale(me, "Pain on waking").getByRole("radio", { name: "1", exact: true }).check();
    await expect(scale(me, "Pain at rest").getByRole("radio")).toHaveCount(11);
    await me.getByRole("checkbox", { name: "Stairs" }).check();
    await me.getByLabel("Note").fill("Easy jog, knee fine");
    // A tampered form: the server must take the patient from the session, not from this field.
    await me.locator("form").filter({ has: me.getByRole("button", { name: "Save log" }) }).evaluate((form, id) => {
      const input = document.createElement("input");
      Object.assign(input, { type: "hidden", name: "patientId", value: id });
      form.appendChild(input);
    }, jordanId);
    await me.getByRole("button", { name: "Save log" }).click();

    const status = me.getByRole("status").filter({ hasText: "Log saved" });
    await expect(status).toBeVisible();
    await expect(status).toContainText(`Log saved for ${formatDate(today)}`);
    await expect(me.getByLabel("Note")).toHaveValue("Easy jog, knee fine");

    // Saving the same day again updates that log rather than adding a second one.
    await scale(me, "Pain at rest").getByRole("radio", { name: "1", exact: true }).check();
    await me.getByRole("button", { name: "Save log" }).click();
    await expect(me.getByRole("status").filter({ hasText: "Log saved" })).toContainText("updated");

    await me.goto("/my");
    await expect(me.getByRole("heading", { name: "Logged today" })).toBeVisible();

    await me.goto("/my/history");
    await expect(me.getByRole("heading", { name: "Pain trend" })).toBeVisible();
    await expect(me.locator(".recharts-line")).toHaveCount(3);
    await me.getByText("Show as table").click();
    const row = me.getByRole("row", { name: new RegExp(`^${formatDate(today)}`) });
    await expect(row.getByRole("cell")).toHaveText(["1", "2", "1", /Edit/]);
    await expect(me.getByRole("row", { name: /Edit log for/ })).toHaveCount(1);
    await expect(me.getByRole("heading", { name: "Exercises done each week" })).toBeVisible();
    await expect(me.getByText(/sessions \(\d+%\)/).first()).toBeVisible();

    // Jordan's record got nothing: his newest log is still over a week old.
    const jordan = await as("patientB");
    await jordan.goto("/my");
    await expect(jordan.getByRole("heading", { name: "How is your knee today?" })).toBeVisible();
  });

  test("an invalid log shows messages beside the fields, keeps the input, and saves nothing", async ({ as }) => {
    const sam = await as("patientA");
    // A day before the plan started, with no log yet: the form opens blank.
    const emptyDay = addDays(today, -50);
    const tomorrow = addDays(today, 1);
    await sam.goto(`/my/log?date=${emptyDay}`);
    await expect(sam.getByLabel("Date")).toHaveValue(emptyDay);
    await expect(scale(sam, "Pain at rest").getByRole("radio", { checked: true })).toHaveCount(0);

    await sam.getByLabel("Date").fill(tomorrow);
    await scale(sam, "Pain during exercise").getByRole("radio", { name: "4", exact: true }).check();
    await sam.getByRole("checkbox", { name: "Kneeling" }).check();
    await sam.getByLabel("Note").fill("kept note");
    await sam.getByRole("button", { name: "Save log" }).click();

    await expect(sam.getByRole("alert").filter({ hasText: "Please correct the highlighted fields. Nothing was saved." })).toBeVisible();
    await expect(scale(sam, "Pain at rest")).toContainText("Choose your pain at rest, from 0 to 10");
    await expect(sam.getByRole("status").filter({ hasText: "Log saved" })).toHaveCount(0);
    await expect(sam.getByLabel("Date")).toHaveValue(tomorrow);
    await expect(scale(sam, "Pain during exercise").getByRole("radio", { name: "4", exact: true })).toBeChecked();
    await expect(sam.getByRole("checkbox", { name: "Kneeling" })).toBeChecked();
    await expect(sam.getByLabel("Note")).toHaveValue("kept note");

    // With pain at rest chosen, the date is checked in the clinic's time zone: tomorrow is refused.
    await scale(sam, "Pain at rest").getByRole("radio", { name: "2", exact: true }).check();
    await sam.getByRole("button", { name: "Save log" }).click();
    await expect(sam.getByLabel("Date", { exact: true })).toHaveAccessibleDescription(/The date cannot be in the future/);
    await expect(sam.getByLabel("Note")).toHaveValue("kept note");
    await expect(sam.getByRole("status").filter({ hasText: "Log saved" })).toHaveCount(0);

    await sam.goto(`/my/log?date=${emptyDay}`);
    await expect(sam.getByText("You already logged")).toHaveCount(0);
    await sam.goto("/my/history");
    await sam.getByText("Show as table").click();
    await expect(sam.getByRole("row", { name: new RegExp(`^${formatDate(emptyDay)}`) })).toHaveCount(0);
    await expect(sam.getByRole("row", { name: new RegExp(`^${formatDate(tomorrow)}`) })).toHaveCount(0);
  });

  test("Sam's plan page links his own PDF handout, which Jordan cannot fetch", async ({ as }) => {
    const sam = await as("patientA");
    await sam.goto("/my/plan");
    // The library's groups in order; Sam's balance work sits with the standing hip exercises.
    await expect(sam.getByRole("heading", { level: 2 }).filter({ hasText: /strengthening|Flexibility/ })).toHaveText([
      "Hip strengthening, lying", "Hip strengthening, standing", "Thigh (quadriceps) strengthening", "Flexibility",
    ]);
    await expect(sam.getByRole("listitem").filter({ hasText: "Some pain while you exercise" })).toContainText(/up to 5 out of 10/);
    const href = await sam.getByRole("link", { name: "Download as PDF" }).getAttribute("href");
    expect(href).toMatch(/^\/protocols\/[0-9a-f-]{36}\/pdf$/);
    const own = await sam.request.get(href as string);
    expect(own.status()).toBe(200);
    expect(own.headers()["content-type"]).toContain("application/pdf");

    const jordan = await as("patientB");
    const foreign = await jordan.request.get(href as string, { maxRedirects: 0 });
    expect(foreign.status()).toBe(404);
  });

  test("Jordan sees only his own plan and logs, and staff pages send him home", async ({ as }) => {
    const maya = await as("therapist");
    const samId = await patientIdOf(maya, "Sam Rivera");

    const jordan = await as("patientB");
    await jordan.goto("/my");
    await expect(jordan.getByRole("heading", { name: "Hello, Jordan" })).toBeVisible();
    await expect(jordan.getByText("Leo Martins")).toBeVisible();
    await expect(jordan.getByText(/Sam Rivera|Maya Okafor|Hello, Sam/)).toHaveCount(0);
    await expect(jordan.getByRole("checkbox", { name: /^Done today, / })).toHaveCount(7);

    await jordan.goto("/my/plan");
    await expect(jordan.getByText("Leo Martins")).toBeVisible();
    await expect(jordan.getByText("Left leg").first()).toBeVisible();
    await expect(jordan.getByText("Right leg")).toHaveCount(0);

    await jordan.goto("/my/history");
    await jordan.getByText("Show as table").click();
    // His five seeded logs and none of Sam's (Sam's demo logs run to today), nor any of the logs other tests save.
    await expect(jordan.getByRole("row", { name: /Edit log for/ })).toHaveCount(5);
    await expect(jordan.getByRole("row", { name: new RegExp(`^${formatDate(today)}`) })).toHaveCount(0);

    for (const url of [`/patients/${samId}`, "/patients", "/dashboard"]) {
      await jordan.goto(url);
      await expect(jordan).toHaveURL(/\/my$/);
    }
  });

  test("/my reads well on a phone", async ({ as }) => {
    const sam = await as("patientA");
    await sam.setViewportSize({ width: 390, height: 844 });
    await sam.goto("/my");
    await expect(sam.getByRole("heading", { name: "Hello, Sam" })).toBeVisible();
    // Nothing wider than the screen: no sideways scrolling on a phone.
    expect(await sam.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    const tickBox = await sam.getByRole("checkbox", { name: "Done today, Clam shell" }).locator("xpath=..").boundingBox();
    expect(tickBox?.height ?? 0).toBeGreaterThanOrEqual(44);
    await sam.screenshot({ path: "/tmp/my-phone.png" });
    await sam.screenshot({ path: "/tmp/my-phone-full.png", fullPage: true });
    await sam.goto("/my/log");
    await scale(sam, "Pain at rest").getByRole("radio", { name: "3", exact: true }).focus();
    await scale(sam, "Pain at rest").screenshot({ path: "/tmp/my-phone-scale-focus.png" });
    for (const path of ["/my/log", "/my/plan", "/my/history"]) {
      await sam.goto(path);
      await expect(sam.getByRole("heading", { level: 1 })).toBeVisible();
      expect(await sam.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
      await sam.screenshot({ path: `/tmp/my-phone${path.replace("/my", "").replace("/", "-")}.png`, fullPage: true });
    }
  });
});
