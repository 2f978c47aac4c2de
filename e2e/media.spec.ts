import { tinyPng } from "@/lib/testing/sample-media";
import { expect, test, uniqueTag } from "./fixtures";

/**
 * Issue 12: a clinic's own picture for a custom exercise, uploaded by its therapist, seen by the
 * patient it is prescribed to on a phone, and a 404 for another clinic's therapist.
 */
test("a therapist's picture reaches the patient's phone, and no other clinic", async ({ as, fresh }) => {
  test.setTimeout(90_000);
  const maya = await as("therapist");
  const name = `Slow step-down ${uniqueTag()}`;
  const alt = "Side view: the front knee stays over the toes as the other heel lowers to the floor";

  await maya.goto("/exercises/new");
  await maya.getByLabel("Name").fill(name);
  await maya.getByLabel("Target").fill("Quadriceps");
  await maya.getByLabel("Instructions").fill("Stand on a low step and lower the other heel slowly.");
  await maya.getByLabel("Sets").fill("3");
  await maya.getByLabel("Reps").fill("8");
  await maya.getByLabel("Times per week").fill("3");
  await maya.getByRole("button", { name: "Save exercise" }).click();
  await maya.getByRole("article", { name }).getByRole("link", { name: `Edit ${name}` }).click();
  await expect(maya.getByRole("heading", { level: 1, name: `Edit ${name}` })).toBeVisible();
  const editPath = new URL(maya.url()).pathname;
  fresh.archiveWhenDone("exercise", maya.url());

  // A renamed file says why it was refused.
  const media = maya.getByRole("region", { name: "Picture or video" });
  await media.getByLabel("Picture or video").setInputFiles({ name: "knee.png", mimeType: "image/png", buffer: Buffer.from("not really a picture") });
  await media.getByLabel("Description of the picture (alt text)").fill(alt);
  await media.getByRole("button", { name: "Upload" }).click();
  await expect(media.getByRole("alert")).toContainText("is not a PNG, JPEG or WebP picture");

  await media.getByLabel("Picture or video").setInputFiles({ name: "knee.png", mimeType: "image/png", buffer: tinyPng() });
  await media.getByRole("button", { name: "Upload" }).click();
  await expect(media.getByRole("status")).toHaveText("Picture saved.");
  const picture = media.getByRole("img", { name: alt });
  await expect(picture).toBeVisible();
  const src = await picture.getAttribute("src");
  expect(src).toMatch(/^\/media\/[0-9a-f-]{36}$/);

  const patient = await fresh.portalPatient({ firstName: "Noor" });
  await maya.goto(`${patient.recordPath}/protocol`);
  await maya.getByRole("link", { name: "Start from Runner's knee, phase 1" }).click();
  await maya.getByLabel("Exercise to add").selectOption({ label: `${name} (your clinic)` });
  // The builder's picker previews the clinic's own picture, as it previews a built-in's drawing.
  await expect(maya.getByRole("img", { name: alt })).toBeVisible();
  await maya.getByRole("button", { name: "Add exercise" }).click();
  await maya.getByRole("button", { name: "Start protocol" }).click();
  await expect(maya.getByRole("status").filter({ hasText: "Saved version 1." })).toBeVisible();

  const phone = patient.page;
  await phone.setViewportSize({ width: 390, height: 844 });
  await phone.goto("/my/plan");
  const card = phone.getByRole("article").filter({ has: phone.getByRole("heading", { name }) });
  const seen = card.getByRole("img", { name: alt });
  await expect(seen).toBeVisible();
  // Loaded, not a broken image: the browser decoded the 1x1 picture.
  expect(await seen.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBe(1);
  const own = await phone.request.get(src ?? "");
  expect(own.status()).toBe(200);
  expect(own.headers()["cache-control"]).toContain("no-store");

  const harbor = await as("harborTherapist");
  const foreign = await harbor.request.get(src ?? "");
  expect(foreign.status()).toBe(404);

  // Removing asks first; Escape (keyboard) backs out with nothing changed.
  await maya.goto(editPath);
  const section = maya.getByRole("region", { name: "Picture or video" });
  await section.getByRole("button", { name: "Remove picture" }).click();
  const confirm = maya.getByRole("alertdialog", { name: `Remove the picture of ${name}?` });
  await expect(confirm).toBeVisible();
  await maya.keyboard.press("Escape");
  await expect(confirm).toBeHidden();
  await expect(section.getByRole("img", { name: alt })).toBeVisible();

  await section.getByRole("button", { name: "Remove picture" }).click();
  await confirm.getByRole("button", { name: "Remove picture" }).click();
  await expect(confirm).toBeHidden();
  await expect(section.getByText("No picture or video yet.")).toBeVisible();
  await expect(section.getByRole("img", { name: alt })).toHaveCount(0);
  await maya.screenshot({ path: "test-results/media-removed-desktop.png", fullPage: true });

  // Gone everywhere: the URL answers 404 to staff and patient, and the patient's plan shows no picture.
  expect((await maya.request.get(src ?? "")).status()).toBe(404);
  expect((await phone.request.get(src ?? "")).status()).toBe(404);
  await phone.reload();
  await expect(card.getByRole("heading", { name })).toBeVisible();
  await expect(card.getByRole("img", { name: alt })).toHaveCount(0);
  await maya.goto("/exercises");
  await expect(maya.getByRole("article", { name }).getByRole("img", { name: alt })).toHaveCount(0);
});
