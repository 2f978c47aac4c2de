import { readFile } from "node:fs/promises";
import { expect, Fresh, test, type FreshPortalPatient } from "./fixtures";

/**
 * One patient of this group's own (with a portal account), so that the newest audit rows about them
 * are the ones these tests wrote, whatever runs alongside. The group is serial: the admin reads what
 * Maya did, and the patient reads it too.
 */
test.describe.serial("the clinic audit log", () => {
  let fresh: Fresh;
  let patient: FreshPortalPatient;
  let id = "";

  test.beforeAll(async ({ browser }, info) => {
    info.setTimeout(90_000);
    fresh = new Fresh(browser);
    patient = await fresh.portalPatient({ firstName: "Audra" });
    id = patient.id;
  });

  test.afterAll(async ({}, info) => {
    info.setTimeout(60_000);
    await fresh?.cleanUp();
  });

  test("Maya opens the patient's edit page and protocol page", async ({ as }) => {
    const maya = await as("therapist");
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    await maya.goto(`/patients/${id}/edit`);
    await expect(maya.getByRole("heading", { level: 1, name: `Edit ${patient.name}` })).toBeVisible();
    await maya.goto(`/patients/${id}/protocol`);
    await expect(maya.getByRole("heading", { level: 1, name: `New protocol for ${patient.name}` })).toBeVisible();
  });

  test("the admin filters the log by the patient and Maya, sees both pages, and exports the CSV (itself audited)", async ({ as }) => {
    test.slow(); // a cold server's first CSV and several page loads
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    const admin = await as("admin");
    await admin.goto("/dashboard");
    await admin.getByRole("link", { name: "Audit log" }).click();
    await expect(admin.getByRole("heading", { level: 1, name: "Audit log" })).toBeVisible();
    await admin.getByLabel("Patient").selectOption({ label: patient.name });
    await admin.getByLabel("Person").selectOption({ label: "Maya Okafor (therapist)" });
    await admin.getByRole("button", { name: "Apply filters" }).click();
    await expect(admin).toHaveURL(new RegExp(`patient=${id}`));
    const table = admin.getByRole("table", { name: "Audit log" });
    const rows = table.getByRole("row");
    // Newest first: the protocol page was opened after the edit page.
    await expect(rows.nth(1)).toContainText("Opened the protocol builder");
    await expect(rows.nth(2)).toContainText("Opened a record to edit");
    for (const row of [rows.nth(1), rows.nth(2)]) {
      await expect(row).toContainText("Maya Okafor");
      await expect(row.getByRole("link", { name: patient.name })).toHaveAttribute("href", `/patients/${id}`);
    }
    // Every row of this filter is Maya's and about this patient.
    const bodyRows = await rows.count();
    await expect(table.getByRole("link", { name: patient.name })).toHaveCount(bodyRows - 1);

    const [download] = await Promise.all([admin.waitForEvent("download"), admin.getByRole("link", { name: "Download CSV" }).click()]);
    expect(download.suggestedFilename()).toMatch(/^stride-audit-\d{4}-\d{2}-\d{2}\.csv$/);
    const csv = (await readFile(await download.path(), "utf8")).replace(/^\uFEFF/, "").split("\r\n");
    expect(csv[0]).toMatch(/^When \(.+\),When \(UTC\),Person,Role,Action,Action code,Patient,Patient id,Address$/);
    expect(csv[1]).toContain(`Maya Okafor,therapist,Opened the protocol builder,protocol.builder-opened,${patient.name},${id}`);
    expect(csv[2]).toContain(`Maya Okafor,therapist,Opened a record to edit,patient.edit-opened,${patient.name},${id}`);

    // The export is itself in the log.
    await admin.goto("/admin/audit?action=audit.exported");
    await expect(admin.getByRole("table", { name: "Audit log" }).getByRole("row").nth(1)).toContainText("Exported the audit log");
  });

  test("the patient's access history lists both pages Maya opened", async () => {
    const me = patient.page;
    await me.goto("/my/access");
    const entries = me.getByRole("listitem");
    await expect(entries.nth(0)).toContainText("Maya Okafor (therapist) opened your exercise plan");
    await expect(entries.nth(1)).toContainText("Maya Okafor (therapist) opened your record to edit it");
  });

  test("a mangled filter shows the whole log instead of an error", async ({ as }) => {
    const admin = await as("admin");
    await admin.goto("/admin/audit?patient=%27%3B+drop&from=2026-02-30&sort=nope&page=-1");
    await expect(admin.getByRole("heading", { level: 1, name: "Audit log" })).toBeVisible();
    await expect(admin.getByLabel("Patient")).toHaveValue("");
    await expect(admin.getByLabel("From")).toHaveValue("");
    await expect(admin.getByRole("table", { name: "Audit log" }).getByRole("row").nth(1)).toBeVisible();
  });

  test("therapists, patients and another clinic get 404 for the log and its CSV", async ({ as }) => {
    const maya = await as("therapist");
    await maya.goto("/admin/audit");
    await expect(maya.getByRole("heading", { name: "Page not found" })).toBeVisible();
    await expect(maya.getByRole("link", { name: "Audit log" })).toHaveCount(0);
    expect((await maya.request.get("/admin/audit/export.csv")).status()).toBe(404);
    const ana = await as("harborTherapist");
    expect((await ana.request.get("/admin/audit")).status()).toBe(404);
    expect((await ana.request.get("/admin/audit/export.csv")).status()).toBe(404);
    const sam = await as("patientA");
    // A patient is sent to their own portal before any staff route runs (proxy.ts); the route would answer 404.
    const answer = await sam.request.get("/admin/audit/export.csv", { maxRedirects: 0 });
    expect(answer.status()).toBe(307);
    expect(new URL(answer.headers().location ?? "", "http://x").pathname).toBe("/my");
  });
});
