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
  test("Sam's high-pain log is flagged on Maya's dashboard with the reason, and leaves the queue once reviewed", async ({ as }) => {
    const sam = await as("patientA");
    await sam.goto("/my/log");
    await sam.getByRole("group", { name: "Pain at rest" }).getByRole("radio", { name: "3", exact: true }).check();
    await sam.getByRole("group", { name: "Pain during exercise" }).getByRole("radio", { name: "8", exact: true }).check();
    await sam.getByRole("group", { name: "Pain the morning after exercise" }).getByRole("radio", { name: "2", exact: true }).check();
    await sam.getByRole("button", { name: "Save log" }).click();
    await expect(sam.getByRole("status").filter({ hasText: "Log saved" })).toBeVisible();
    const today = await sam.getByLabel("Date").inputValue();
    // Patients never see flags or suggestions.
    await expect(sam.getByText("High pain during exercise")).toHaveCount(0);

    const maya = await as("therapist");
    await maya.goto("/dashboard");
    await expect(maya.getByRole("link", { name: "My patients" })).toHaveAttribute("aria-current", "page");
    const queue = maya.getByRole("list", { name: "Flags to review, most urgent first" });
    const flag = queue.getByRole("listitem").filter({ hasText: "Sam Rivera" }).filter({ hasText: "High pain during exercise" });
    await expect(flag).toHaveCount(1);
    await expect(flag).toContainText("Urgent");
    await expect(flag).toContainText(`Pain during exercise was 8/10 on ${formatDate(today)}, above the 5/10 the pain-monitoring model accepts.`);
    await expect(flag).toContainText(`Logs behind this flag: ${formatDate(today)}`);
    await expect(flag.getByRole("link", { name: "Sam Rivera" })).toHaveAttribute("href", /\/patients\/[0-9a-f-]{36}$/);
    // The urgent flag comes first in the queue.
    await expect(queue.getByRole("listitem").first()).toContainText("Urgent");

    await flag.getByRole("button", { name: /^Mark reviewed/ }).click();
    await expect(maya.getByRole("status").filter({ hasText: "Marked reviewed: high pain during exercise for Sam Rivera." })).toBeVisible();
    await expect(flag).toHaveCount(0);
    await maya.reload();
    await expect(maya.getByRole("listitem").filter({ hasText: "Sam Rivera" }).filter({ hasText: "High pain during exercise" })).toHaveCount(0);

    // The whole clinic's view, and the recent logs, scoped to Riverside.
    await maya.getByRole("link", { name: "All patients" }).click();
    await expect(maya).toHaveURL(/\/dashboard\?scope=all$/);
    const recent = maya.getByRole("list", { name: "The 10 most recent pain logs" });
    await expect(recent.getByRole("listitem").first()).toContainText(`Sam Rivera${formatDate(today)}`);
    await expect(recent.getByRole("listitem").first()).toContainText("At rest 3/10 · During exercise 8/10 · Next morning 2/10");
    await expect(maya.getByText("Kim Tanaka")).toHaveCount(0);
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
    expect(lines[0]).toBe("Date,Pain at rest (0-10),Pain during exercise (0-10),Pain next morning (0-10),Aggravating activities,Grinding or clicking,Run distance (km),Longest run (km),Note");
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
