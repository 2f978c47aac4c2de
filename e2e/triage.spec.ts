import type { Page } from "@playwright/test";
import { addDays } from "@/lib/dates";
import { formatDate } from "@/lib/format";
import { expect, test } from "./fixtures";

const scale = (page: Page, legend: string) => page.getByRole("group", { name: legend, exact: true });

/** Saves the daily log for `day` (today or earlier) from /my/log, as the patient would. */
async function logPain(page: Page, day: string, pain: { rest: number; exercise?: number; waking?: number }) {
  await page.goto(`/my/log?date=${day}`);
  await expect(page.getByLabel("Date", { exact: true })).toHaveValue(day);
  await scale(page, "Pain at rest").getByRole("radio", { name: String(pain.rest), exact: true }).check();
  if (pain.exercise !== undefined) await scale(page, "Pain during exercise").getByRole("radio", { name: String(pain.exercise), exact: true }).check();
  if (pain.waking !== undefined) await scale(page, "Pain on waking").getByRole("radio", { name: String(pain.waking), exact: true }).check();
  await page.getByRole("button", { name: "Save log" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Log saved" })).toBeVisible();
}

/** Sam's record path, found the way Maya would find it. */
async function samRecordPath(maya: Page): Promise<string> {
  await maya.goto(`/patients?scope=all&q=${encodeURIComponent("Sam Rivera")}`);
  await maya.getByRole("link", { name: "Sam Rivera" }).click();
  await expect(maya).toHaveURL(/\/patients\/[0-9a-f-]{36}$/);
  return new URL(maya.url()).pathname;
}

test.describe("triage and the therapist's review", () => {
  test("a patient's 8/10 exercise log raises a stored flag on Maya's dashboard that stays until reviewed", async ({ as, fresh }) => {
    // A patient of the test's own, on Sam's template, with three calm days before today: a recent level
    // for the "pain up" rule to compare with. (Sam's demo flags and logs stay as seeded.)
    const patient = await fresh.portalPatient({ firstName: "Theda", protocol: "Runner's knee, phase 1" });
    const me = patient.page;
    await me.goto("/my/log");
    const today = await me.getByLabel("Date", { exact: true }).inputValue();
    for (const back of [3, 2, 1]) await logPain(me, addDays(today, -back), { rest: 3, exercise: 2, waking: 2 });

    await me.goto("/my/log");
    await expect(me.getByLabel("Date", { exact: true })).toHaveValue(today);
    await me.getByRole("group", { name: "Pain at rest" }).getByRole("radio", { name: "3", exact: true }).check();
    await me.getByRole("group", { name: "Pain during exercise" }).getByRole("radio", { name: "8", exact: true }).check();
    await me.getByRole("group", { name: "Pain on waking" }).getByRole("radio", { name: "2", exact: true }).check();
    await me.getByRole("button", { name: "Save log" }).click();
    await expect(me.getByRole("status").filter({ hasText: "Log saved" })).toBeVisible();
    // The pain-monitoring model's advice, in plain words; never the flag itself.
    await expect(me.getByRole("status").filter({ hasText: "Go easier for now" })).toContainText("Keep your next session lighter");
    await expect(me.getByText("Exercise pain above 5/10")).toHaveCount(0);

    // A calm re-save of the same day does not take the flag away: it is an event.
    await me.getByRole("group", { name: "Pain during exercise" }).getByRole("radio", { name: "2", exact: true }).check();
    await me.getByRole("button", { name: "Save log" }).click();
    await expect(me.getByRole("status").filter({ hasText: "updated" })).toBeVisible();

    const maya = await as("therapist");
    await maya.goto("/dashboard");
    await expect(maya.getByRole("link", { name: "My patients" })).toHaveAttribute("aria-current", "page");
    const queue = maya.getByRole("list", { name: "Open flags, most urgent first" });
    const theirs = queue.getByRole("listitem").filter({ hasText: patient.name });
    const flag = theirs.filter({ hasText: "Exercise pain above 5/10" }).filter({ hasText: `Pain during exercise was 8/10 on ${formatDate(today)}` });
    // The same log is also well above the patient's recent level: a second rule, a second flag.
    await expect(theirs.filter({ hasText: "Pain up on recent level" }).filter({ hasText: `Pain during exercise was 8/10 on ${formatDate(today)}` })).toHaveCount(1);
    await expect(flag).toHaveCount(1);
    await expect(flag).toContainText("Review");
    await expect(flag).toContainText("above the 5/10 the pain-monitoring model accepts.");
    await expect(flag.getByRole("link", { name: patient.name })).toHaveAttribute("href", `${patient.recordPath}#flags`);

    await flag.getByText("Add a note (optional)").click();
    await flag.getByLabel("Review note").fill(`Asked ${patient.firstName} to drop the step-downs this week.`);
    await flag.getByRole("button", { name: /^Mark reviewed/ }).click();
    await expect(maya.getByRole("status").filter({ hasText: `Marked reviewed: exercise pain above 5/10 for ${patient.name}.` })).toBeVisible();
    await expect(flag).toHaveCount(0);
    await maya.reload();
    await expect(maya.getByRole("listitem").filter({ hasText: patient.name }).filter({ hasText: "Exercise pain above 5/10" })).toHaveCount(0);
    // The other flag of that log is still open: reviewing one flag leaves the rest.
    await expect(theirs.filter({ hasText: "Pain up on recent level" })).toHaveCount(1);

    // The whole clinic's view, and the recent logs (newest first), scoped to Riverside.
    await maya.getByRole("link", { name: "All patients" }).click();
    await expect(maya).toHaveURL(/\/dashboard\?scope=all$/);
    const recent = maya.getByRole("list", { name: "The 10 most recent pain logs" });
    await expect(recent.getByRole("listitem").first()).toContainText(formatDate(today));
    await expect(recent.getByRole("listitem").filter({ hasText: `${patient.name}${formatDate(today)}` })).toHaveCount(1);
    await expect(maya.getByText("Kim Tanaka")).toHaveCount(0);
  });

  test("a red flag on a phone: the patient is told to call; Maya sees it urgent, reviews all of the patient's flags with a note, and they move to the history", async ({ as, fresh }) => {
    // A patient of the test's own with an older open flag (exercise pain 7/10 yesterday), so "all" is more than one.
    const patient = await fresh.portalPatient({ firstName: "Remy", protocol: "Runner's knee, phase 1" });
    const me = patient.page;
    await me.goto("/my/log");
    const today = await me.getByLabel("Date", { exact: true }).inputValue();
    await logPain(me, addDays(today, -1), { rest: 2, exercise: 7 });

    await me.setViewportSize({ width: 390, height: 844 });
    await me.goto("/my/log");
    await me.getByRole("group", { name: "Pain at rest" }).getByRole("radio", { name: "4", exact: true }).check();
    await me.getByRole("checkbox", { name: "My knee is hot, red or swollen, or I have a fever" }).check();
    await me.getByRole("button", { name: "Save log" }).click();
    const call = me.getByRole("alert").filter({ hasText: "Contact your clinic" });
    await expect(call).toBeVisible();
    await expect(call).toContainText("Please contact Riverside Physio today on +1 555 0100.");
    await me.screenshot({ path: "test-results/red-flag-phone.png", fullPage: true });

    const maya = await as("therapist");
    await maya.goto("/dashboard");
    const queue = maya.getByRole("list", { name: "Open flags, most urgent first" });
    // Most urgent first: an urgent flag heads the queue, and this one is urgent.
    await expect(queue.getByRole("listitem").first()).toContainText("Urgent");
    const red = queue.getByRole("listitem").filter({ hasText: patient.name }).filter({ hasText: "Red flag reported" });
    await expect(red).toContainText("Urgent");
    await expect(red).toContainText("hot, red or swollen knee, or fever");
    await red.getByRole("link", { name: patient.name }).click();

    const panel = maya.getByRole("region", { name: /^Flags: \d+ open$/ });
    const open = panel.getByRole("list", { name: "Open flags for this patient" });
    await expect(open.getByRole("listitem").first()).toContainText("Urgent");
    await expect(open.getByRole("listitem")).toHaveCount(2); // the red flag and yesterday's exercise pain
    const openCount = await open.getByRole("listitem").count();
    await maya.setViewportSize({ width: 1280, height: 900 });
    await panel.screenshot({ path: "test-results/record-flag-panel.png" });
    await panel.getByLabel("Note for all open flags (optional)").fill(`Phoned ${patient.firstName}: seen same day, swelling after a knock. Plan paused.`);
    await panel.getByRole("button", { name: `Mark all ${openCount} reviewed` }).click();
    await expect(maya.getByRole("status").filter({ hasText: `Marked ${openCount} flags reviewed for ${patient.name}.` })).toBeVisible();
    await expect(maya.getByRole("region", { name: "Flags: 0 open" })).toBeVisible();
    const history = maya.getByRole("list", { name: "Reviewed flags, newest first" });
    await expect(history.getByRole("listitem").filter({ hasText: "Red flag reported" }).first()).toContainText(`Phoned ${patient.firstName}: seen same day`);
    await expect(history.getByRole("listitem").filter({ hasText: "Red flag reported" }).first()).toContainText("Reviewed by Maya Okafor");
  });

  test("Maya reviews Sam's record: the timeline chart, the log table and the CSV download", async ({ as }) => {
    const maya = await as("therapist");
    const record = await samRecordPath(maya);

    // The record's timeline (e2e/timeline.spec.ts reads it in full): pain with Sam's versions marked.
    const timeline = maya.getByRole("region", { name: "Timeline", exact: true });
    await expect(timeline.locator(".recharts-wrapper").first().locator("svg path.recharts-line-curve")).toHaveCount(5);
    await expect(timeline.locator(".recharts-wrapper").first().locator("svg").getByText("v1", { exact: true })).toBeVisible();
    await expect(timeline.locator(".recharts-wrapper").first().locator("svg").getByText("v2", { exact: true })).toBeVisible();
    await expect(timeline).toContainText("Timeline, in words:");
    await expect(maya.getByRole("region", { name: "Pain references" })).toBeVisible();

    // The rules' stored suggestions for Sam (demo): two dose changes and the next walk-run stage.
    const suggestions = maya.getByRole("region", { name: "Suggestions" }).getByRole("list", { name: "Suggestions to decide" });
    await expect(suggestions).toContainText("Clam shell 3 x 12 with Light band -> 3 x 14 with Light band");
    await expect(suggestions).toContainText("Walk-run stage 12 -> stage 13");
    await expect(maya.getByRole("region", { name: "Weekly adherence" })).toContainText(/Week of .* sessions \(\d+%\)/);

    const table = maya.getByRole("table", { name: "Pain logs of Sam Rivera" });
    await expect(table.getByRole("row")).toHaveCount(21); // header + 20 a page
    await expect(maya.getByText(/Showing 1-20 of \d+/)).toBeVisible();
    await table.getByRole("link", { name: "Pain during exercise" }).click();
    await expect(maya).toHaveURL(/logSort=exercise\.desc/);
    await maya.getByRole("link", { name: "Next page" }).click();
    await expect(maya).toHaveURL(/logSort=exercise\.desc&logPage=2/);
    await expect(maya.getByText(/Showing 21-/)).toBeVisible();

    await expect(maya.getByRole("link", { name: "Download CSV" })).toHaveAttribute("href", `${record}/logs.csv`);
    const csv = await maya.request.get(`${record}/logs.csv`);
    expect(csv.status()).toBe(200);
    expect(csv.headers()["content-type"]).toBe("text/csv; charset=utf-8");
    expect(csv.headers()["content-disposition"]).toBe('attachment; filename="stride-pain-logs-sam-rivera.csv"');
    expect(csv.headers()["cache-control"]).toBe("no-store");
    const lines = (await csv.text()).replace(/^\uFEFF/, "").trimEnd().split("\r\n");
    expect(lines[0]).toBe("Date,Pain at rest (0-10),Pain during exercise (0-10),Pain next morning (0-10),Aggravating activities,Grinding or clicking,Red flags reported,Note");
    expect(lines.length).toBeGreaterThan(30); // six weeks of logs
    expect(lines.some((l) => l.endsWith(",Stairs at work felt easier today."))).toBe(true);
  });

  test("other clinics and patients are kept out of the record, the CSV and the dashboard", async ({ as }) => {
    const maya = await as("therapist");
    const record = await samRecordPath(maya);

    const ana = await as("harborTherapist");
    const page = await ana.goto(record);
    expect(page?.status()).toBe(404);
    await expect(ana.getByRole("heading", { name: "Page not found" })).toBeVisible();
    await expect(ana.getByText("Sam Rivera")).toHaveCount(0);
    const csv = await ana.request.get(`${record}/logs.csv`);
    expect(csv.status()).toBe(404);
    expect(await csv.text()).not.toContain("Pain at rest");
    await ana.goto("/dashboard");
    await expect(ana.getByText("Sam Rivera")).toHaveCount(0);

    const jordan = await as("patientB");
    await jordan.goto("/dashboard");
    await expect(jordan).toHaveURL(/\/my$/);
    const asPatient = await jordan.request.get(`${record}/logs.csv`, { maxRedirects: 0 });
    expect(asPatient.status()).toBeGreaterThanOrEqual(300);
    expect(asPatient.headers()["content-type"] ?? "").not.toContain("text/csv");
  });
});
