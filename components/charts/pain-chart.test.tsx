import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { PainChart } from "./pain-chart";

// Server-rendered markup: the drawing itself needs a measured width, so these check what surrounds it.
const readings = [
  { logDate: "2026-03-02", painAtRest: 3, painDuringExercise: null, painNextMorning: 4 },
  { logDate: "2026-03-09", painAtRest: 2, painDuringExercise: 6, painNextMorning: 3 },
];
const period = { from: "2026-03-01", to: "2026-03-10" };

describe("PainChart", () => {
  it("offers a band for each series with a baseline, exercise first, and captions the hidden drawing", () => {
    const html = renderToStaticMarkup(
      <PainChart
        readings={readings}
        period={period}
        aspectRatio={2.2}
        scaleNote="Pain, NPRS: 0 = no pain, 10 = worst imaginable"
        baseline={{ values: { painAtRest: 3, painDuringExercise: 5, painNextMorning: null }, from: "2026-03-02" }}
        versionMarkers={[{ version: 1, date: "2026-03-02" }]}
        textAlternative="Two pain logs."
      />,
    );
    expect(html).toContain("Shade the meaningful-change band (baseline ± 2) for</legend>");
    expect(html.match(/type="radio"/g)).toHaveLength(2);
    expect(html).toMatch(/checked="" value="painDuringExercise"/);
    expect(html).not.toContain('value="painNextMorning"');
    expect(html).toContain("Pain, NPRS: 0 = no pain, 10 = worst imaginable");
    expect(html).toMatch(/<div aria-hidden="true"><div[^>]*class="recharts-wrapper"/);
    expect(html).toContain("<figcaption");
    expect(html).toContain("Two pain logs.</figcaption></figure>");
  });

  it("shows no band picker without baselines, and caps the width when asked", () => {
    const html = renderToStaticMarkup(
      <PainChart readings={readings} period={period} aspectRatio={1.25} maxWidth={720} textAlternative={<p>Pain at rest: down from 3 to 2 out of 10.</p>} />,
    );
    expect(html).not.toContain("<fieldset");
    expect(html).toContain("max-width:720px");
    expect(html).toContain("aspect-ratio:1.25");
    expect(html).toContain("<p>Pain at rest: down from 3 to 2 out of 10.</p></figcaption>");
  });
});
