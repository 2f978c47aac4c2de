import { expect, test } from "./fixtures";

test("a patient sees who at the clinic opened their record, and not their own downloads", async ({ as, fresh }) => {
  test.slow(); // the first PDF a fresh server renders loads the PDF renderer
  // A patient of this test's own: nobody else opens this record while the test reads its access list.
  const patient = await fresh.portalPatient({ firstName: "Asha", protocol: "Runner's knee, phase 1" });
  const maya = await as("therapist");
  await maya.goto(`/patients?scope=all&q=${encodeURIComponent(patient.name)}`);
  await maya.getByRole("link", { name: patient.name }).click();
  await expect(maya.getByRole("heading", { level: 1, name: patient.name })).toBeVisible();

  // The patient's own PDF download is audited for the clinic, but it is not someone seeing the record.
  const me = patient.page;
  await me.goto("/my/plan");
  await Promise.all([me.waitForEvent("download"), me.getByRole("link", { name: /Download as PDF/ }).click()]);
  await me.goto("/my");
  await me.getByRole("link", { name: "Who has seen my record" }).click();
  await expect(me.getByRole("heading", { name: "Who has seen my record" })).toBeVisible();
  await expect(me.getByRole("listitem").first()).toContainText("Maya Okafor (therapist) opened your record");
  await expect(me.getByRole("main").getByText(patient.name)).toHaveCount(0);

  // Jordan's list is his own: Maya opening this record is not in it (no test opens Jordan's record).
  const jordan = await as("patientB");
  await jordan.goto("/my/access");
  await expect(jordan.getByText("Maya Okafor (therapist) opened your record")).toHaveCount(0);
});
