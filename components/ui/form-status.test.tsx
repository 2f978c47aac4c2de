import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { FormStatus } from "./form-status";

/** The outer element's opening tag, to check its attributes in any order. */
const openingTag = (html: string) => /^<div[^>]*>/.exec(html)?.[0] ?? "";

describe("FormStatus", () => {
  it("renders nothing before the action answers", () => {
    expect(renderToStaticMarkup(<FormStatus state={{}} />)).toBe("");
  });

  it("keeps a refusal's role=alert and makes it focusable by script only, for useFocusFirstError", () => {
    const html = renderToStaticMarkup(<FormStatus state={{ ok: false, message: "Stride cannot reach its database right now." }} />);
    const tag = openingTag(html);
    expect(tag).toContain('role="alert"');
    expect(tag).toContain('tabindex="-1"');
    expect(tag).toContain('data-form-status=""');
    expect(html).toContain(">Stride cannot reach its database right now.</div>");
  });

  it("marks the summary with field labels the same way", () => {
    const html = renderToStaticMarkup(<FormStatus state={{ ok: false, message: "Nothing was saved.", fieldErrors: { logDate: ["Too far back."] } }} fieldLabels={{ logDate: "Date" }} />);
    const tag = openingTag(html);
    expect(tag).toContain('role="alert"');
    expect(tag).toContain('tabindex="-1"');
    expect(tag).toContain('data-form-status=""');
    expect(html).toContain("<li>Date: Too far back.</li>");
  });

  it("announces a success politely, still findable for a form that focuses its outcome", () => {
    const tag = openingTag(renderToStaticMarkup(<FormStatus state={{ ok: true, message: "Saved." }} />));
    expect(tag).toContain('role="status"');
    expect(tag).toContain('data-form-status=""');
  });
});
