import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { DATABASE_UNAVAILABLE_DETAIL } from "@/lib/db-errors";
import { ErrorPanel } from "./error-panel";

describe("ErrorPanel", () => {
  it("gives the page's own title, the 503 page's words and a retry button, never the error itself", () => {
    const html = renderToStaticMarkup(<ErrorPanel title="Stride could not load this page" onRetry={() => undefined} />);
    expect(html).toMatch(/^<main id="main"/);
    expect(html).toContain(">Stride could not load this page</h1>");
    expect(html).toContain(DATABASE_UNAVAILABLE_DETAIL);
    expect(html).toMatch(/<button type="button"[^>]*>Try again<\/button>/);
  });
});
