import { expect, test } from "./fixtures";
import { storageStatePath } from "./personas";

test.describe("exercise drawings", () => {
  test("Sam, on a phone, opens 'How to do it' for the clam shell and sees its start and end drawings with their alt text", async ({ browser, fresh }) => {
    // Read-only: Sam's demo plan is only looked at.
    const context = fresh.track(await browser.newContext({ storageState: storageStatePath("patientA"), viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true }));
    const sam = await context.newPage();
    await sam.goto("/my");
    const card = sam.getByRole("article").filter({ has: sam.getByRole("heading", { name: "Clam shell" }) });
    const start = card.getByRole("img", { name: "Start: Lying on your side, head on your arm, hips and knees bent, feet together" });
    const end = card.getByRole("img", { name: "End: Top knee lifted open, feet still touching" });
    await expect(start).toBeHidden();

    await card.getByText("How to do it").click();
    await expect(start).toBeVisible();
    await expect(end).toBeVisible();
    await expect(card.getByText("Start", { exact: true })).toBeVisible();
    // Legible on a phone: the pair fills the card, each frame well over a thumbnail's width.
    const box = await start.boundingBox();
    expect(box?.width ?? 0).toBeGreaterThan(130);
    await sam.screenshot({ path: "test-results/drawings-portal-phone.png", fullPage: false });
  });
});
