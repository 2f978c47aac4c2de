import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { extractText, getDocumentProxy } from "unpdf";
import { describe, expect, it } from "vitest";
import { renderProtocolPdf } from "@/lib/pdf/render-protocol-pdf";
import { FLAG_RULES } from "../flag-catalog";
import { adviceFor } from "../patient-advice";
import { EDUCATION_MODULES } from "./index";

/**
 * Stride never advises a knee brace, sleeve or patellar strap, nor ice, compression or elevation
 * as treatment (docs/clinical/education.md, "What the modules never say"). This scans every text a
 * patient reads: the modules, the advice after a save, the printed handout, and the source of the
 * patient pages and components (their comments too: keep these words out of those files).
 */
const ADVICE_WE_NEVER_GIVE: readonly RegExp[] = [
  /\bbrac(e|es|ing)\b/i,
  /\bsleeves?\b/i,
  /\bstraps?\b/i,
  /\belevat(e|ed|es|ing|ion)\b/i,
  /\bic(e|ing)\b/i,
  /\bcold packs?\b/i,
  /\bcompression\b/i,
  /\bRICE\b/,
];

function offences(text: string): string[] {
  return ADVICE_WE_NEVER_GIVE.flatMap((pattern) => text.match(pattern)?.[0] ?? []);
}

const ROOT = process.cwd();

function filesUnder(dir: string): string[] {
  return readdirSync(path.join(ROOT, dir)).flatMap((name) => {
    const rel = path.join(dir, name);
    if (statSync(path.join(ROOT, rel)).isDirectory()) return filesUnder(rel);
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [rel] : [];
  });
}

describe("no patient-facing text recommends a brace, sleeve, strap, ice, compression or elevation", () => {
  it("catches the advice it is meant to catch", () => {
    expect(offences("Compression with a knee sleeve, brace or strap can help")).toEqual(["brace", "sleeve", "strap", "Compression"]);
    expect(offences("Elevation: rest with the leg raised. Ice the sore area (RICE).")).toEqual(["Elevation", "Ice", "RICE"]);
    expect(offences("advice you notice on a device, at a fair price")).toEqual([]);
  });

  it("in the education modules", () => {
    for (const m of EDUCATION_MODULES) {
      const text = [m.title, m.summary, ...m.body.flatMap((b) => (b.kind === "paragraph" ? [b.text] : b.items))].join("\n");
      expect(offences(text), m.key).toEqual([]);
    }
  });

  it("in the advice after a save, for every rule", () => {
    for (const rule of FLAG_RULES) {
      const advice = adviceFor([{ rule }], { name: "Riverside Physio", phone: "+44 20 7946 0000" });
      expect(offences(advice?.lines.join("\n") ?? ""), rule).toEqual([]);
    }
  });

  it("in the printed handout, with every module chosen", async () => {
    const pdf = await renderProtocolPdf({
      clinicName: "Riverside Physio", clinicPhone: null, pageSize: "A4", patientName: "Alex Doe", therapistName: "Maya", title: "Runner's knee",
      phase: 1, version: 1, startDate: "2026-03-02", versionDate: "2026-03-02", generatedOn: "2026-03-03", portalUrl: "https://clinic.example/login",
      items: [{ name: "Wall sit", group: "quadriceps", sets: 3, reps: null, holdSeconds: 30, frequencyPerWeek: 5, eachSide: false, side: "both", load: null, note: null, instructions: "Lean on a wall.", equipment: "Wall", libraryKey: null }],
      education: EDUCATION_MODULES.map((m) => ({ title: m.title, summary: m.summary })),
    });
    const { text } = await extractText(await getDocumentProxy(new Uint8Array(pdf)), { mergePages: true });
    expect(text).toContain("When your knee flares up");
    // The "What to know" section prints each chosen module's title and summary.
    const flat = text.replace(/\s+/g, " ");
    expect(flat).toContain("What to know");
    for (const m of EDUCATION_MODULES) expect(flat).toContain(`${m.title}: ${m.summary}`);
    expect(offences(text)).toEqual([]);
  });

  it("in the source of the patient pages, patient components, handout and advice", () => {
    const files = [...filesUnder("app/(patient)"), ...filesUnder("components/patient-portal"), ...filesUnder("components/education"), ...filesUnder("lib/pdf"), "lib/clinical/patient-advice.ts"];
    expect(files.length).toBeGreaterThan(20);
    for (const file of files) expect(offences(readFileSync(path.join(ROOT, file), "utf8")), file).toEqual([]);
  });
});
