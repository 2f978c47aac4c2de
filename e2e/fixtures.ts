import { randomBytes } from "node:crypto";
import { test as base, expect, type Browser, type BrowserContext, type Page } from "@playwright/test";
import { storageStatePath, type Persona } from "./personas";

/**
 * Fixtures for a suite that runs in parallel on one seeded database (playwright.config.ts).
 *
 * The rule: the demo personas and their records (DESIGN.md "Demo data") are read, never changed.
 * A test that changes data makes its own records first with `fresh` (through the app's own pages,
 * signed in as a demo therapist or admin, exactly as a user would), and `fresh` cleans up when the
 * test ends: patients, exercises and templates it made are archived, staff it invited are disabled. Nothing clinical is
 * hard-deleted by the UI, so "clean" means no state another test reads: no test counts all
 * patients, flags or logs of the clinic.
 */

/** A tag that makes names and emails unique across workers, runs and retries. */
export const uniqueTag = () => randomBytes(4).toString("hex");

/** A password the app's policy accepts (long, not a common one). */
const freshPassword = () => `knee steps ${uniqueTag()} lantern`;

export type FreshPatient = {
  id: string;
  /** Full name as the therapist typed it: "<first> <last> <tag>". */
  name: string;
  firstName: string;
  /** The record, `/patients/<id>`. */
  recordPath: string;
  email: string;
};

export type FreshPortalPatient = FreshPatient & {
  password: string;
  /** Signed in as the patient, in a browser context of its own, on /my. */
  page: Page;
};

export type FreshStaff = { name: string; email: string; password: string; page: Page };

export type PatientOptions = {
  firstName?: string;
  lastName?: string;
  name?: string;
  dateOfBirth?: string;
  /** Empty string: no email (the record then cannot be invited to the portal). */
  email?: string;
  side?: "right" | "left" | "both";
  /** Intake checkboxes to tick, besides "Stairs" (the form needs one aggravating activity). */
  ticks?: string[];
  /** Fill the form on this therapist page (a test that is about adding a patient); else on a page of its own. */
  via?: Page;
  /** Start this template as the patient's protocol (7 exercises for "Runner's knee, phase 1"). */
  protocol?: string;
};

/** Opens a link in a browser of its own, as the person it was sent to would, and sets a password. */
export async function setPasswordFromLink(browser: Browser, link: string, password: string, heading: string): Promise<Page> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(link);
  await expect(page.getByRole("heading", { name: heading })).toBeVisible();
  await page.getByLabel("Choose a password").fill(password);
  await page.getByLabel("Type it again").fill(password);
  await page.getByRole("button", { name: heading === "Choose a new password" ? "Set new password" : "Create my account" }).click();
  return page;
}

/** Adds a patient through /patients/new; the page ends on the new record. */
export async function addPatientThroughForm(page: Page, fields: { name: string; dob: string; email?: string; side?: string; ticks?: string[] }): Promise<string> {
  await page.goto("/patients/new");
  await page.getByLabel("Full name").fill(fields.name);
  await page.getByLabel("Date of birth").fill(fields.dob);
  if (fields.email) await page.getByLabel("Email (optional)").fill(fields.email);
  if (fields.side) await page.getByLabel("Affected knee").selectOption(fields.side);
  await page.getByRole("checkbox", { name: "Stairs" }).check();
  for (const name of fields.ticks ?? []) await page.getByRole("checkbox", { name }).check();
  await page.getByRole("button", { name: "Save patient" }).click();
  await expect(page.getByRole("heading", { level: 1, name: fields.name })).toBeVisible();
  const id = new URL(page.url()).pathname.split("/")[2] ?? "";
  expect(id).toMatch(/^[0-9a-f-]{36}$/);
  return id;
}

/**
 * Makes records and accounts for one test (or one serial group) and cleans them up afterwards.
 * Every account it creates is one no other test knows, so a test may sign it out everywhere,
 * change its password or disable it.
 */
