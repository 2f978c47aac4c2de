import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";

/** Finds a seeded patient through the patient table (specs never touch the database) and returns the record URL. */
async function recordUrlOf(page: Page, fullName: string): Promise<string> {
  await page.goto(`/patients?scope=all&q=${encodeURIComponent(fullName)}`);
  await page.getByRole("link", { name: fullName }).click();
  await expect(page).toHaveURL(/\/patients\/[0-9a-f-]{36}$/);
  return new URL(page.url()).pathname;
}

test.describe("protocol builder", () => {
  test("a therapist assigns a protocol from a template, personalises it, saves v1, edits it into v2 and sees the change list", async ({ as, fresh }) => {
    // A patient of the test's own (left knee, no protocol yet), since the test starts and ends one.
    const aisha = await fresh.patient({ firstName: "Aisha", lastName: "Builder", side: "left" });
    const maya = await as("therapist");
    const builderUrl = `${aisha.recordPath}/protocol`;
    await maya.goto(builderUrl);
    await expect(maya.getByRole("heading", { level: 1, name: `New protocol for ${aisha.name}` })).toBeVisible();
    await maya.getByRole("link", { name: "Start from Runner's knee, phase 1" }).click();

    await expect(maya.getByLabel("Title")).toHaveValue("Runner's knee, phase 1");
    // New rows default to the patient's affected side (Aisha: left).
    await expect(maya.getByLabel("Side for Clam shell", { exact: true })).toHaveValue("left");
    await expect(maya.getByRole("button", { name: "Move Clam shell up" })).toBeDisabled();

    // Bad input: a message on the field, everything typed kept, nothing saved.
    await maya.getByLabel("Sets for Clam shell").fill("0");
    await maya.getByLabel("Load for Clam shell").fill("Red band");
    await maya.getByRole("button", { name: "Start protocol" }).click();
    await expect(maya.getByRole("alert").filter({ hasText: "Nothing was saved" })).toBeVisible();
    await expect(maya.getByText("Sets must be a whole number from 1 to 20.")).toBeVisible();
    await expect(maya.getByLabel("Sets for Clam shell")).toHaveAttribute("aria-invalid", "true");
    await expect(maya.getByLabel("Sets for Clam shell")).toHaveValue("0");
    await expect(maya.getByLabel("Load for Clam shell")).toHaveValue("Red band");
    await maya.goto(builderUrl);
    await expect(maya.getByRole("heading", { level: 1, name: `New protocol for ${aisha.name}` })).toBeVisible();
    await maya.getByRole("link", { name: "Start from Runner's knee, phase 1" }).click();

    // Personalise one dose and save v1.
    await maya.getByLabel("Reps for Clam shell").fill("12");
    await maya.getByLabel("Load for Clam shell").fill("Red band");
    await maya.getByLabel("Side for Glute bridge with a band around the thighs", { exact: true }).selectOption("both");
    await maya.getByRole("button", { name: "Start protocol" }).click();
    await expect(maya).toHaveURL(/\/protocol\?saved=1$/);
    await expect(maya.getByRole("status").filter({ hasText: "Saved version 1." })).toBeVisible();
    await expect(maya.getByRole("heading", { level: 1, name: `Edit protocol for ${aisha.name}` })).toBeVisible();
    await expect(maya.getByLabel("Reps for Clam shell")).toHaveValue("12");
    const history = maya.getByRole("region", { name: "Version history" });
    await expect(history.getByRole("listitem")).toHaveText([/v1: started with 7 exercises/]);

    // Edit into v2: a dose, a removal, an addition and a move.
    await maya.getByLabel("Reps for Clam shell").fill("15");
    await maya.getByRole("button", { name: "Remove Foam rolling, front of the thigh" }).click();
    await maya.getByLabel("Exercise to add").selectOption({ label: "Split squat" });
    await maya.getByRole("button", { name: "Add exercise" }).click();
    await maya.getByLabel("Load for Split squat").fill("2 x 4 kg dumbbells");
    await maya.screenshot({ path: "/tmp/stride-protocol-builder.png", fullPage: true });
    await maya.getByRole("button", { name: "Save new version" }).click();

    await expect(maya).toHaveURL(/\/protocol\?saved=2$/);
    await expect(maya.getByRole("status").filter({ hasText: "Saved version 2." })).toBeVisible();
    await expect(history.getByRole("listitem")).toHaveText([
      /v2: Split squat added; Clam shell 3 x 12 -> 3 x 15; Foam rolling, front of the thigh removed$/,
      /v1: started with 7 exercises/,
    ]);
    await history.screenshot({ path: "/tmp/stride-protocol-history.png" });

    // Ending asks first; cancelling changes nothing.
    const endSection = maya.getByRole("region", { name: "End this protocol" });
    await endSection.getByRole("button", { name: "End protocol" }).click();
    const dialog = maya.getByRole("alertdialog", { name: "End “Runner's knee, phase 1”?" });
    await expect(dialog).toContainText("2 versions stay in the record");
    await dialog.getByRole("button", { name: "Cancel" }).click();
    await expect(maya.getByRole("heading", { level: 1, name: `Edit protocol for ${aisha.name}` })).toBeVisible();
    await endSection.getByRole("button", { name: "End protocol" }).click();
    await dialog.getByRole("button", { name: "End protocol" }).click();
    await expect(maya.getByRole("heading", { level: 1, name: `New protocol for ${aisha.name}` })).toBeVisible();
    await expect(maya.getByRole("region", { name: "Ended protocols" })).toContainText("Runner's knee, phase 1");
  });

  test("another clinic gets 404 on a Riverside builder URL, and a patient is sent away", async ({ as }) => {
    const maya = await as("therapist");
    const builderUrl = `${await recordUrlOf(maya, "Sam Rivera")}/protocol`;
    await maya.goto(builderUrl);
    await expect(maya.getByRole("heading", { level: 1, name: "Edit protocol for Sam Rivera" })).toBeVisible();
    expect((await maya.goto("/patients/not-a-uuid/protocol"))?.status()).toBe(404);

    const ana = await as("harborTherapist");
    const response = await ana.goto(builderUrl);
    expect(response?.status()).toBe(404);
    await expect(ana.getByRole("heading", { name: "Page not found" })).toBeVisible();
    await expect(ana.getByText("Sam Rivera")).toHaveCount(0);

    const sam = await as("patientA");
    await sam.goto(builderUrl);
    await expect(sam).toHaveURL(/\/my$/);
  });
});
