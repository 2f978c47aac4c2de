import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { parseReviewParams } from "@/lib/validation/review-params";
import { PatientTimeline } from "./patient-timeline";
import { TimelineCharts } from "./timeline-charts";
import { sampleTimeline } from "./timeline-fixture";

// Server-rendered markup: the drawing needs a measured width, so these check what carries its content.
const render = (timeline = sampleTimeline, query: Record<string, string> = {}) =>
  renderToStaticMarkup(<PatientTimeline timeline={timeline} state={parseReviewParams(query)} searchParams={query} />);

describe("PatientTimeline", () => {
  it("captions the drawing's place with the text alternative and offers the table before the charts load", () => {
    const html = render();
    expect(html).toContain('aria-label="Timeline"');
    // recharts arrives after the page is interactive (docs/decisions/0023); its place says so.
    expect(html).toMatch(/<div role="status"[^>]*>Loading the timeline chart…<\/div>/);
    expect(html).toContain("<figcaption");
    expect(html).toContain("Timeline, in words: </span>From 2 Mar 2026 to 15 Mar 2026.");
    expect(html).toContain("Timeline as a table</summary>");
  });

  it("hides the drawing itself from assistive technology, with a key of every series and event kind", () => {
    const html = renderToStaticMarkup(<TimelineCharts timeline={sampleTimeline} />);
    expect(html).toMatch(/<div aria-hidden="true" class="min-w-\[440px\]/);
    // The key sits outside the scrolling drawing, with every series and event kind.
    const key = /<ul aria-hidden="true"[^>]*>(.*?)<\/ul>/.exec(html)?.[1] ?? "";
    const entries = [...key.matchAll(/<\/svg>([^<]+)<\/li>/g)].map((m) => m[1]);
    expect(entries).toEqual([
      "Pain at rest", "Pain during exercise", "Next-morning pain", "14-day reference (pain during exercise)", "Episode baseline",
      "Running km", "Adherence %", "AKPS", "AKPS baseline ± 10", "Protocol version", "Approved suggestion", "Reviewed flag",
    ]);
  });

  it("renders one table row per date, with pain and its reference, AKPS and the events", () => {
    const html = render();
    const rows = html.match(/<tr><th scope="row"[^>]*>[^<]+<\/th>/g) ?? [];
    // Four dates, then two weeks.
    expect(rows.map((r) => r.replace(/<[^>]+>/g, ""))).toEqual(["2 Mar 2026", "9 Mar 2026", "11 Mar 2026", "14 Mar 2026", "2 Mar 2026", "9 Mar 2026"]);
    expect(html).toContain("4/10 (5)</td>");
    expect(html).toContain("<li>Protocol v2 by Maya Okafor: Clam shell 3 x 10 -&gt; 3 x 12; walk-run programme started at stage 2</li>");
    expect(html).toContain("6.5 km, 2 runs</td>");
    expect(html).toContain("100% (33 of 33 sessions, v1 and v2)</td>");
    expect(html).toContain("86% (18 of 21 sessions, v1)</td>");
  });

  it("keeps the range in the URL, marking the current one, and keeps the log table's state", () => {
    const html = render(sampleTimeline, { chart: "episode", logPage: "2" });
    expect(html).toMatch(new RegExp(`<a aria-current="page"[^>]*href="/patients/${sampleTimeline.patientId}\\?chart=episode&amp;logPage=2">Whole episode</a>`));
    expect(html).toContain(`href="/patients/${sampleTimeline.patientId}?logPage=2">Last 12 weeks</a>`);
  });

  it("shows only the sentence when there is nothing to draw", () => {
    const html = render({ ...sampleTimeline, days: [], akps: [], events: [], weeks: [] });
    expect(html).not.toContain("<figure");
    expect(html).toContain("No pain logs in this period.");
  });
});
