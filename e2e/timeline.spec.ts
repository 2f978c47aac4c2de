import path from "node:path";
import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";

/** Sam's record (demo persona data: only read here). */
async function samRecordPath(maya: Page): Promise<string> {
  await maya.goto("/patients?scope=all&q=Sam+Rivera");
  const href = await maya.getByRole("link", { name: "Sam Rivera" }).getAttribute("href");
  if (!href?.startsWith("/patients/")) throw new Error("no record link for Sam Rivera");
  return href;
}

// Screenshots for a person to look at; TIMELINE_SHOTS_DIR keeps them outside the test output.
const shot = (name: string, outputPath: (n: string) => string) => (process.env.TIMELINE_SHOTS_DIR ? path.join(process.env.TIMELINE_SHOTS_DIR, name) : outputPath(name));

test("Maya reads Sam's timeline: drawn panels, the text alternative and the table, on a desktop and a phone", async ({ as }, testInfo) => {
  const maya = await as("therapist");
  await maya.setViewportSize({ width: 1280, height: 900 });
  await maya.goto(await samRecordPath(maya));

  const timeline = maya.getByRole("region", { name: "Timeline", exact: true });
  await expect(timeline).toBeVisible();
  // Four panels on one axis; the pain panel has the three series, the 14-day reference and the baseline.
  await expect(timeline.locator(".recharts-wrapper")).toHaveCount(4);
  await expect(timeline.locator(".recharts-wrapper").first().locator("path.recharts-line-curve")).toHaveCount(5);
  await expect(timeline.locator("svg").getByText("v2", { exact: true }).first()).toBeVisible();
  await expect(timeline.locator("figcaption")).toContainText(/Timeline, in words: From .* pain logs on a 0 to 10 scale\..*AKPS \(0 to 100, higher is better\): 58 on .*, 76 on .*; latest \+18 on the baseline of 58, a meaningful improvement.*Events: protocol versions v1 on .*, v2 on /);

  await timeline.getByText("Timeline as a table").click();
  const byDate = timeline.getByRole("table", { name: "Pain readings with the 14-day reference, AKPS scores and events, by date" });
  await expect(byDate).toBeVisible();
  await expect(byDate.getByRole("row").filter({ hasText: /Protocol v2 by Maya Okafor: .*->/ })).toHaveCount(1);
  await expect(byDate.getByRole("row").filter({ hasText: /\d+\/10/ }).first()).toBeVisible();
  await expect(timeline.getByRole("table", { name: "Running distance and exercise adherence, by week" }).getByRole("row").filter({ hasText: /\d+% \(\d+ of \d+ sessions, v/ }).first()).toBeVisible();

  // One pain chart on the record: the review keeps its references and logs, not a second chart.
  await expect(maya.getByRole("region", { name: "Pain references" }).locator(".recharts-wrapper")).toHaveCount(0);

  await timeline.getByText("Timeline as a table").click(); // closed again, so the shot shows the drawing
  await maya.mouse.move(0, 0); // no tooltip left over from the clicks
  await timeline.screenshot({ path: shot("timeline-desktop.png", (n) => testInfo.outputPath(n)) });
  // A phone opens the page at its own width (the drawing then starts scrolled to the latest weeks).
  await maya.setViewportSize({ width: 390, height: 844 });
  await maya.reload();
  await expect(timeline.locator(".recharts-wrapper").first().locator("path.recharts-line-curve")).toHaveCount(5);
  // The page does not scroll sideways on a phone: only the drawing does, inside its own region.
  expect(await maya.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await timeline.screenshot({ path: shot("timeline-phone.png", (n) => testInfo.outputPath(n)) });
});
