import { expect, setPasswordFromLink, test, uniqueTag as unique } from "./fixtures";

test.describe("staff accounts", () => {
  test("an admin invites a therapist, who sets a password and lands on the dashboard; then the admin disables them", async ({ as, browser, fresh }) => {
    test.slow(); // two browsers, a password set and a sign-in: past the default 30 s on a small machine
    const admin = await as("admin");
    const name = `Theo Test ${unique()}`;
    const email = `theo-${unique()}@riverside.test`;
    await admin.goto("/dashboard");
    await admin.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Staff" }).click();
    await expect(admin.getByRole("heading", { level: 1, name: "Staff" })).toBeVisible();

    // Bad input first: a field message, what was typed kept, nothing created.
    await admin.getByLabel("Name").fill(name);
    await admin.getByLabel("Work email").fill("theo at riverside");
    await admin.getByRole("button", { name: "Create invite link" }).click();
    await expect(admin.getByText("Enter a valid email: it becomes their sign-in.")).toBeVisible();
    await expect(admin.getByLabel("Name")).toHaveValue(name);

    await admin.getByLabel("Work email").fill(email);
    await admin.getByLabel("Role").selectOption("therapist");
    await admin.getByRole("button", { name: "Create invite link" }).click();
    const link = await admin.getByLabel(/^Invite link \(expires \d{1,2} \w{3} \d{4}, \d{2}:\d{2}\)$/).inputValue();
    expect(link).toMatch(/\/invite\/[A-Za-z0-9_-]{43}$/);
    await expect(admin.getByRole("row", { name: new RegExp(name) })).toContainText("Invited");

    const theo = await setPasswordFromLink(browser, link, "theo knows knees", "Set up your Stride account");
    fresh.track(theo.context());
    await expect(theo).toHaveURL(/\/dashboard$/);
    await expect(theo.getByText(name)).toBeVisible(); // the header shows who is signed in

    await admin.reload();
    const row = admin.getByRole("row", { name: new RegExp(`${name}.*Therapist`) });
    await expect(row).toContainText("Active");
    await row.getByRole("button", { name: `Disable ${name}` }).click();
    const dialog = admin.getByRole("alertdialog", { name: `Disable ${name}?` });
    await expect(dialog).toContainText("signed out everywhere at once");
    await dialog.getByRole("button", { name: "Disable account" }).click();
    await expect(row).toContainText("Disabled");

    // Cut off at once: Theo's next request has no session.
    await theo.goto("/patients");
    await expect(theo).toHaveURL(/\/login/);
  });

  test("the last admin cannot be disabled, and the message says why", async ({ as }) => {
    const admin = await as("admin");
    await admin.goto("/admin/therapists");
    const row = admin.getByRole("row", { name: /Priya Shah/ });
    await row.getByRole("button", { name: "Disable Priya Shah" }).click();
    const dialog = admin.getByRole("alertdialog", { name: "Disable Priya Shah?" });
    await dialog.getByRole("button", { name: "Disable account" }).click();
    await expect(dialog.getByRole("alert")).toHaveText("Priya Shah is the clinic's last active admin, and a clinic always keeps at least one. Make someone else an admin first.");
    await dialog.getByRole("button", { name: "Cancel" }).click();
    await expect(row).toContainText("Active");
  });

  test("a therapist gets 404 on the staff page", async ({ as }) => {
    const maya = await as("therapist");
    const response = await maya.goto("/admin/therapists");
    expect(response?.status()).toBe(404);
    await expect(maya.getByRole("link", { name: "Staff" })).toHaveCount(0);
  });
});

test.describe("password resets", () => {
  test("a patient's portal access is reset from the record: a new password, signed in, on /my", async ({ as, browser, fresh }) => {
    test.slow(); // an invite, a reset, two passwords set and two sign-ins
    // Invited from a new record and signed in on /my: the session the reset must end.
    const rhea = await fresh.portalPatient({ firstName: "Rhea", lastName: "Reset" });
    const first = rhea.page;
    await expect(first.getByRole("heading", { name: "Hello, Rhea" })).toBeVisible();

    const maya = await as("therapist");
    await maya.goto(rhea.recordPath);
    const portal = maya.getByRole("region", { name: "Patient portal" });
    await expect(portal).toContainText("current password keeps working");
    await portal.getByRole("button", { name: "Reset portal access" }).click();
    const reset = await portal.getByLabel(/^Reset link \(expires/).inputValue();
    expect(reset).toMatch(/\/reset\/[A-Za-z0-9_-]{43}$/);

    const after = await setPasswordFromLink(browser, reset, "second knee phrase", "Choose a new password");
    fresh.track(after.context());
    await expect(after).toHaveURL(/\/my$/);
    await expect(after.getByRole("heading", { name: "Hello, Rhea" })).toBeVisible();

    // The reset ended the session the invite opened, and the link works once.
    await first.goto("/my/plan");
    await expect(first).toHaveURL(/\/login/);
    await after.goto(reset);
    await expect(after.getByRole("heading", { name: "This link has already been used" })).toBeVisible();
  });

  test("sign-in links to how to get a reset, which names no account", async ({ page }) => {
    await page.goto("/login");
    await page.getByRole("link", { name: "Forgot your password?" }).click();
    await expect(page).toHaveURL(/\/login\/reset-help$/);
    await expect(page.getByRole("heading", { name: "Forgot your password?" })).toBeVisible();
    await expect(page.getByText("ask your clinic's Stride admin for a password reset link")).toBeVisible();
    await expect(page.getByText("ask your therapist or the clinic's front desk")).toBeVisible();
    const unknown = await page.goto(`/reset/${"A".repeat(43)}`);
    expect(unknown?.status()).toBe(200);
    await expect(page.getByRole("heading", { name: "This link is not valid" })).toBeVisible();
  });
});
