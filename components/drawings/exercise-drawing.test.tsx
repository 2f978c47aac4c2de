import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { ExerciseDrawing } from "./exercise-drawing";

describe("ExerciseDrawing", () => {
  it("renders the start and the end as images named by their alt texts, with visible captions", () => {
    const html = renderToStaticMarkup(<ExerciseDrawing drawingKey="clamshell" />);
    const images = html.match(/<svg[^>]*role="img"[^>]*>/g) ?? [];
    expect(images).toHaveLength(2);
    expect(html).toMatch(/<title id="[^"]+">Start: Lying on your side, head on your arm, hips and knees bent, feet together<\/title>/);
    expect(html).toMatch(/<title id="[^"]+">End: Top knee lifted open, feet still touching<\/title>/);
    // Each svg is labelled by its own title.
    for (const svg of images) {
      const id = /aria-labelledby="([^"]+)"/.exec(svg)?.[1];
      expect(html).toContain(`<title id="${id}">`);
    }
    expect(html).toContain(">Start</figcaption>");
    expect(html).toContain(">End</figcaption>");
    // Both frames share the pair's framing (lib/drawings/exercise-drawings.ts frameOf).
    const boxes = html.match(/viewBox="[\d.]+ \d+ [\d.]+ \d+"/g) ?? [];
    expect(boxes).toHaveLength(2);
    expect(boxes[0]).toBe(boxes[1]);
  });

  it("renders nothing for an exercise without a drawing", () => {
    expect(renderToStaticMarkup(<ExerciseDrawing drawingKey={null} />)).toBe("");
    expect(renderToStaticMarkup(<ExerciseDrawing drawingKey="home-made-exercise" />)).toBe("");
  });
});
