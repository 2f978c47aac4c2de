import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";

/** Sam's handout URL, as his own plan page links it (each test finds it itself, so they run in any order). */
async function samsHandout(sam: Page): Promise<string> {
  await sam.goto("/my/plan");
  const href = await sam.getByRole("link", { name: /Download as PDF/ }).getAttribute("href");
  expect(href).toMatch(/^\/protocols\/[0-9a-f-]{36}\/pdf$/);
  return href ?? "";
}

test.describe("protocol handout PDF", () => {
  test("Maya downloads Sam's handout from his record", async ({ as }) => {
    const maya = await as("therapist");
    await maya.goto("/patients?scope=all&q=Sam+Rivera");
    await maya.getByRole("link", { name: "Sam Rivera" }).click();
    const [download] = await Promise.all([maya.waitForEvent("download"), maya.getByRole("link", { name: /Download PDF/ }).first().click()]);
    expect(download.suggestedFilename()).toBe("stride-protocol-sam-rivera-v2.pdf");
    const body = await (await import("node:fs/promises")).readFile(await download.path());
    expect(body.subarray(0, 5).toString()).toBe("%PDF-");
    const pdfPath = new URL(download.url()).pathname;
    expect(pdfPath).toMatch(/^\/protocols\/[0-9a-f-]{36}\/pdf$/);

    const response = await maya.request.get(pdfPath);
    expect(response.status()).toBe(200);
    expect(response.headers()["content-type"]).toBe("application/pdf");
    expect(response.headers()["cache-control"]).toContain("no-store");
    expect(response.headers()["content-disposition"]).toBe('attachment; filename="stride-protocol-sam-rivera-v2.pdf"');
    // The download above stored the handout: the repeat comes from the cache, byte for byte.
    expect(response.headers()["x-stride-cache"]).toBe("hit");
    expect(Buffer.compare(await response.body(), body)).toBe(0);
    // Staff may print an earlier version; it has its own cache entry.
    const v1 = await maya.request.get(`${pdfPath}?version=1`);
    expect(v1.headers()["content-disposition"]).toContain("-v1.pdf");
    expect((await v1.body()).subarray(0, 5).toString()).toBe("%PDF-");
    expect((await maya.request.get(`${pdfPath}?version=1`)).headers()["x-stride-cache"]).toBe("hit");
  });

  test("Sam downloads his own current plan, but not an old version", async ({ as }) => {
    const sam = await as("patientA");
    const pdfPath = await samsHandout(sam);
    const [download] = await Promise.all([sam.waitForEvent("download"), sam.getByRole("link", { name: /Download as PDF/ }).click()]);
    expect(download.suggestedFilename()).toBe("stride-protocol-sam-rivera-v2.pdf");
    expect(new URL(download.url()).pathname).toBe(pdfPath);
    const repeat = await sam.request.get(pdfPath);
    expect(repeat.status()).toBe(200);
    expect(repeat.headers()["x-stride-cache"]).toBe("hit");
    expect((await repeat.body()).subarray(0, 5).toString()).toBe("%PDF-");
    // Maya may have printed version 1 already: the cache still gives Sam only his current version.
    expect((await sam.request.get(`${pdfPath}?version=1`)).status()).toBe(404);
  });

  test("Jordan and a Harbor therapist get 404 for Sam's handout", async ({ as }) => {
    const pdfPath = await samsHandout(await as("patientA"));
    const jordan = await as("patientB");
    expect((await jordan.request.get(pdfPath)).status()).toBe(404);
    const ana = await as("harborTherapist");
    expect((await ana.request.get(pdfPath)).status()).toBe(404);
    expect((await ana.request.get(`${pdfPath}?version=1`)).status()).toBe(404);
  });
});
