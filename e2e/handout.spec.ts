import type { Page } from "@playwright/test";
import { extractLinks, extractText, getDocumentProxy } from "unpdf";
import { expect, test } from "./fixtures";
import { PASSWORD, PERSONAS } from "./personas";

/** Sam's handout as the app serves it, read back: each page's text and the links it prints. */
async function samsHandout(as: (persona: "patientA") => Promise<Page>) {
  const sam = await as("patientA");
  await sam.goto("/my/plan");
  const href = await sam.getByRole("link", { name: /Download as PDF/ }).getAttribute("href");
  const response = await sam.request.get(href ?? "");
  expect(response.status()).toBe(200);
  const pdf = await getDocumentProxy(new Uint8Array(await response.body()));
  const { text } = await extractText(pdf, { mergePages: false });
  const { links } = await extractLinks(pdf);
  return { pages: text.map((t) => t.replace(/\s+/g, " ")), links };
}

test.describe("the patient handout", () => {
  test("prints the clinic's phone on every page and links the plan through sign-in", async ({ as }) => {
    const { pages, links } = await samsHandout(as);
    expect(pages.length).toBeGreaterThan(2);
    for (const [i, page] of pages.entries()) expect(page, `page ${i + 1}`).toContain("Riverside Physio · Phone +1 555 0100");
    const planLink = links.find((l) => l.includes("/login?"));
    expect(planLink).toBeDefined();
    expect(new URL(planLink ?? "").pathname).toBe("/login");
    expect(new URL(planLink ?? "").searchParams.get("callbackUrl")).toBe("/my/plan");
  });

  test("a patient who follows the handout's link signs in and lands on their plan", async ({ as, page }) => {
    const { links } = await samsHandout(as);
    const planLink = new URL(links.find((l) => l.includes("/login?")) ?? "");
    // Same path and query as printed and in the QR code; the host is this test server's.
    await page.goto(`${planLink.pathname}${planLink.search}`);
    await page.getByLabel("Email").fill(PERSONAS.patientA.email);
    await page.getByLabel("Password").fill(PASSWORD);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page).toHaveURL(/\/my\/plan$/);
    await expect(page.getByRole("link", { name: /Download as PDF/ })).toBeVisible();
  });

  test("a sign-in link whose callback leaves the site lands on the patient's own home instead", async ({ page }) => {
    await page.goto("/login?callbackUrl=https://evil.example/my/plan");
    await page.getByLabel("Email").fill(PERSONAS.patientA.email);
    await page.getByLabel("Password").fill(PASSWORD);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page).toHaveURL(/\/my$/);
  });
});
