import type { Browser, Page } from "@playwright/test";
import { expect, test, uniqueTag } from "./fixtures";
import { PASSWORD, PERSONAS } from "./personas";

/**
 * Sessions that end on the server (docs/decisions/0008-server-side-sessions.md). Signing out of
 * every other session and changing a password are done only to accounts the test made itself
 * (`fresh`), so the stored sign-ins the rest of the suite runs on are never touched. The copied-
 * cookie test signs Leo in through the form and out of that one session only.
 */
const NEW_PASSWORD = "harbor lantern orbit 42";

async function signInThroughForm(browser: Browser, email: string, home: string, password = PASSWORD): Promise<Page> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto("/login");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(new RegExp(`${home}$`));
  return page;
}

test.describe("sessions that end", () => {
  // Several sign-ins, each a deliberately slow password hash: more than the default 30 s.
  test.describe.configure({ timeout: 90_000 });

  test("a copied session cookie stops working once its owner signs out", async ({ browser }) => {
    const leo = await signInThroughForm(browser, PERSONAS.otherTherapist.email, PERSONAS.otherTherapist.home);
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

  test("sign out of other sessions ends the others and keeps this one", async ({ browser, fresh }) => {
    const staff = await fresh.staffMember("Sol"); // signed in once already, by the invite
    const here = await signInThroughForm(browser, staff.email, "/dashboard", staff.password);
    const elsewhere = await signInThroughForm(browser, staff.email, "/dashboard", staff.password);
    fresh.track(here.context());
    fresh.track(elsewhere.context());

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

    // The invite's own session was one of the others.
    await staff.page.goto("/dashboard");
    await expect(staff.page).toHaveURL(/\/login/);
  });

  test("changing the password needs the current one and signs out everywhere else", async ({ browser, fresh }) => {
    const patient = await fresh.portalPatient({ firstName: "Kit" });
    const laptop = patient.page;
    const phone = await signInThroughForm(browser, patient.email, "/my", patient.password);
    fresh.track(phone.context());

    await laptop.goto("/account");
    await laptop.getByLabel("Current password").fill("not my password");
    await laptop.getByLabel("New password", { exact: true }).fill(NEW_PASSWORD);
    await laptop.getByLabel("New password again").fill(NEW_PASSWORD);
    await laptop.getByRole("button", { name: "Change password" }).click();
    await expect(laptop.getByRole("alert").filter({ hasText: "Nothing was changed: the current password is not right." })).toBeVisible();
    await expect(laptop.getByText("That is not your current password.")).toBeVisible();
    await phone.goto("/my"); // nothing was changed, so nothing was signed out
    await expect(phone).toHaveURL(/\/my$/);

    await laptop.getByLabel("Current password").fill(patient.password);
    await laptop.getByLabel("New password", { exact: true }).fill(NEW_PASSWORD);
    await laptop.getByLabel("New password again").fill(NEW_PASSWORD);
    await laptop.getByRole("button", { name: "Change password" }).click();
    await expect(laptop.getByRole("status").filter({ hasText: /Your password is changed, and \d+ other sessions? (was|were) signed out\./ })).toBeVisible();

    await phone.goto("/my");
    await expect(phone).toHaveURL(/\/login/);
    await laptop.goto("/my");
    await expect(laptop).toHaveURL(/\/my$/);

    // The old password no longer works; the new one does.
    const again = fresh.track(await browser.newContext());
    const page = await again.newPage();
    await page.goto("/login");
    await page.getByLabel("Email").fill(patient.email);
    await page.getByLabel("Password").fill(patient.password);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByRole("alert").filter({ hasText: "The email or password is incorrect." })).toBeVisible();
    await again.close();
    fresh.track((await signInThroughForm(browser, patient.email, "/my", NEW_PASSWORD)).context());
  });

  test("after five failures for one email the form says when to try again, for any email alike", async ({ page }) => {
    const email = `no-such-person-${uniqueTag()}@riverside.test`; // an unknown email: the message must not tell
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
