import type { APIResponse, Page } from "@playwright/test";
import { addDays, todayIso } from "@/lib/dates";
import { expect, test } from "./fixtures";

/**
 * The Content-Security-Policy (a fresh nonce per request, scripts carrying it, nothing violating it
 * on the main flows), and the proxy's answers to a forged or oversized server-action POST.
 */

/** Collects CSP violations two ways: the browser's console report and the DOM event. */
async function watchViolations(page: Page): Promise<() => Promise<string[]>> {
  const seen: string[] = [];
  page.on("console", (m) => {
    if (/Content Security Policy|Refused to (load|execute|apply|connect|frame)/i.test(m.text())) seen.push(`console: ${m.text()}`);
  });
  // Init scripts are injected by the browser, outside the page's policy.
  await page.addInitScript(() => {
    const w = window as unknown as { __csp: string[] };
    w.__csp = [];
    document.addEventListener("securitypolicyviolation", (e) => w.__csp.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  return async () => [...seen, ...(await page.evaluate(() => (window as unknown as { __csp?: string[] }).__csp ?? []))];
}

const nonceOf = (response: APIResponse | null) => /'nonce-([^']+)'/.exec(response?.headers()["content-security-policy"] ?? "")?.[1];

async function samRecordPath(maya: Page): Promise<string> {
  await maya.goto("/patients?scope=all&q=Sam+Rivera");
  const href = await maya.getByRole("link", { name: "Sam Rivera" }).getAttribute("href");
  if (!href?.startsWith("/patients/")) throw new Error("no record link for Sam Rivera");
  return href;
}

test.describe("Content-Security-Policy", () => {
  test("every main page sends a policy with a fresh nonce, and every script on it carries that nonce", async ({ as }) => {
    const maya = await as("therapist");
    const admin = await as("admin");
    const sam = await as("patientA");
    const record = await samRecordPath(maya);
    const pages: [Page, string][] = [
      [maya, "/dashboard"], [maya, "/patients"], [maya, record], [maya, `${record}/edit`], [maya, `${record}/protocol`],
      [maya, "/exercises"], [maya, "/templates"], [admin, "/admin/clinic"], [maya, "/no-such-page"],
      [sam, "/my"], [sam, "/my/plan"], [sam, "/my/log"], [sam, "/my/history"], [sam, "/my/access"],
    ];
    const nonces = new Set<string>();
    for (const [page, path] of pages) {
      const response = await page.request.get(path);
      const html = await response.text();
      const nonce = nonceOf(response);
      expect(nonce, `${path}: policy with a nonce`).toMatch(/^[A-Za-z0-9+/]{22}==$/);
      expect(response.headers()["content-security-policy"], path).toContain("'strict-dynamic'");
      expect(response.headers()["content-security-policy"], path).toContain("object-src 'none'; base-uri 'none'; frame-ancestors 'none'");
      expect(response.headers()["strict-transport-security"], `${path}: no HSTS over plain http`).toBeUndefined();
      const scripts = html.match(/<script\b[^>]*>/g) ?? [];
      expect(scripts.length, `${path}: has scripts`).toBeGreaterThan(3);
      expect(scripts.filter((s) => !s.includes(`nonce="${nonce}"`)), `${path}: scripts without the nonce`).toEqual([]);
      nonces.add(nonce as string);
    }
    expect(nonces.size).toBe(pages.length); // a new nonce for every response
  });

  test("public pages get the policy too: sign-in, invite and reset links", async ({ playwright, baseURL }) => {
    const anonymous = await playwright.request.newContext({ baseURL });
    for (const path of ["/login", "/login/reset-help", "/invite/not-a-real-token", "/reset/not-a-real-token"]) {
      const response = await anonymous.get(path, { maxRedirects: 0 });
      expect([path, response.status() < 500]).toEqual([path, true]);
      expect(nonceOf(response), path).toMatch(/^[A-Za-z0-9+/]{22}==$/);
    }
    await anonymous.dispose();
  });

  test("signing in on /login works under the policy with no violation", async ({ browser }) => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const violations = await watchViolations(page);
    await page.goto("/login");
    await page.getByLabel("Email").fill("leo@riverside.test");
    await page.getByLabel("Password").fill("stride-demo-2026");
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page).toHaveURL(/\/dashboard/);
    await expect(page.getByRole("heading", { level: 1 }).first()).toBeVisible();
    expect(await violations()).toEqual([]);
    await context.close();
  });

  test("the dashboard, Sam's record with its chart, and the PDF download raise no violation", async ({ as }) => {
    const maya = await as("therapist");
    const violations = await watchViolations(maya);
    await maya.goto("/dashboard");
    await expect(maya.getByRole("heading", { level: 1 }).first()).toBeVisible();
    const record = await samRecordPath(maya);
    await maya.goto(record);
    const pain = maya.getByRole("region", { name: "Timeline", exact: true }).locator(".recharts-wrapper").first();
    await expect(pain.locator("svg path.recharts-line-curve")).toHaveCount(5); // recharts drew under the policy
    const [download] = await Promise.all([maya.waitForEvent("download"), maya.getByRole("link", { name: /Download PDF/ }).first().click()]);
    expect(download.suggestedFilename()).toMatch(/^stride-protocol-sam-rivera-v\d+\.pdf$/);
    expect(await violations()).toEqual([]);
  });

  test("Sam's home, plan download, history chart and log form (an action round trip) raise no violation", async ({ as }) => {
    const sam = await as("patientA");
    const violations = await watchViolations(sam);
    await sam.goto("/my");
    await expect(sam.getByRole("heading", { name: "Hello, Sam" })).toBeVisible();
    await sam.goto("/my/plan");
    const [download] = await Promise.all([sam.waitForEvent("download"), sam.getByRole("link", { name: /Download as PDF/ }).click()]);
    expect(download.suggestedFilename()).toMatch(/\.pdf$/);
    await sam.goto("/my/history");
    await expect(sam.locator(".recharts-line")).toHaveCount(3);
    // An invalid log: the action runs and answers with field messages, and nothing is saved.
    await sam.goto(`/my/log?date=${addDays(todayIso(), -50)}`);
    await sam.getByLabel("Note").fill("kept under the policy");
    await sam.getByRole("button", { name: "Save log" }).click();
    await expect(sam.getByRole("alert").filter({ hasText: "Please correct the highlighted fields. Nothing was saved." })).toBeVisible();
    await expect(sam.getByLabel("Note")).toHaveValue("kept under the policy");
    expect(await violations()).toEqual([]);
  });
});

