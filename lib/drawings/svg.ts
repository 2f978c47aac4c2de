import { TONE, VIEW, type Shape } from "./figure";

export type ViewBox = { x: number; y: number; width: number; height: number };
export const viewBoxAttr = (v: ViewBox) => `${v.x} ${v.y} ${v.width} ${v.height}`;

const n = (v: number) => String(Math.round(v * 10) / 10);
const escapeXml = (text: string) => text.replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** One shape as SVG markup: the same primitives the React and PDF renderers draw. */
export function shapeToSvg(shape: Shape): string {
  switch (shape.kind) {
    case "line":
      return `<line x1="${n(shape.x1)}" y1="${n(shape.y1)}" x2="${n(shape.x2)}" y2="${n(shape.y2)}" stroke="${TONE[shape.tone]}" stroke-width="${shape.width}" stroke-linecap="round"${shape.dash ? ` stroke-dasharray="${shape.dash}"` : ""}/>`;
    case "circle":
      return `<circle cx="${n(shape.cx)}" cy="${n(shape.cy)}" r="${n(shape.r)}" fill="${TONE[shape.fill]}" stroke="${TONE[shape.tone]}" stroke-width="${shape.width}"/>`;
    case "rect":
      return `<rect x="${n(shape.x)}" y="${n(shape.y)}" width="${n(shape.w)}" height="${n(shape.h)}" rx="${n(shape.rx)}" fill="${TONE[shape.fill]}" stroke="${TONE[shape.tone]}" stroke-width="${shape.width}"/>`;
    case "path":
      return `<path d="${shape.d}" fill="${shape.fill === "none" ? "none" : TONE[shape.fill]}" stroke="${TONE[shape.tone]}" stroke-width="${shape.width}" stroke-linecap="round" stroke-linejoin="round"/>`;
  }
}

/** A standalone SVG document of one drawing, titled with its alt text (for sheets and files). */
export function drawingSvg(shapes: readonly Shape[], title: string, view: ViewBox = { x: 0, y: 0, ...VIEW }): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="${viewBoxAttr(view)}" role="img" aria-label="${escapeXml(title)}"><title>${escapeXml(title)}</title>${shapes.map(shapeToSvg).join("")}</svg>`;
}
