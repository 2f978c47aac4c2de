import type { Page } from "@playwright/test";
import { formatDate } from "@/lib/format";
import { expect, test } from "./fixtures";

/** Sam's record path, found the way Maya would find it. */
async function samRecordPath(maya: Page): Promise<string> {
  await maya.goto(`/patients?scope=all&q=${encodeURIComponent("Sam Rivera")}`);
  await maya.getByRole("link", { name: "Sam Rivera" }).click();
  await expect(maya).toHaveURL(/\/patients\/[0-9a-f-]{36}$/);
  return new URL(maya.url()).pathname;
}

test.describe("triage and the therapist's review", () => {
  test("Sam's 8/10 exercise log raises a stored flag on Maya's dashboard that stays until reviewed", async ({ as }) => {
    const sam = await as("patientA");
    await sam.goto("/my/log");
    await sam.getByRole("group", { name: "Pain at rest" }).getByRole("radio", { name: "3", exact: true }).check();
    await sam.getByRole("group", { name: "Pain during exercise" }).getByRole("radio", { name: "8", exact: true }).check();
    await sam.getByRole("group", { name: "Pain on waking" }).getByRole("radio", { name: "2", exact: true }).check();
    await sam.getByRole("button", { name: "Save log" }).click();
    await expect(sam.getByRole("status").filter({ hasText: "Log saved" })).toBeVisible();
    // The pain-monitoring model's advice, in plain words; never the flag itself.
    await expect(sam.getByRole("status").filter({ hasText: "Go easier for now" })).toContainText("Keep your next session lighter");
    const today = await sam.getByLabel("Date", { exact: true }).inputValue();
    await expect(sam.getByText("Exercise pain above 5/10")).toHaveCount(0);

    // A calm re-save of the same day does not take the flag away: it is an event.
    await sam.getByRole("group", { name: "Pain during exercise" }).getByRole("radio", { name: "2", exact: true }).check();
    await sam.getByRole("button", { name: "Save log" }).click();
    await expect(sam.getByRole("status").filter({ hasText: "updated" })).toBeVisible();

    const maya = await as("therapist");
    await maya.goto("/dashboard");
    await expect(maya.getByRole("link", { name: "My patients" })).toHaveAttribute("aria-current", "page");
    const queue = maya.getByRole("list", { name: "Open flags, most urgent first" });
    const sams = queue.getByRole("listitem").filter({ hasText: "Sam Rivera" });
    const flag = sams.filter({ hasText: "Exercise pain above 5/10" }).filter({ hasText: `Pain during exercise was 8/10 on ${formatDate(today)}` });
    // The same log is also well above Sam's recent level: a second rule, a second flag.
    await expect(sams.filter({ hasText: "Pain up on recent level" }).filter({ hasText: `Pain during exercise was 8/10 on ${formatDate(today)}` })).toHaveCount(1);
    await expect(flag).toHaveCount(1);
    await expect(flag).toContainText("Review");
    await expect(flag).toContainText("above the 5/10 the pain-monitoring model accepts.");
    await expect(flag.getByRole("link", { name: "Sam Rivera" })).toHaveAttribute("href", /\/patients\/[0-9a-f-]{36}#flags$/);

    await flag.getByText("Add a note (optional)").click();
    await flag.getByLabel("Review note").fill("Asked Sam to drop the step-downs this week.");
    await flag.getByRole("button", { name: /^Mark reviewed/ }).click();
    await expect(maya.getByRole("status").filter({ hasText: "Marked reviewed: exercise pain above 5/10 for Sam Rivera." })).toBeVisible();
    await expect(flag).toHaveCount(0);
    await maya.reload();
    await expect(maya.getByRole("listitem").filter({ hasText: "Exercise pain above 5/10" }).filter({ hasText: `Pain during exercise was 8/10 on ${formatDate(today)}` })).toHaveCount(0);

    // The whole clinic's view, and the recent logs, scoped to Riverside.
    await maya.getByRole("link", { name: "All patients" }).click();
    await expect(maya).toHaveURL(/\/dashboard\?scope=all$/);
    const recent = maya.getByRole("list", { name: "The 10 most recent pain logs" });
    await expect(recent.getByRole("listitem").first()).toContainText(`Sam Rivera${formatDate(today)}`);
    await expect(maya.getByText("Kim Tanaka")).toHaveCount(0);
  });

  test("a red flag on a phone: Sam is told to call; Maya sees it urgent, reviews all of Sam's flags with a note, and they move to the history", async ({ as }) => {
    const sam = await as("patientA");
    await sam.setViewportSize({ width: 390, height: 844 });
    await sam.goto("/my/log");
    await sam.getByRole("group", { name: "Pain at rest" }).getByRole("radio", { name: "4", exact: true }).check();
    await sam.getByRole("checkbox", { name: "My knee is hot, red or swollen, or I have a fever" }).check();
    await sam.getByRole("button", { name: "Save log" }).click();
    const call = sam.getByRole("alert").filter({ hasText: "Contact your clinic" });
    await expect(call).toBeVisible();
    await expect(call).toContainText("Please contact Riverside Physio today on +1 555 0100.");
    await sam.screenshot({ path: "test-results/red-flag-phone.png", fullPage: true });

    const maya = await as("therapist");
    await maya.goto("/dashboard");
    const first = maya.getByRole("list", { name: "Open flags, most urgent first" }).getByRole("listitem").first();
    await expect(first).toContainText("Urgent");
    await expect(first).toContainText("Red flag reported");
    await expect(first).toContainText("hot, red or swollen knee, or fever");
    await first.getByRole("link", { name: "Sam Rivera" }).click();

    const panel = maya.getByRole("region", { name: /^Flags: \d+ open$/ });
    const open = panel.getByRole("list", { name: "Open flags for this patient" });
    await expect(open.getByRole("listitem").first()).toContainText("Urgent");
    const openCount = await open.getByRole("listitem").count();
    expect(openCount).toBeGreaterThan(1); // the demo's older open flags stay until reviewed
    await maya.setViewportSize({ width: 1280, height: 900 });
    await panel.screenshot({ path: "test-results/record-flag-panel.png" });
    await panel.getByLabel("Note for all open flags (optional)").fill("Phoned Sam: seen same day, swelling after a knock. Plan paused.");
    await panel.getByRole("button", { name: `Mark all ${openCount} reviewed` }).click();
    await expect(maya.getByRole("status").filter({ hasText: `Marked ${openCount} flags reviewed for Sam Rivera.` })).toBeVisible();
    await expect(maya.getByRole("region", { name: "Flags: 0 open" })).toBeVisible();
    const history = maya.getByRole("list", { name: "Reviewed flags, newest first" });
    await expect(history.getByRole("listitem").filter({ hasText: "Red flag reported" }).first()).toContainText("Phoned Sam: seen same day");
    await expect(history.getByRole("listitem").filter({ hasText: "Red flag reported" }).first()).toContainText("Reviewed by Maya Okafor");
  });

  test("Maya reviews Sam's record: the timeline chart, the log table and the CSV download", async ({ as }) => {
    const maya = await as("therapist");
    const record = await samRecordPath(maya);

    const timeline = maya.getByRole("region", { name: "Pain timeline" });
    await expect(timeline.locator("svg path.recharts-line-curve")).toHaveCount(3);
    // Sam's protocol versions, marked where they start; and the meaningful-change band.
    await expect(timeline.locator(".recharts-reference-line")).toHaveCount(3); // v1, v2 and the baseline itself
    await expect(timeline.locator("svg").getByText("v1", { exact: true })).toBeVisible();
    await expect(timeline.locator("svg").getByText("v2", { exact: true })).toBeVisible();
    await expect(timeline.locator(".recharts-reference-area")).toHaveCount(1);
    await expect(timeline.locator(".recharts-legend-item")).toHaveCount(3);
    await expect(timeline).toContainText("Pain timeline, in words:");
    await timeline.getByText("Show the chart data as a table").click();
    await expect(timeline.getByRole("table", { name: "Pain readings shown in the chart" })).toBeVisible();

    await expect(maya.getByRole("region", { name: "Suggestion for this week" })).toBeVisible();
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