export class Fresh {
  private contexts: BrowserContext[] = [];
  private therapist?: Page;
  private adminPage?: Page;
  private patients: string[] = [];
  private staff: string[] = [];
  private library: { kind: "exercise" | "template"; editPath: string }[] = [];

  constructor(private readonly browser: Browser) {}

  /** Each account costs a few page loads and one or two slow password hashes: give the test the time. */
  private allowMore(ms: number) {
    try {
      const info = base.info();
      if (info.timeout > 0) info.setTimeout(info.timeout + ms);
    } catch {
      // outside a test (a beforeAll sets its own timeout)
    }
  }

  private async pageAs(persona: Persona): Promise<Page> {
    const context = await this.browser.newContext({ storageState: storageStatePath(persona) });
    this.contexts.push(context);
    return context.newPage();
  }

  private async therapistPage(): Promise<Page> {
    this.therapist ??= await this.pageAs("therapist");
    return this.therapist;
  }

  /** A new patient record of Maya's (the demo therapist), archived when the test ends. */
  async patient(options: PatientOptions = {}): Promise<FreshPatient> {
    this.allowMore(15_000);
    const tag = uniqueTag();
    const firstName = options.firstName ?? "Pat";
    const name = options.name ?? `${firstName} ${options.lastName ?? "Fresh"} ${tag}`;
    const email = options.email ?? `${firstName.toLowerCase()}-${tag}@example.test`;
    const page = options.via ?? (await this.therapistPage());
    const id = await addPatientThroughForm(page, { name, dob: options.dateOfBirth ?? "1990-05-05", email, side: options.side, ticks: options.ticks });
    const recordPath = `/patients/${id}`;
    this.patients.push(recordPath);
    if (options.protocol) await this.startProtocol(recordPath, options.protocol);
    return { id, name, firstName: name.split(" ")[0] ?? firstName, recordPath, email };
  }

  /** Starts a protocol from a template, unchanged, as Maya. */
  async startProtocol(recordPath: string, template: string): Promise<void> {
    const page = await this.therapistPage();
    await page.goto(`${recordPath}/protocol`);
    await page.getByRole("link", { name: `Start from ${template}`, exact: true }).click();
    await expect(page.getByLabel("Title")).toHaveValue(template);
    await page.getByRole("button", { name: "Start protocol" }).click();
    await expect(page).toHaveURL(/\/protocol\?saved=1$/);
  }

  /** A new patient with a portal account (invited from the record, link accepted): signed in on /my. */
  async portalPatient(options: Omit<PatientOptions, "email" | "via"> = {}): Promise<FreshPortalPatient> {
    this.allowMore(15_000);
    const patient = await this.patient(options);
    const maya = await this.therapistPage();
    await maya.goto(patient.recordPath);
    await maya.getByRole("button", { name: "Create invite link" }).click();
    const link = await maya.getByLabel(/Invite link/).inputValue();
    const password = freshPassword();
    const page = await setPasswordFromLink(this.browser, link, password, "Set up your Stride account");
    this.contexts.push(page.context());
    await expect(page).toHaveURL(/\/my$/);
    await expect(page.getByRole("heading", { name: `Hello, ${patient.firstName}` })).toBeVisible();
    return { ...patient, password, page };
  }

  /** A therapist the demo admin invites (never an admin: the "last admin" test needs Priya to stay the only one). Disabled when the test ends. */
  async staffMember(firstName = "Stef"): Promise<FreshStaff> {
    this.allowMore(20_000);
    const tag = uniqueTag();
    const name = `${firstName} Staff ${tag}`;
    const email = `${firstName.toLowerCase()}-${tag}@riverside.test`;
    this.adminPage ??= await this.pageAs("admin");
    const admin = this.adminPage;
    await admin.goto("/admin/therapists");
    await admin.getByLabel("Name").fill(name);
    await admin.getByLabel("Work email").fill(email);
    await admin.getByLabel("Role").selectOption("therapist");
    await admin.getByRole("button", { name: "Create invite link" }).click();
    const link = await admin.getByLabel(/^Invite link/).inputValue();
    this.staff.push(name);
    const password = freshPassword();
    const page = await setPasswordFromLink(this.browser, link, password, "Set up your Stride account");
    this.contexts.push(page.context());
    await expect(page).toHaveURL(/\/dashboard$/);
    return { name, email, password, page };
  }

