import { EXERCISE_LIBRARY } from "@/lib/clinical/exercise-library";
import { describe, expect, it } from "vitest";
import { DRAWING_POSES, exerciseDrawing, ZOOM_MAX } from "./exercise-drawings";
import { solve, VIEW } from "./figure";
import { shapeBounds as bounds } from "./shape-bounds";
import { drawingSvg } from "./svg";

/**
 * The built-in keys after the issue-12 library rebuild (briefs/issue12.md). Written out because
 * the library file is rebuilt in parallel; after the merge this becomes EXERCISE_LIBRARY's keys.
 */
/** Every built-in exercise of the library, so a new one without drawings fails here. */
const LIBRARY_KEYS = EXERCISE_LIBRARY.map((e) => e.key);

describe("exercise drawings", () => {
  it.each(LIBRARY_KEYS)("%s has a start and an end drawing with plain alt texts", (key) => {
    const drawing = exerciseDrawing(key);
    expect(drawing?.start.length).toBeGreaterThan(8);
    expect(drawing?.end.length).toBeGreaterThan(8);
    expect(drawing?.alt.start.trim().length).toBeGreaterThan(15);
    expect(drawing?.alt.end.trim().length).toBeGreaterThan(15);
    expect(drawing?.alt.start).not.toBe(drawing?.alt.end);
  });

  it("draws nothing else: no retired exercise, no stray key", () => {
    expect(Object.keys(DRAWING_POSES).sort()).toEqual([...LIBRARY_KEYS].sort());
    expect(exerciseDrawing("donkey-kick")).toBeNull();
    expect(exerciseDrawing("my-clinic-exercise")).toBeNull();
    expect(exerciseDrawing(null)).toBeNull();
    expect(exerciseDrawing("toString")).toBeNull();
  });

  it.each(LIBRARY_KEYS)("%s stays inside its frame (itself inside the shared viewBox), and its knees never bend backwards", (key) => {
    const poses = DRAWING_POSES[key];
    const drawing = exerciseDrawing(key);
    if (!poses || !drawing) throw new Error(`no drawing for ${key}`);
    const { view } = drawing;
    expect(view.x).toBeGreaterThanOrEqual(0);
    expect(view.x + view.width).toBeLessThanOrEqual(VIEW.width + 0.05);
    expect(view.y + view.height).toBe(VIEW.height);
    for (const shapes of [drawing.start, drawing.end]) {
      for (const shape of shapes) {
        const b = bounds(shape);
        expect(b.minX, `${key} ${shape.kind}`).toBeGreaterThanOrEqual(view.x - 0.05);
        expect(b.minY, `${key} ${shape.kind}`).toBeGreaterThanOrEqual(view.y);
        expect(b.maxX, `${key} ${shape.kind}`).toBeLessThanOrEqual(view.x + view.width + 0.05);
        expect(b.maxY, `${key} ${shape.kind}`).toBeLessThanOrEqual(VIEW.height);
      }
    }
    for (const pose of [poses.start, poses.end]) {
      if (pose.view === "side") {
        for (const leg of [pose.frontLeg, pose.backLeg]) expect(leg.knee).toBeGreaterThanOrEqual(0);
        for (const arm of [pose.frontArm, pose.backArm]) expect(arm.elbow).toBeGreaterThanOrEqual(0);
      }
      expect(Number.isFinite(solve(pose).head.x)).toBe(true);
    }
  });

  it("frames a pair once for both frames: a standing figure at full width, a low compact pose larger, never past ZOOM_MAX", () => {
    const lying = exerciseDrawing("straight-leg-raise");
    const standing = exerciseDrawing("calf-raise-double");
    if (!lying || !standing) throw new Error("missing drawings");
    expect(lying.view.y).toBeGreaterThan(40);
    expect(standing.view).toMatchObject({ x: 0, width: VIEW.width });
    expect(standing.view.y).toBeLessThan(10);
    for (const key of LIBRARY_KEYS) {
      const { view } = exerciseDrawing(key) ?? { view: VIEW };
      expect(VIEW.width / view.width, key).toBeLessThanOrEqual(ZOOM_MAX + 1e-9);
    }
    // The two the first cut drew small in a wide frame now show at least 1.25 times the shared scale.
    for (const key of ["clamshell", "massage-gun-thigh"]) {
      const drawing = exerciseDrawing(key);
      expect(VIEW.width / (drawing?.view.width ?? VIEW.width), key).toBeGreaterThanOrEqual(1.25);
    }
  });

  it("writes well-formed SVG with the alt text as its title, escaped", () => {
    const drawing = exerciseDrawing("clamshell");
    if (!drawing) throw new Error("no clamshell");
    const svg = drawingSvg(drawing.start, `${drawing.alt.start} <& "quotes">`);
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" viewBox="0 0 160 132" role="img" aria-label="[^"<]+">/);
    const { x, y, width, height } = drawing.view;
    expect(drawingSvg(drawing.start, "x", drawing.view)).toContain(`viewBox="${x} ${y} ${width} ${height}"`);
    expect(svg).toContain(`<title>Lying on your side, head on your arm, hips and knees bent, feet together &#60;&#38; &#34;quotes&#34;&#62;</title>`);
    expect(svg.endsWith("</svg>")).toBe(true);
    // Every element closes itself: a naive balance check stands in for an XML parser.
    const body = svg.replace(/<title>.*<\/title>/, "");
    const opened = (body.match(/<(line|circle|rect|path)\b/g) ?? []).length;
    expect(opened).toBe(drawing.start.length);
    expect((body.match(/\/>/g) ?? []).length).toBe(opened);
    expect(svg).not.toMatch(/NaN|undefined/);
  });
});
