import { request, type Browser, type Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { PASSWORD, PERSONAS, storageStatePath, type Persona } from "./personas";

/**
 * Sessions that end on the server (docs/decisions/0008-server-side-sessions.md). These tests
 * sign Leo and Kim in and out and change Kim's password; nothing else in the suite signs in as
 * them through the form, and each test saves their stored sign-in again before it ends.
 */
const NEW_PASSWORD = "harbor lantern orbit 42";

async function signInThroughForm(browser: Browser, persona: Persona, password = PASSWORD): Promise<Page> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto("/login");
  await page.getByLabel("Email").fill(PERSONAS[persona].email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(new RegExp(`${PERSONAS[persona].home}$`));
  return page;
}

/** What e2e/global-setup.ts does, for one persona: the stored sign-in other specs open pages with. */
async function saveStoredSignIn(baseURL: string | undefined, persona: Persona, password: string) {
  const context = await request.newContext({ baseURL });
  const { csrfToken } = (await (await context.get("/api/auth/csrf")).json()) as { csrfToken: string };
  const response = await context.post("/api/auth/callback/credentials", { form: { csrfToken, email: PERSONAS[persona].email, password, json: "true" } });
  expect(response.status()).toBe(200);
  await context.storageState({ path: storageStatePath(persona) });
  await context.dispose();
}

test.describe("sessions that end", () => {
  // Several sign-ins, each a deliberately slow password hash: more than the default 30 s.
  test.describe.configure({ timeout: 90_000 });

  test("a copied session cookie stops working once its owner signs out", async ({ browser }) => {
    const leo = await signInThroughForm(browser, "otherTherapist");
    const copied = await leo.context().cookies();
    expect(copied.map((c) => c.name)).toContain("next-auth.session-token");

    await leo.getByRole("button", { name: "Sign out" }).click();
    await expect(leo).toHaveURL(/\/login\?signedOut=1/);

    const attacker = await browser.newContext();
    await attacker.addCookies(copied);
    const page = await attacker.newPage();
    await page.goto("/dashboard");
    await expect(page).toHaveURL(/\/login/);
    await expect(page.getByRole("heading", { name: "Sign in" })).toBeVisible();
    const session = await attacker.request.get("/api/auth/session");
    expect(await session.json()).toEqual({});
    await attacker.close();
    await leo.context().close();
  });

  test("sign out of other sessions ends the others and keeps this one", async ({ browser, baseURL }) => {
    const here = await signInThroughForm(browser, "otherTherapist");
    const elsewhere = await signInThroughForm(browser, "otherTherapist");

    await here.getByRole("link", { name: "Account" }).click();
    await expect(here.getByRole("heading", { level: 1, name: "Your account" })).toBeVisible();
    const sessions = here.getByRole("list", { name: "Active sessions" });
    await expect(sessions.getByRole("listitem").filter({ hasText: "This session" })).toHaveCount(1);
    await expect(sessions.getByRole("listitem")).not.toHaveCount(1);

    await here.getByRole("button", { name: "Sign out of other sessions" }).click();
    await expect(here.getByRole("status").filter({ hasText: /Signed out of \d+ other sessions?\./ })).toBeVisible();
    await expect(sessions.getByRole("listitem")).toHaveCount(1);

    await elsewhere.goto("/dashboard");
    await expect(elsewhere).toHaveURL(/\/login/);
    await here.goto("/dashboard");
    await expect(here).toHaveURL(/\/dashboard$/);

    await here.context().close();
    await elsewhere.context().close();
    await saveStoredSignIn(baseURL, "otherTherapist", PASSWORD); // the stored one was signed out too
  });

  test("changing the password needs the current one and signs out everywhere else", async ({ browser, baseURL }) => {
    const kim = await signInThroughForm(browser, "harborPatient");
    const kimsPhone = await signInThroughForm(browser, "harborPatient");

    await kim.goto("/account");
    await kim.getByLabel("Current password").fill("not my password");
    await kim.getByLabel("New password", { exact: true }).fill(NEW_PASSWORD);
    await kim.getByLabel("New password again").fill(NEW_PASSWORD);
    await kim.getByRole("button", { name: "Change password" }).click();
    await expect(kim.getByRole("alert").filter({ hasText: "Nothing was changed: the current password is not right." })).toBeVisible();
    await expect(kim.getByText("That is not your current password.")).toBeVisible();
    await kimsPhone.goto("/my"); // nothing was changed, so nothing was signed out
    await expect(kimsPhone).toHaveURL(/\/my$/);

    await kim.getByLabel("Current password").fill(PASSWORD);
    await kim.getByLabel("New password", { exact: true }).fill(NEW_PASSWORD);
    await kim.getByLabel("New password again").fill(NEW_PASSWORD);
    await kim.getByRole("button", { name: "Change password" }).click();
    await expect(kim.getByRole("status").filter({ hasText: /Your password is changed, and \d+ other sessions? (was|were) signed out\./ })).toBeVisible();

    await kimsPhone.goto("/my");
    await expect(kimsPhone).toHaveURL(/\/login/);
    await kim.goto("/my");
    await expect(kim).toHaveURL(/\/my$/);

    // The old password no longer works; the new one does.
    const again = await browser.newContext();
    const page = await again.newPage();
    await page.goto("/login");
    await page.getByLabel("Email").fill(PERSONAS.harborPatient.email);
    await page.getByLabel("Password").fill(PASSWORD);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByRole("alert").filter({ hasText: "The email or password is incorrect." })).toBeVisible();
    await again.close();
    const withNewPassword = await signInThroughForm(browser, "harborPatient", NEW_PASSWORD);

    await withNewPassword.context().close();
    await kim.context().close();
    await kimsPhone.context().close();
    await saveStoredSignIn(baseURL, "harborPatient", NEW_PASSWORD);
  });

  test("after five failures for one email the form says when to try again, for any email alike", async ({ page }) => {
    const email = "no-such-person@riverside.test"; // an unknown email: the message must not tell
    await page.goto("/login");
    await page.getByLabel("Email").fill(email);
    for (let i = 0; i < 5; i++) {
      await page.getByLabel("Password").fill(`guess number ${i}`);
      await page.getByRole("button", { name: "Sign in" }).click();
      await expect(page.getByRole("alert").filter({ hasText: "The email or password is incorrect." })).toBeVisible();
    }
    await page.getByLabel("Password").fill("guess number 6");
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByRole("alert").filter({ hasText: /Too many failed attempts for this email from this network\. Try again in 1[45] minutes\./ })).toBeVisible();
    await expect(page.getByLabel("Email")).toHaveValue(email);
  });
});
