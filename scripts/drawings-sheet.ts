/**
 * The contact sheet of every exercise drawing (npm run drawings:sheet): an HTML file a person can
 * open, and PNGs of it at desktop and phone width, to check the set reads right and looks
 * consistent. Writes to .data/ (or the folder given as the first argument).
 */
import fs from "node:fs";
import path from "node:path";
import { chromium } from "@playwright/test";
import { DRAWING_POSES, exerciseDrawing } from "@/lib/drawings/exercise-drawings";
import { drawingSvg } from "@/lib/drawings/svg";

const outDir = path.resolve(process.argv[2] ?? ".data");
const escape = (s: string) => s.replace(/[<>&]/g, (c) => `&#${c.charCodeAt(0)};`);

function sheetHtml(): string {
  const cards = Object.keys(DRAWING_POSES).map((key) => {
    const drawing = exerciseDrawing(key);
    if (!drawing) throw new Error(`no drawing for ${key}`);
    const frame = (which: "start" | "end") =>
      `<figure>${drawingSvg(drawing[which], drawing.alt[which], drawing.view)}<figcaption><b>${which === "start" ? "Start" : "End"}</b> ${escape(drawing.alt[which])}</figcaption></figure>`;
    return `<section><h2>${key}</h2><div class="pair">${frame("start")}${frame("end")}</div></section>`;
  });
  return `<!doctype html><meta charset="utf-8"><title>Stride exercise drawings</title>
<style>
body{font-family:system-ui,sans-serif;margin:16px;color:#27272a}
main{display:grid;grid-template-columns:repeat(auto-fill,minmax(320px,1fr));gap:12px}
section{border:1px solid #d4d4d8;border-radius:8px;padding:8px}
h2{font-size:14px;margin:0 0 4px}
.pair{display:grid;grid-template-columns:1fr 1fr;gap:6px}
figure{margin:0}svg{width:100%;height:auto;display:block;border:1px solid #f4f4f5}
figcaption{font-size:11px;line-height:1.3}
</style><h1>Stride exercise drawings (${cards.length})</h1><main>${cards.join("\n")}</main>`;
}

async function main() {
  fs.mkdirSync(outDir, { recursive: true });
  const htmlPath = path.join(outDir, "drawings-sheet.html");
  fs.writeFileSync(htmlPath, sheetHtml());
  const executablePath = process.env.CHROMIUM_PATH ?? (fs.existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : undefined);
  const browser = await chromium.launch({ executablePath, args: ["--no-sandbox", "--disable-gpu"] });
  try {
    for (const [name, width] of [["desktop", 1400], ["phone", 390]] as const) {
      const page = await browser.newPage({ viewport: { width, height: 800 }, deviceScaleFactor: name === "phone" ? 2 : 1 });
      await page.goto(`file://${htmlPath}`);
      await page.screenshot({ path: path.join(outDir, `drawings-sheet-${name}.png`), fullPage: true });
      await page.close();
    }
  } finally {
    await browser.close();
  }
  console.log(`Wrote ${htmlPath} and drawings-sheet-{desktop,phone}.png in ${outDir}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
