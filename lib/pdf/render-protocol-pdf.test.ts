import { describe, expect, it } from "vitest";
import { extractText, getDocumentProxy } from "unpdf";
import { EXERCISE_LIBRARY, type LibraryExercise } from "@/lib/clinical/exercise-library";
import { formatDose, pdfFileName, toWinAnsi, type ProtocolPdfData, type ProtocolPdfItem } from "./protocol-pdf-data";
import { renderProtocolPdf } from "./render-protocol-pdf";

function fromLibrary(key: string, overrides: Partial<ProtocolPdfItem> = {}): ProtocolPdfItem {
  const ex: LibraryExercise | undefined = EXERCISE_LIBRARY.find((e) => e.key === key);
  if (!ex) throw new Error(`No library exercise "${key}"`);
  return {
    name: ex.name, group: ex.group, sets: ex.sets, reps: ex.reps, holdSeconds: ex.holdSeconds,
    frequencyPerWeek: ex.frequencyPerWeek, eachSide: ex.eachSide, side: "both", load: null,
    note: ex.doseNote, instructions: ex.instructions, equipment: ex.equipment, ...overrides,
  };
}

const base: Omit<ProtocolPdfData, "items"> = {
  clinicName: "Riverside Physio",
  pageSize: "A4",
  patientName: "Zoë O'Neill-Smith",
  therapistName: "Sam Carter",
  title: "Runner's knee, phase 1",
  phase: 1,
  version: 3,
  startDate: "2025-03-03",
  versionDate: "2025-03-24",
  generatedOn: "2025-03-25",
  portalUrl: "https://clinic.example/login",
};

// Listed out of group order on purpose: the renderer must regroup them.
const sevenItems: ProtocolPdfItem[] = [
  fromLibrary("quad-stretch"),
  fromLibrary("clamshell", { load: "Green band", note: "Keep your heels together throughout." }),
  fromLibrary("side-lying-leg-raise", { side: "right", eachSide: false, sets: 2, reps: 15 }),
  fromLibrary("banded-glute-bridge"),
  fromLibrary("straight-leg-raise", { load: "0.5 kg ankle weight" }),
  fromLibrary("single-leg-balance"),
  fromLibrary("foam-roll-quads"),
];

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
    expect(text).toContain("https://clinic.example/login");
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

  it("survives characters Helvetica cannot encode", async () => {
    const items = [fromLibrary("clamshell", { note: "Pain ≤ 3/10 → progress 💪" })];
    const { text } = await readBack(await renderProtocolPdf({ ...base, items }));
    expect(text).toContain("Pain <= 3/10 -> progress");
  });
});

describe("formatDose", () => {
  const dose = { sets: 3, reps: 12, holdSeconds: null, frequencyPerWeek: 5, eachSide: true };
  it("describes sets and reps", () => {
    expect(formatDose(dose)).toBe("3 sets x 12 reps, each side, 5 days a week");
    expect(formatDose({ ...dose, sets: 1, reps: 1, eachSide: false, frequencyPerWeek: 1 })).toBe("1 set x 1 rep, once a week");
  });
  it("says each side only when both legs are prescribed", () => {
    expect(formatDose({ ...dose, side: "both" })).toBe("3 sets x 12 reps, each side, 5 days a week");
    expect(formatDose({ ...dose, side: "right" })).toBe("3 sets x 12 reps, 5 days a week");
    expect(formatDose({ ...dose, side: "left" })).toBe("3 sets x 12 reps, 5 days a week");
  });
  it("describes holds and calls seven days a week daily", () => {
    expect(formatDose({ ...dose, reps: null, holdSeconds: 30, eachSide: false, frequencyPerWeek: 7 }))
      .toBe("3 x 30-second holds, daily");
    expect(formatDose({ ...dose, sets: 1, reps: null, holdSeconds: 120, eachSide: false, frequencyPerWeek: 14 }))
      .toBe("1 x 2-minute hold, twice daily");
  });
  it("handles reps with a hold, bare sets and more than seven sessions", () => {
    expect(formatDose({ ...dose, reps: 10, holdSeconds: 5, frequencyPerWeek: 3 }))
      .toBe("3 sets x 10 reps, holding each for 5 seconds, each side, 3 days a week");
    expect(formatDose({ ...dose, reps: null, eachSide: false, frequencyPerWeek: 10 })).toBe("3 sets, 10 times a week");
  });
});

describe("pdfFileName", () => {
  it("slugs names to ASCII", () => {
    expect(pdfFileName("Zoë O'Neill-Smith", 3)).toBe("stride-protocol-zoe-oneill-smith-v3.pdf");
    expect(pdfFileName("Jürgen Strauß", 1)).toBe("stride-protocol-jurgen-strauss-v1.pdf");
  });
  it("never produces an empty slug", () => {
    expect(pdfFileName("", 2)).toBe("stride-protocol-patient-v2.pdf");
    expect(pdfFileName("  ---  ", 2)).toBe("stride-protocol-patient-v2.pdf");
    expect(pdfFileName("李小龍", 2)).toBe("stride-protocol-patient-v2.pdf");
  });
  it("strips path and header characters", () => {
    const name = pdfFileName('../../etc/passwd\\x"; rm', 4);
    expect(name).toBe("stride-protocol-etc-passwd-x-rm-v4.pdf");
    expect(name).toMatch(/^[a-z0-9.-]+$/);
  });
  it("keeps the version a positive integer", () => {
    expect(pdfFileName("Ann Lee", Number.NaN)).toBe("stride-protocol-ann-lee-v1.pdf");
    expect(pdfFileName("Ann Lee", 2.7)).toBe("stride-protocol-ann-lee-v2.pdf");
  });
});

describe("toWinAnsi", () => {
  it("keeps Latin-1 and typographic quotes, folds or drops the rest", () => {
    expect(toWinAnsi("Zoë – “ok” ≥ 2 × 3 ł 😀")).toBe("Zoë – “ok” >= 2 × 3 l ");
  });
});
