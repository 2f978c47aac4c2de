import { describe, expect, it } from "vitest";
import { extractText, getDocumentProxy } from "unpdf";
import { EXERCISE_LIBRARY } from "@/lib/clinical/exercise-library";
import { fromLibrary, handoutBase as base, sevenItems } from "./handout-fixtures";
import { formatDose, type ProtocolPdfData } from "./protocol-pdf-data";
import { renderProtocolPdf } from "./render-protocol-pdf";

const sampleProtocol: ProtocolPdfData = { ...base, items: sevenItems };

/** pdf.js splits lines into separate items; compare on collapsed whitespace. */
const squash = (s: string) => s.replace(/\s+/g, " ");

async function readBack(buf: Buffer) {
  const pdf = await getDocumentProxy(new Uint8Array(buf));
  const { text, totalPages } = await extractText(pdf, { mergePages: true });
  const page = await pdf.getPage(1);
  return { text: squash(text), totalPages, view: page.view };
}

describe("renderProtocolPdf", () => {
  it("prints the patient, every exercise with its dose, the version and the pain guidance", async () => {
    const buf = await renderProtocolPdf(sampleProtocol);
    expect(buf.subarray(0, 5).toString("latin1")).toBe("%PDF-");
    const { text, totalPages } = await readBack(buf);
    console.info(`7-exercise protocol: ${totalPages} pages`);
    expect(text).toContain("Zoë O'Neill-Smith");
    for (const item of sevenItems) {
      // Adjacent, so each dose is known to sit under its own exercise.
      expect(text).toContain(`${item.name} ${formatDose(item)}`);
    }
    expect(text).toContain("version 3");
    expect(text).toContain("Pain up to 5 out of 10 during an exercise is fine, as long as it has settled by the next morning.");
    expect(text).toContain("ease off");
    expect(text).toContain("https://clinic.example/login?callbackUrl=/my/plan");
    expect(text).toMatch(/Page 1 of \d/);
    // Hip, then quadriceps, then flexibility, whatever order the items arrived in.
    const hip = text.indexOf("Hip strengthening");
    const quads = text.indexOf("Thigh (quadriceps) strengthening");
    const flex = text.indexOf("Flexibility");
    expect(hip).toBeGreaterThan(-1);
    expect(quads).toBeGreaterThan(hip);
    expect(flex).toBeGreaterThan(quads);
  });

  it("uses Letter when asked and A4 otherwise", async () => {
    const a4 = await readBack(await renderProtocolPdf(sampleProtocol));
    const letter = await readBack(await renderProtocolPdf({ ...sampleProtocol, pageSize: "LETTER" }));
    expect(a4.view[2]).toBeCloseTo(595.28, 0);
    expect(a4.view[3]).toBeCloseTo(841.89, 0);
    expect(letter.view[2]).toBeCloseTo(612, 0);
    expect(letter.view[3]).toBeCloseTo(792, 0);
  });

  it("flows 15 exercises with long notes onto further pages without cutting anything off", async () => {
    const filler = "Go slowly and stop if the knee feels sharp or unstable; a dull ache that fades within a few minutes " +
      "is expected and fine. Keep the kneecap pointing over your second toe, breathe out as you work, and rest " +
      "for about a minute between sets so the last reps are as clean as the first ones.";
    const items = EXERCISE_LIBRARY.slice(0, 15).map((ex, i) =>
      fromLibrary(ex.key, { note: `${filler} Long note ${i + 1} ends here.` }));
    expect(items).toHaveLength(15);
    expect(items.every((item) => (item.note ?? "").length >= 300)).toBe(true);
    const { text, totalPages } = await readBack(await renderProtocolPdf({ ...base, items }));
    console.info(`15-exercise protocol with long notes: ${totalPages} pages`);
    expect(totalPages).toBeGreaterThan(3);
    for (const [i, item] of items.entries()) {
      expect(text).toContain(item.name);
      expect(text).toContain(`Long note ${i + 1} ends here.`);
    }
    expect(text).toContain(`Page ${totalPages} of ${totalPages}`);
  });

  it("prints symbols as typed and drops only the emoji no embedded font has", async () => {
    const items = [fromLibrary("clamshell", { note: "Pain ≤ 3/10 → progress 💪" })];
    const { text } = await readBack(await renderProtocolPdf({ ...base, items }));
    expect(text).toContain("Pain ≤ 3/10 → progress");
    expect(text).not.toContain("💪");
  });
});