test.describe("server-action POSTs the proxy refuses", () => {
  /** The log form's action id, as React writes it into the page for posts without JavaScript. */
  async function logActionId(sam: Page): Promise<string> {
    const html = await (await sam.request.get("/my/log")).text();
    const id = /\{&quot;id&quot;:&quot;([0-9a-f]{40,})&quot;/.exec(html)?.[1];
    if (!id) throw new Error("no server action on /my/log");
    return id;
  }

  test("a POST from another site answers 403, not 500, and saves nothing", async ({ as, baseURL }) => {
    const sam = await as("patientA");
    const id = await logActionId(sam);
    const response = await sam.request.post("/my/log", {
      headers: { "Next-Action": id, Origin: "https://evil.example" },
      multipart: { "0": JSON.stringify([{}, "$K1"]), _1_logDate: todayIso(), _1_painAtRest: "9", _1_note: "forged" },
    });
    expect(response.status()).toBe(403);
    expect(await response.json()).toEqual({ error: "This form was sent from another site, so it was refused. Nothing was saved." });
    // From our own origin, the same action runs (an empty form: it answers with field messages).
    const own = await sam.request.post("/my/log", { headers: { "Next-Action": id, Origin: baseURL ?? "" }, multipart: { "0": JSON.stringify([{}, "$K1"]) } });
    expect(own.status()).toBe(200);
  });

  test("a 2 MB action body answers 413 with a message, not 500", async ({ as, baseURL }) => {
    const sam = await as("patientA");
    const id = await logActionId(sam);
    const response = await sam.request.post("/my/log", {
      headers: { "Next-Action": id, Origin: baseURL ?? "" },
      multipart: { _1_logDate: todayIso(), _1_painAtRest: "2", _1_note: "x".repeat(2 * 1024 * 1024), "0": JSON.stringify([{}, "$K1"]) },
    });
    expect(response.status()).toBe(413);
    expect(await response.text()).toBe("This form is too large to send (the limit is 1 MB). Nothing was saved: shorten the text and try again.");
  });
});
