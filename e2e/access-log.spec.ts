import { expect, test } from "./fixtures";

test("a patient sees who at the clinic opened their record, and not their own downloads", async ({ as }) => {
  test.slow(); // the first PDF a fresh server renders loads the PDF renderer
  const maya = await as("therapist");
  await maya.goto("/patients?scope=all&q=Sam+Rivera");
  await maya.getByRole("link", { name: "Sam Rivera" }).click();
  await expect(maya.getByRole("heading", { level: 1, name: "Sam Rivera" })).toBeVisible();

  const sam = await as("patientA");
  // Sam's own PDF download is audited for the clinic, but it is not someone seeing his record.
  await sam.goto("/my/plan");
  await Promise.all([sam.waitForEvent("download"), sam.getByRole("link", { name: /Download as PDF/ }).click()]);
  await sam.goto("/my");
  await sam.getByRole("link", { name: "Who has seen my record" }).click();
  await expect(sam.getByRole("heading", { name: "Who has seen my record" })).toBeVisible();
  await expect(sam.getByRole("listitem").first()).toContainText("Maya Okafor (therapist) opened your record");
  await expect(sam.getByRole("main").getByText("Sam Rivera")).toHaveCount(0);

  // Jordan's list is his own: Maya opening Sam's record is not in it.
  const jordan = await as("patientB");
  await jordan.goto("/my/access");
  await expect(jordan.getByText("Maya Okafor (therapist) opened your record")).toHaveCount(0);
});
