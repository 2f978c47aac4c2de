import { LARGE_CLINIC_PATIENTS } from "@/lib/seed/large-clinic-logins";
import { expect, test, uniqueTag as unique } from "./fixtures";

test.describe("patient records", () => {
  test("a therapist adds a patient and finds them in the table", async ({ as, fresh }) => {
    const maya = await as("therapist");
    const name = `Robin Test ${unique()}`;
    // Through the form on Maya's own page; `fresh` archives the record when the test ends.
    await fresh.patient({ via: maya, name, dateOfBirth: "1993-06-15", email: "", ticks: ["Quadriceps strength deficit", "Patellar tendinopathy", "None present"] });
    await expect(maya.getByRole("status").filter({ hasText: "Patient added." })).toBeVisible();
    const intake = maya.getByRole("region", { name: "Intake", exact: true });
    await expect(intake.getByText("Stairs")).toBeVisible();
    await expect(intake.getByText("Findings noted (descriptive)")).toBeVisible();
    await expect(intake.getByText("Quadriceps strength deficit")).toBeVisible();
    await expect(intake.getByText("Patellar tendinopathy")).toBeVisible();
    await expect(intake.getByText("None present (each one asked about)")).toBeVisible();

    await maya.goto("/patients");
    await maya.getByLabel("Search by name or email").fill(name);
    await maya.getByRole("button", { name: "Search" }).click();
    await expect(maya).toHaveURL(/q=Robin/);
    await expect(maya.getByRole("link", { name })).toBeVisible();
    await expect(maya.getByText("Showing 1-1 of 1")).toBeVisible();
  });

  test("bad input shows messages in the form, keeps what was typed, and saves nothing", async ({ as }) => {
    const maya = await as("therapist");
    const email = `kept-${unique()}@example.test`;
    await maya.goto("/patients/new");
    await maya.getByLabel("Date of birth").fill("2099-01-01");
    await maya.getByLabel("Email (optional)").fill(email);
    await maya.getByLabel("Phone (optional)").fill("+44 20 7946 0000");
    await maya.getByRole("checkbox", { name: "Kneeling" }).check();
    await maya.getByRole("checkbox", { name: "Hip strength deficit" }).check();
    await maya.getByRole("checkbox", { name: "Calf pain or swelling" }).check();
    await maya.getByRole("button", { name: "Save patient" }).click();

    await expect(maya.getByRole("alert").filter({ hasText: "Please correct the highlighted fields. Nothing was saved." })).toBeVisible();
    await expect(maya.getByText("Enter the patient's name")).toBeVisible();
    await expect(maya.getByText("Date of birth cannot be in the future")).toBeVisible();
    await expect(maya.getByLabel("Full name")).toHaveAttribute("aria-invalid", "true");
    await expect(maya.getByLabel("Email (optional)")).toHaveValue(email);
    await expect(maya.getByLabel("Phone (optional)")).toHaveValue("+44 20 7946 0000");
    await expect(maya.getByRole("checkbox", { name: "Kneeling" })).toBeChecked();
    await expect(maya.getByRole("checkbox", { name: "Hip strength deficit" })).toBeChecked();
    await expect(maya.getByRole("checkbox", { name: "Calf pain or swelling" })).toBeChecked();
    await expect(maya).toHaveURL(/\/patients\/new$/);

    await maya.goto(`/patients?scope=all&q=${encodeURIComponent(email)}`);
    await expect(maya.getByText("No patients match")).toBeVisible();
  });

  test("archiving asks first, hides the patient from the active list, and can be undone", async ({ as, fresh }) => {
    const maya = await as("therapist");
    const name = `Archie Test ${unique()}`;
    await fresh.patient({ via: maya, name, dateOfBirth: "1980-02-02", email: "" });
    await maya.getByRole("button", { name: "Archive" }).click();
    const dialog = maya.getByRole("alertdialog", { name: `Archive ${name}?` });
    await expect(dialog).toContainText("Nothing is deleted");
    await dialog.getByRole("button", { name: "Cancel" }).click();
    await expect(maya.getByText("Archived", { exact: true })).toHaveCount(0);

    await maya.getByRole("button", { name: "Archive" }).click();
    await maya.getByRole("button", { name: "Archive patient" }).click();
    await expect(maya.getByText("Archived", { exact: true })).toBeVisible();
    await maya.goto(`/patients?q=${encodeURIComponent(name)}`);
    await expect(maya.getByRole("link", { name })).toHaveCount(0);
    await maya.goto(`/patients?status=archived&q=${encodeURIComponent(name)}`);
    await maya.getByRole("link", { name }).click();
    await maya.getByRole("button", { name: "Unarchive" }).click();
    await maya.getByRole("button", { name: "Unarchive patient" }).click();
    await expect(maya.getByText("Archived", { exact: true })).toHaveCount(0);
  });

  test("an invited patient sets a password in a fresh browser and lands on /my, signed in", async ({ as, browser, fresh }) => {
    const maya = await as("therapist");
    const tag = unique();
    const email = `invitee-${tag}@example.test`;
    await fresh.patient({ via: maya, name: `Ines Invite ${tag}`, dateOfBirth: "1999-09-09", email });
    await maya.getByRole("button", { name: "Create invite link" }).click();
    const link = await maya.getByLabel(/Invite link/).inputValue();
    expect(link).toMatch(/\/invite\/[A-Za-z0-9_-]{43}$/);

    const context = fresh.track(await browser.newContext());
    const patient = await context.newPage();
    await patient.goto(link);
    await expect(patient.getByRole("heading", { name: "Set up your Stride account" })).toBeVisible();
    await patient.getByLabel("Choose a password").fill("password123");
    await patient.getByLabel("Type it again").fill("password123");
    await patient.getByRole("button", { name: "Create my account" }).click();
    await expect(patient.getByText(/too common/)).toBeVisible();
    await patient.getByLabel("Choose a password").fill("my knees love stairs");
    await patient.getByLabel("Type it again").fill("my knees love stairs");
    await patient.getByRole("button", { name: "Create my account" }).click();
    // Signed in with the new password at once: no email to retype.
    await expect(patient).toHaveURL(/\/my$/);
    await expect(patient.getByRole("heading", { name: "Hello, Ines" })).toBeVisible();

    // The link is single use.
    const again = fresh.track(await browser.newContext());
    const reuse = await again.newPage();
    await reuse.goto(link);
    await expect(reuse.getByRole("heading", { name: "This link has already been used" })).toBeVisible();
    await context.close();
    await again.close();

    await maya.reload();
    await expect(maya.getByText("Portal account active")).toBeVisible();
  });

  test("the table sorts on the server from a header link", async ({ as }) => {
    const maya = await as("therapist");
    await maya.goto("/patients?scope=all");
    await maya.getByRole("link", { name: "Latest pain" }).click();
    await expect(maya).toHaveURL(/sort=pain\.desc/);
    await expect(maya.getByRole("columnheader", { name: "Latest pain" })).toHaveAttribute("aria-sort", "descending");
    // Other tests add patients and logs while this one runs, so the check is the order itself:
    // highest latest pain first, patients without logs ("None") last.
    const headers = await maya.getByRole("columnheader").allTextContents();
    const column = headers.findIndex((h) => h.startsWith("Latest pain"));
    expect(column).toBeGreaterThan(0);
    const rows = maya.getByRole("row").filter({ has: maya.getByRole("cell") });
    await expect(rows.first()).toBeVisible();
    const cells = await rows.evaluateAll((trs, i) => trs.map((tr) => tr.querySelectorAll("td, th")[i]?.textContent ?? ""), column);
    const pains = cells.map((text) => {
      const reading = /(\d+)\/10/.exec(text);
      return reading ? Number(reading[1]) : null;
    });
    expect(pains.length).toBeGreaterThan(5);
    expect(pains[0]).not.toBeNull();
    const logged = pains.includes(null) ? pains.slice(0, pains.indexOf(null)) : pains;
    expect(pains.slice(logged.length).every((p) => p === null)).toBe(true);
    expect(logged).toEqual([...logged].sort((a, b) => (b ?? 0) - (a ?? 0)));
    // Jordan Lee's 5/10 is the highest latest pain among the demo patients, so he is on the first page.
    await expect(rows.filter({ hasText: "Jordan Lee" })).toContainText("5/10");
  });

  test("past 1,000 patients the table says 1,000+ and still pages to the last page; under it the count is exact", async ({ as }) => {
    // Northside Physio (scripts/e2e-server.ts): LARGE_CLINIC_PATIENTS patients, all Nora's.
    const nora = await as("largeClinicTherapist");
    const pager = nora.getByRole("navigation", { name: "Pagination" });
    await nora.goto("/patients");
    await expect(pager.getByText("Showing 1-25 of 1,000+")).toBeVisible();
    await expect(pager.getByText("Page 1", { exact: true })).toBeVisible();
    await nora.goto("/patients?page=41");
    await expect(pager.getByText("Showing 1,001-1,025 of 1,000+")).toBeVisible();
    await pager.getByRole("link", { name: "Next page" }).click();
    await expect(nora).toHaveURL(/page=42/);
    await expect(pager.getByText(`Showing 1,026-${LARGE_CLINIC_PATIENTS.toLocaleString("en-GB")} of 1,000+`)).toBeVisible();
    await expect(nora.getByRole("link", { name: `Northside ${LARGE_CLINIC_PATIENTS - 1}` })).toBeVisible();
    await expect(pager.getByRole("link", { name: "Next page" })).toHaveCount(0);
    await expect(pager.getByRole("link", { name: "Previous page" })).toBeVisible();

    await nora.goto("/patients?q=Northside+00");
    await expect(pager.getByText("Showing 1-25 of 100")).toBeVisible();
    await expect(pager.getByText("Page 1 of 4")).toBeVisible();
  });

  test("a Harbor therapist gets 404 on a Riverside record, and a patient is sent away from /patients", async ({ as }) => {
    const maya = await as("therapist");
    await maya.goto("/patients?q=Sam+Rivera");
    await maya.getByRole("link", { name: "Sam Rivera" }).click();
    await maya.waitForURL(/\/patients\/[0-9a-f-]{36}$/); // read the URL only once the record has opened
    const recordUrl = new URL(maya.url()).pathname;

    const ana = await as("harborTherapist");
    const response = await ana.goto(recordUrl);
    expect(response?.status()).toBe(404);
    await expect(ana.getByRole("heading", { name: "Page not found" })).toBeVisible();
    expect((await ana.goto(`${recordUrl}/edit`))?.status()).toBe(404);

    const sam = await as("patientA");
    await sam.goto("/patients");
    await expect(sam).toHaveURL(/\/my$/);
    await sam.goto(recordUrl);
    await expect(sam).toHaveURL(/\/my$/);
  });
});
