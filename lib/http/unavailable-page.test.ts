import { describe, expect, it } from "vitest";
import { safeReturnPath, unavailableHtml } from "./unavailable-page";

describe("the 503 page", () => {
  it("says the database cannot be reached, that nothing saved is lost, and offers a retry", () => {
    const html = unavailableHtml("/patients?q=a&sort=name.asc");
    expect(html).toContain("<title>Temporarily unavailable · Stride</title>");
    expect(html).toContain("<h1>The database cannot be reached</h1>");
    expect(html).toContain("Nothing you saved has been lost. Please try again shortly.");
    expect(html).toContain('<a href="/patients?q=a&#38;sort=name.asc">Try again</a>');
    expect(html).not.toMatch(/<script/i);
  });

  it("escapes the retry address", () => {
    expect(unavailableHtml('/x"><script>alert(1)</script>')).toContain('href="/x&#34;&#62;&#60;script&#62;alert(1)&#60;/script&#62;"');
  });

  it("only ever sends people back to a path on this site", () => {
    expect(safeReturnPath("/patients?q=sam")).toBe("/patients?q=sam");
    for (const bad of [null, "", "https://evil.example", "//evil.example", "/\\evil.example", "javascript:alert(1)", "/unavailable?from=/x"]) {
      expect(safeReturnPath(bad)).toBe("/");
    }
  });
});
