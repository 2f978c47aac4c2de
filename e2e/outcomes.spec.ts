import type { Locator, Page } from "@playwright/test";
import { AKPS_ITEMS, scoreAkps } from "@/lib/clinical/akps";
import { expect, test } from "./fixtures";

/**
 * Issue 11, AKPS: Maya requests the questionnaire from a fresh patient's record, the patient
 * answers it on a phone (saving halfway, then one refused send with a question left out), and
 * Maya sees the score on the record's Outcomes card and on its timeline.
 */
type Item = (typeof AKPS_ITEMS)[number];
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const question = (page: Page, item: Item): Locator => page.getByRole("group", { name: new RegExp(`${escape(item.label)}$`) });
/** The second option of each item: a knee that troubles the patient a little everywhere. */
const answer = (page: Page, item: Item) => question(page, item).getByRole("radio", { name: item.options[1]?.label ?? "", exact: true }).check();

test("Maya requests an AKPS, the patient answers it on a phone, and Maya sees the score", async ({ fresh, as }) => {
  test.setTimeout(90_000);
  const patient = await fresh.portalPatient({ firstName: "Avery" });
  const maya = await as("therapist");

  await maya.goto(patient.recordPath);
  const card = maya.getByRole("region", { name: "Outcomes" });
  await expect(card).toContainText("No AKPS scores yet.");
  await expect(card).toContainText("Stride proposes: No baseline yet");
  await expect(card.getByLabel("Timepoint")).toHaveValue("baseline");
  await card.getByRole("button", { name: "Request AKPS" }).click();
  await expect(card).toContainText("Requested: Baseline");
  await expect(card).toContainText("0 of 13 answered so far");

  const phone = patient.page;
  await phone.setViewportSize({ width: 390, height: 844 });
  await phone.goto("/my");
  const due = phone.getByRole("region", { name: "Knee questionnaire to answer" });
  await expect(due).toContainText("due today");
  await due.getByRole("link", { name: "Answer the questionnaire" }).click();
  await expect(phone.getByRole("heading", { level: 1, name: "Knee questionnaire" })).toBeVisible();
  await expect(phone.getByText("0 of 13 answered")).toBeVisible();

  // Half now, saved, and still there after leaving the page.
  const [firstHalf, secondHalf] = [AKPS_ITEMS.slice(0, 6), AKPS_ITEMS.slice(6)];
  for (const item of firstHalf) await answer(phone, item);
  await expect(phone.getByText("6 of 13 answered")).toBeVisible();
  await phone.getByRole("button", { name: "Save and finish later" }).click();
  await expect(phone.getByRole("status").filter({ hasText: "Saved: 6 of 13 answered." })).toBeVisible();
  await phone.reload();
  await expect(phone.getByText("6 of 13 answered")).toBeVisible();
  await expect(question(phone, firstHalf[0] as Item).getByRole("radio", { checked: true })).toHaveAccessibleName(firstHalf[0]?.options[1]?.label ?? "");

  // The rest but one: the send is refused on that question, and every other answer stays.
  const [left, ...others] = secondHalf as [Item, ...Item[]];
  for (const item of others) await answer(phone, item);
  await expect(phone.getByText("12 of 13 answered")).toBeVisible();
  await phone.getByRole("button", { name: "Send my answers" }).click();
  await expect(phone.getByRole("alert").filter({ hasText: "One question needs an answer before you can send. Nothing was sent yet." })).toContainText(left.label);
  await expect(question(phone, left)).toContainText("Choose an answer for this question.");
  await expect(phone.getByText("12 of 13 answered")).toBeVisible();
  await expect(question(phone, others.at(-1) as Item).getByRole("radio", { checked: true })).toHaveCount(1);

  await answer(phone, left);
  await expect(phone.getByText("13 of 13 answered")).toBeVisible();
  await phone.getByRole("button", { name: "Send my answers" }).click();
  const score = scoreAkps(Object.fromEntries(AKPS_ITEMS.map((item) => [item.key, 1])));
  await expect(phone).toHaveURL(/\/my\/outcomes\?sent=1$/);
  await expect(phone.getByRole("status").filter({ hasText: "Thank you" })).toContainText(`Your score today is ${score} out of 100.`);
  await expect(phone.getByRole("list", { name: "Your knee scores, newest first" })).toContainText("Your starting score");

  await maya.reload();
  await expect(card.getByRole("row", { name: new RegExp(`Baseline ${score}`) })).toBeVisible();
  await expect(card.getByRole("button", { name: "Request AKPS" })).toBeVisible();
  await expect(card.getByLabel("Timepoint")).toHaveValue("follow-up");

  // The same score on the record's timeline: in words, and as a row of its table.
  const timeline = maya.getByRole("region", { name: "Timeline", exact: true });
  await expect(timeline.locator("figcaption, p").filter({ hasText: "Timeline, in words" }).first()).toContainText(`AKPS (0 to 100, higher is better): ${score} on`);
  await timeline.getByText("Timeline as a table").click();
  const byDate = timeline.getByRole("table", { name: "Pain readings with the 14-day reference, AKPS scores and events, by date" });
  await expect(byDate.getByRole("row").filter({ hasText: String(score) })).toHaveCount(1);
});

test("Maya cancels an open request after confirming, and the patient no longer sees it", async ({ fresh, as }) => {
  const patient = await fresh.portalPatient({ firstName: "Rowan" });
  const maya = await as("therapist");
  await maya.goto(patient.recordPath);
  const card = maya.getByRole("region", { name: "Outcomes" });
  await card.getByRole("button", { name: "Request AKPS" }).click();
  await card.getByRole("button", { name: "Cancel request" }).click();
  await maya.getByRole("alertdialog", { name: "Cancel this questionnaire?" }).getByRole("button", { name: "Cancel the request" }).click();
  await expect(card.getByRole("button", { name: "Request AKPS" })).toBeVisible();
  await patient.page.goto("/my");
  await expect(patient.page.getByRole("heading", { name: `Hello, ${patient.firstName}` })).toBeVisible();
  await expect(patient.page.getByRole("region", { name: "Knee questionnaire to answer" })).toHaveCount(0);
});
