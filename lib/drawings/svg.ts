import { TONE, VIEW, type Shape } from "./figure";

export type ViewBox = { x: number; y: number; width: number; height: number };
export const viewBoxAttr = (v: ViewBox) => `${v.x} ${v.y} ${v.width} ${v.height}`;

const n = (v: number) => String(Math.round(v * 10) / 10);
const escapeXml = (text: string) => text.replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`);

export type ShapeTag = "line" | "circle" | "rect" | "path";
export type ShapeAttributes = Record<string, string | number | undefined>;

/**
 * One shape as an SVG element name and its attributes (React's camelCase names): the one place
 * that turns the figure model into paint, used by the web component, the PDF and the SVG files.
 */
export function shapeElement(shape: Shape): { tag: ShapeTag; attrs: ShapeAttributes } {
  switch (shape.kind) {
    case "line":
      return { tag: "line", attrs: { x1: shape.x1, y1: shape.y1, x2: shape.x2, y2: shape.y2, stroke: TONE[shape.tone], strokeWidth: shape.width, strokeLinecap: "round", strokeDasharray: shape.dash } };
    case "circle":
      return { tag: "circle", attrs: { cx: shape.cx, cy: shape.cy, r: shape.r, fill: TONE[shape.fill], stroke: TONE[shape.tone], strokeWidth: shape.width } };
    case "rect":
      return { tag: "rect", attrs: { x: shape.x, y: shape.y, width: shape.w, height: shape.h, rx: shape.rx, fill: TONE[shape.fill], stroke: TONE[shape.tone], strokeWidth: shape.width } };
    case "path":
      return { tag: "path", attrs: { d: shape.d, fill: shape.fill === "none" ? "none" : TONE[shape.fill], stroke: TONE[shape.tone], strokeWidth: shape.width, strokeLinecap: "round", strokeLinejoin: "round" } };
  }
}

const kebab = (name: string) => name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);

/** One shape as SVG markup (coordinates to a tenth), for sheets and files. */
export function shapeToSvg(shape: Shape): string {
  const { tag, attrs } = shapeElement(shape);
  const written = Object.entries(attrs)
    .filter(([, value]) => value !== undefined)
    .map(([name, value]) => `${kebab(name)}="${typeof value === "number" ? n(value) : escapeXml(String(value))}"`);
  return `<${tag} ${written.join(" ")}/>`;
}

/** A standalone SVG document of one drawing, titled with its alt text (for sheets and files). */
export function drawingSvg(shapes: readonly Shape[], title: string, view: ViewBox = { x: 0, y: 0, ...VIEW }): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="${viewBoxAttr(view)}" role="img" aria-label="${escapeXml(title)}"><title>${escapeXml(title)}</title>${shapes.map(shapeToSvg).join("")}</svg>`;
}