  /** An exercise or template the test made (at `/exercises/<id>/edit` or `/templates/<id>/edit`), archived when it ends. */
  archiveWhenDone(kind: "exercise" | "template", editPath: string): void {
    this.library.push({ kind, editPath: new URL(editPath, "http://x").pathname });
  }

  /** A browser context the test opens itself, closed with the rest. */
  track(context: BrowserContext): BrowserContext {
    this.contexts.push(context);
    return context;
  }

  /** Archives the patients and disables the staff made here (skipping any a test already archived or disabled). */
  async cleanUp(): Promise<void> {
    const mine = this.contexts.filter((c) => c !== this.therapist?.context() && c !== this.adminPage?.context());
    await Promise.all(mine.map((c) => c.close().catch(() => undefined)));
    if (this.patients.length > 0) {
      const maya = await this.therapistPage();
      for (const recordPath of this.patients) {
        await maya.goto(recordPath);
        await expect(maya.getByRole("heading", { level: 1 })).toBeVisible();
        if ((await maya.getByText("Archived", { exact: true }).count()) > 0) continue;
        await maya.getByRole("button", { name: "Archive", exact: true }).click();
        await maya.getByRole("alertdialog").getByRole("button", { name: "Archive patient" }).click();
        await expect(maya.getByText("Archived", { exact: true })).toBeVisible();
      }
    }
    if (this.library.length > 0) {
      const maya = await this.therapistPage();
      for (const { kind, editPath } of this.library) {
        if ((await maya.goto(editPath))?.status() === 404) continue; // already archived
        await maya.getByRole("button", { name: `Archive ${kind}` }).click();
        await maya.getByRole("alertdialog").getByRole("button", { name: "Archive", exact: true }).click();
        await expect(maya).toHaveURL(new RegExp(`/${kind}s\\?archived=1`));
      }
    }
    if (this.staff.length > 0) {
      this.adminPage ??= await this.pageAs("admin");
      const admin = this.adminPage;
      await admin.goto("/admin/therapists");
      for (const name of this.staff) {
        const row = admin.getByRole("row", { name: new RegExp(name) });
        if (!(await row.getByRole("button", { name: `Disable ${name}` }).isVisible())) continue;
        await row.getByRole("button", { name: `Disable ${name}` }).click();
        await admin.getByRole("alertdialog", { name: `Disable ${name}?` }).getByRole("button", { name: "Disable account" }).click();
        await expect(row).toContainText("Disabled");
      }
    }
    await Promise.all(this.contexts.map((c) => c.close().catch(() => undefined)));
    this.contexts = [];
    this.patients = [];
    this.staff = [];
    this.library = [];
  }
}

type Fixtures = {
  /** `as(persona)` opens a page already signed in as that persona, in its own browser context. */
  as: (persona: Persona) => Promise<Page>;
  /** Records and accounts of this test's own; cleaned up when it ends (see `Fresh`). */
  fresh: Fresh;
};

export const test = base.extend<Fixtures>({
  as: async ({ browser }, provide) => {
    const contexts: BrowserContext[] = [];
    await provide(async (persona) => {
      const context = await browser.newContext({ storageState: storageStatePath(persona) });
      contexts.push(context);
      return context.newPage();
    });
    for (const context of contexts) await context.close();
  },
  fresh: [
    async ({ browser }, provide) => {
      const fresh = new Fresh(browser);
      await provide(fresh);
      await fresh.cleanUp();
    },
    { timeout: 60_000 },
  ],
});

export { expect };
