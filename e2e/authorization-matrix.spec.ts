import type { Browser } from "@playwright/test";
import { expect, test } from "./fixtures";
import { storageStatePath, type Persona } from "./personas";

/**
 * DESIGN.md's authorization matrix: every page and route handler, as every persona, with the
 * answer each must get. "ok" is a 200 on the URL itself; "login", "my" and "dashboard" are where
 * the persona is sent; "404" is the not-found answer a row outside one's scope gets.
 * Sam (patient A) and his protocol are the Riverside records under test; ids are looked up live.
 */
type Answer = "ok" | "404" | "login" | "my" | "dashboard";
type Who = "anonymous" | Extract<Persona, "patientA" | "patientB" | "therapist" | "admin" | "harborTherapist">;
const WHO: Who[] = ["anonymous", "patientA", "patientB", "therapist", "admin", "harborTherapist"];

const staffPage = { anonymous: "login", patientA: "my", patientB: "my", therapist: "ok", admin: "ok", harborTherapist: "ok" } as const;
const samsRecord = { ...staffPage, harborTherapist: "404" } as const;
const patientPage = { anonymous: "login", patientA: "ok", patientB: "ok", therapist: "dashboard", admin: "dashboard", harborTherapist: "dashboard" } as const;
const adminPage = { ...staffPage, therapist: "404", harborTherapist: "404" } as const;
const signedIn = { anonymous: "login", patientA: "ok", patientB: "ok", therapist: "ok", admin: "ok", harborTherapist: "ok" } as const;
const publicPage = { ...signedIn, anonymous: "ok" } as const;

const MATRIX: { path: (ids: Ids) => string; expect: Record<Who, Answer> }[] = [
  { path: () => "/dashboard", expect: staffPage },
  { path: () => "/patients", expect: staffPage },
  { path: () => "/patients/new", expect: staffPage },
  { path: (ids) => `/patients/${ids.sam}`, expect: samsRecord },
  { path: (ids) => `/patients/${ids.sam}/edit`, expect: samsRecord },
  { path: (ids) => `/patients/${ids.sam}/protocol`, expect: samsRecord },
  { path: (ids) => `/patients/${ids.sam}/logs.csv`, expect: samsRecord },
  { path: () => "/patients/00000000-0000-4000-8000-000000000000", expect: { ...staffPage, therapist: "404", admin: "404", harborTherapist: "404" } },
  { path: () => "/patients/not-a-uuid", expect: { ...staffPage, therapist: "404", admin: "404", harborTherapist: "404" } },
  { path: () => "/exercises", expect: staffPage },
  { path: () => "/templates", expect: staffPage },
  { path: () => "/my", expect: patientPage },
  { path: () => "/my/plan", expect: patientPage },
  { path: () => "/my/log", expect: patientPage },
  { path: () => "/my/history", expect: patientPage },
  { path: () => "/my/access", expect: patientPage },
  { path: () => "/my/outcomes", expect: patientPage },
  // Education (lib/dal/my-education.ts): Sam runs, so his default set has running load; Jordan's does not.
  { path: () => "/my/learn", expect: patientPage },
  { path: () => "/my/learn/running-load", expect: { ...patientPage, patientB: "404" } },
  { path: () => "/my/learn/not-a-module", expect: { ...patientPage, patientA: "404", patientB: "404" } },
  { path: (ids) => `/protocols/${ids.samProtocol}/pdf`, expect: { anonymous: "login", patientA: "ok", patientB: "404", therapist: "ok", admin: "ok", harborTherapist: "404" } },
  { path: () => "/admin/therapists", expect: adminPage },
  { path: () => "/admin/audit", expect: adminPage },
  { path: () => "/admin/audit/export.csv", expect: adminPage },
  { path: () => "/admin/clinic", expect: adminPage },
  { path: () => "/account", expect: signedIn },
  { path: () => "/login/reset-help", expect: publicPage },
  { path: () => "/reset/not-a-real-link-token-000000", expect: publicPage },
  { path: () => "/api/health", expect: { anonymous: "ok", patientA: "ok", patientB: "ok", therapist: "ok", admin: "ok", harborTherapist: "ok" } },
];

type Ids = { sam: string; samProtocol: string };

async function lookUpIds(browser: Browser): Promise<Ids> {
  const context = await browser.newContext({ storageState: storageStatePath("therapist") });
  const page = await context.newPage();
  await page.goto("/patients?scope=all&q=Sam+Rivera");
  await page.getByRole("link", { name: "Sam Rivera" }).click();
  await page.waitForURL(/\/patients\/[0-9a-f-]{36}$/);
  const sam = new URL(page.url()).pathname.split("/")[2] ?? "";
  const pdfHref = await page.getByRole("link", { name: /PDF/ }).first().getAttribute("href");
  await context.close();
  const samProtocol = pdfHref?.match(/\/protocols\/([0-9a-f-]{36})\/pdf/)?.[1] ?? "";
  return { sam, samProtocol };
}

test.describe("authorization matrix", () => {
  let ids: Ids;
  test.beforeAll(async ({ browser }) => {
    ids = await lookUpIds(browser);
    expect(ids.sam).toMatch(/^[0-9a-f-]{36}$/);
    expect(ids.samProtocol).toMatch(/^[0-9a-f-]{36}$/);
  });

  for (const who of WHO) {
    test(`as ${who}`, async ({ browser }) => {
      const context = await browser.newContext(who === "anonymous" ? {} : { storageState: storageStatePath(who) });
      const failures: string[] = [];
      for (const row of MATRIX) {
        const path = row.path(ids);
        const expected = row.expect[who];
        const response = await context.request.get(path, { maxRedirects: 5 });
        const landed = new URL(response.url()).pathname;
        const actual: Answer =
          response.status() === 404 ? "404" : landed === "/login" ? "login" : landed === "/my" && !path.startsWith("/my") ? "my" : landed === "/dashboard" && path !== "/dashboard" ? "dashboard" : response.ok() ? "ok" : "404";
        if (actual !== expected) failures.push(`${path}: expected ${expected}, got ${actual} (HTTP ${response.status()} at ${landed})`);
      }
      await context.close();
      expect(failures).toEqual([]);
    });
  }
});
