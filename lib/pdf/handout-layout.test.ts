import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import path from "node:path";
import { extractLinks, extractText, getDocumentProxy } from "unpdf";
import { EXERCISE_LIBRARY } from "@/lib/clinical/exercise-library";
import { fromLibrary, handoutBase as base, sevenItems } from "./handout-fixtures";
import { MORNING_ROW } from "./handout-log";
import { formatDose, type ProtocolPdfData, type ProtocolPdfItem } from "./protocol-pdf-data";
import { renderProtocolPdf } from "./render-protocol-pdf";

const squash = (s: string) => s.replace(/\s+/g, " ");

async function pages(buf: Buffer) {
  const pdf = await getDocumentProxy(new Uint8Array(buf));
  const { text } = await extractText(pdf, { mergePages: false });
  return text.map(squash);
}

/** 1-based pages that print an exercise card: its name next to its dose (the log lists names only). */
function cardPages(texts: string[], items: ProtocolPdfItem[]): number[] {
  const found = texts.flatMap((t, i) => (items.some((item) => t.includes(`${item.name} ${formatDose(item)}`)) ? [i + 1] : []));
  for (const item of items) expect(texts.some((t) => t.includes(`${item.name} ${formatDose(item)}`)), item.name).toBe(true);
  return found;
}

const logPages = (texts: string[]) => texts.flatMap((t, i) => (t.includes("Week 1") || t.includes("Week 3") ? [i + 1] : []));

describe("handout layout", () => {
  it("prints a Chinese, accented and Arabic patient record in embedded fonts, read back from the PDF", async () => {
    const note = "تمرين خفيف كل صباح";
    const buf = await renderProtocolPdf({
      ...base, patientName: "李小龍 Müller-Ōtsuka", therapistName: "Ελένη Παππά", title: "Колено бегуна, фаза 1",
      items: [fromLibrary("clamshell", { note })],
    });
    const text = (await pages(buf)).join(" ");
    expect(text).toContain("李小龍 Müller-Ōtsuka");
    expect(text).toContain("Ελένη Παππά");
    expect(text).toContain("Колено бегуна, фаза 1");
    // A PDF stores a line's glyphs left to right as printed. pdf.js gives each Arabic word back in
    // reading order, but the words of a right-to-left run in their printed (visual) order, so the
    // sentence reads back word-reversed. Every word comes back whole (IBM Plex Sans Arabic draws
    // each letter form as one glyph with its own character, see lib/pdf/fonts.ts).
    expect(text).toContain(`From your therapist: ${note.split(" ").reverse().join(" ")}`);
    // Nothing fell back to Helvetica, which would print these blank or as stray Latin letters.
    expect(buf.includes("/BaseFont /Helvetica")).toBe(false);
    for (const family of ["NotoSans-Regular", "NotoSans-Bold", "NotoSansSC-Regular", "IBMPlexSansArabic-Regular"]) {
      expect(buf.includes(`+${family}`), family).toBe(true);
    }
  });

  for (const pageSize of ["A4", "LETTER"] as const) {
    it(`fits 7 exercises on at most 2 pages, then what to know, then the log (${pageSize})`, async () => {
      const texts = await pages(await renderProtocolPdf({ ...base, pageSize, items: sevenItems }));
      console.info(`7 exercises, ${pageSize}: ${texts.length} pages`);
      const cards = cardPages(texts, sevenItems);
      expect(Math.max(...cards)).toBeLessThanOrEqual(2);
      const log = logPages(texts);
      expect(log).toEqual([texts.length - 1, texts.length]);
      // Pain guidance follows the cards, on the last card page or the one after, never among the log.
      const guidance = texts.findIndex((t) => t.includes("How much pain is OK")) + 1;
      expect(guidance).toBeGreaterThanOrEqual(Math.max(...cards));
      expect(guidance).toBeLessThan(log[0] ?? 0);
      expect(texts.length).toBeLessThanOrEqual(5);
    });
  }

  it("flows 15 exercises onto at most 4 card pages and keeps the 4-week log whole", async () => {
    const items = EXERCISE_LIBRARY.slice(0, 15).map((ex) => fromLibrary(ex.key));
    const texts = await pages(await renderProtocolPdf({ ...base, items }));
    console.info(`15 exercises, A4: ${texts.length} pages`);
    expect(Math.max(...cardPages(texts, items))).toBeLessThanOrEqual(4);
    const all = texts.join(" ");
    for (const week of [1, 2, 3, 4]) expect(all).toContain(`Week ${week} Week starting`);
    expect(all).toContain(`15. ${items[14]?.name}`);
    expect(texts.length).toBeLessThanOrEqual(9);
  });

  it("prints the clinic's name and phone on every page, and the name alone when it has no phone", async () => {
    const withPhone = await pages(await renderProtocolPdf({ ...base, items: sevenItems }));
    expect(withPhone.length).toBeGreaterThan(3);
    for (const [i, t] of withPhone.entries()) expect(t, `page ${i + 1}`).toContain("Riverside Physio · Phone 020 7946 0123");
    const withoutPhone = await pages(await renderProtocolPdf({ ...base, clinicPhone: null, items: sevenItems }));
    for (const t of withoutPhone) {
      expect(t).toContain("Riverside Physio");
      expect(t).not.toContain("Phone");
    }
  });

  it("draws start and end positions on a built-in exercise's card and none on a clinic's own", async () => {
    const items: ProtocolPdfItem[] = [
      fromLibrary("clamshell"),
      fromLibrary("calf-raise-double"),
      { ...fromLibrary("wall-sit"), name: "Our own wall lean", libraryKey: null },
    ];
    const text = (await pages(await renderProtocolPdf({ ...base, items }))).join(" ");
    // Each drawn card prints a "Start" and an "End" caption under its two frames.
    expect(text.match(/\bStart End\b/g)).toHaveLength(2);
  });

  it("names and dates the morning row as the online log does, and offers the online log", async () => {
    const data: ProtocolPdfData = { ...base, items: sevenItems };
    const buf = await renderProtocolPdf(data);
    const all = (await pages(buf)).join(" ");
    expect(all.split(MORNING_ROW)).toHaveLength(5);
    expect(all).toContain("your pain on waking in the column of the day you wake up");
    expect(all).toContain("You can log online instead");
    const { links } = await extractLinks(await getDocumentProxy(new Uint8Array(buf)));
    expect(links).toContain(data.portalUrl);
    // The online form's field has the same name, and files the reading under the day you got up.
    const form = readFileSync(path.join(process.cwd(), "components/patient-portal/pain-log-form.tsx"), "utf8");
    expect(form).toContain(`legend="${MORNING_ROW.replace(" (0-10)", "")}"`);
    expect(form).toContain("How your knee felt when you got up on this day");
  });
});
