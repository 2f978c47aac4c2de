import { expect, test } from "./fixtures";

test("a patient sees who at the clinic opened their record", async ({ as }) => {
  const maya = await as("therapist");
  await maya.goto("/patients?scope=all&q=Sam+Rivera");
  await maya.getByRole("link", { name: "Sam Rivera" }).click();
  await expect(maya.getByRole("heading", { level: 1, name: "Sam Rivera" })).toBeVisible();

  const sam = await as("patientA");
  await sam.goto("/my");
  await sam.getByRole("link", { name: "Who has seen my record" }).click();
  await expect(sam.getByRole("heading", { name: "Who has seen my record" })).toBeVisible();
  await expect(sam.getByRole("listitem").first()).toContainText("Maya Okafor (therapist) opened your record");

  // Jordan's list is his own: Maya opening Sam's record is not in it.
  const jordan = await as("patientB");
  await jordan.goto("/my/access");
  await expect(jordan.getByText("Maya Okafor (therapist) opened your record")).toHaveCount(0);
});
