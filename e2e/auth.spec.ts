import { expect, test } from "./fixtures";
import { PASSWORD, PERSONAS } from "./personas";

test.describe("sign-in and role homes", () => {
  for (const [persona, { email, home }] of Object.entries(PERSONAS).filter(([p]) => ["admin", "therapist", "patientA"].includes(p))) {
    test(`${persona} signs in and lands on ${home}`, async ({ page }) => {
      await page.goto("/login");
      await page.getByLabel("Email").fill(email);
      await page.getByLabel("Password").fill(PASSWORD);
      await page.getByRole("button", { name: "Sign in" }).click();
      await expect(page).toHaveURL(new RegExp(`${home}$`));
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    });
  }

  test("a wrong password shows a generic error and keeps the email", async ({ page }) => {
    await page.goto("/login");
    await page.getByLabel("Email").fill("maya@riverside.test");
    await page.getByLabel("Password").fill("not-the-password");
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByRole("alert").filter({ hasText: "The email or password is incorrect" })).toBeVisible();
    await expect(page).toHaveURL(/\/login/);
    await expect(page.getByLabel("Email")).toHaveValue("maya@riverside.test");
  });

  test("an unknown email gets the very same message", async ({ page }) => {
    await page.goto("/login");
    await page.getByLabel("Email").fill("nobody@riverside.test");
    await page.getByLabel("Password").fill(PASSWORD);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByRole("alert").filter({ hasText: "The email or password is incorrect" })).toBeVisible();
  });

  test("the anonymous are sent to sign in, and come back where they were going", async ({ page }) => {
    await page.goto("/dashboard");
    await expect(page).toHaveURL(/\/login\?callbackUrl=%2Fdashboard/);
    await page.getByLabel("Email").fill(PERSONAS.therapist.email);
    await page.getByLabel("Password").fill(PASSWORD);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page).toHaveURL(/\/dashboard$/);
  });

  test("the role homes show real clinic data", async ({ as }) => {
    const maya = await as("therapist");
    await maya.goto("/dashboard");
    await expect(maya.getByText("Riverside Physio").first()).toBeVisible();
    await expect(maya.getByRole("term").filter({ hasText: "My patients" })).toBeVisible();

    const sam = await as("patientA");
    await sam.goto("/my");
    await expect(sam.getByRole("heading", { name: "Hello, Sam" })).toBeVisible();
    await expect(sam.getByText("Runner's knee, phase 1")).toBeVisible();
    await expect(sam.getByText("Maya Okafor")).toBeVisible();
  });

  test("a patient cannot open the staff portal, and staff cannot open the patient portal", async ({ as }) => {
    const sam = await as("patientA");
    await sam.goto("/dashboard");
    await expect(sam).toHaveURL(/\/my$/);
    const maya = await as("therapist");
    await maya.goto("/my");
    await expect(maya).toHaveURL(/\/dashboard$/);
  });

  test("signing out ends the session", async ({ page }) => {
    await page.goto("/login");
    await page.getByLabel("Email").fill(PERSONAS.patientB.email);
    await page.getByLabel("Password").fill(PASSWORD);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page).toHaveURL(/\/my$/);
    await page.getByRole("button", { name: "Sign out" }).click();
    await expect(page).toHaveURL(/\/login\?signedOut=1/);
    await expect(page.getByRole("status").filter({ hasText: "You have signed out" })).toBeVisible();
    await page.goto("/my");
    await expect(page).toHaveURL(/\/login/);
  });

  test("the health check answers without signing in", async ({ request }) => {
    const response = await request.get("/api/health");
    expect(response.status()).toBe(200);
    expect(await response.json()).toEqual({ status: "ok", db: "up" });
  });
});
