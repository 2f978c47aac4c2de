import { describe, expect, it } from "vitest";
import { pdfDataHash } from "./pdf-data-hash";
import type { ProtocolPdfData } from "./protocol-pdf-data";

const data: ProtocolPdfData = {
  clinicName: "Riverside Physio", clinicPhone: null, pageSize: "A4", patientName: "Sam Rivera", therapistName: "Maya Chen",
  title: "Runner's knee, phase 1", phase: 1, version: 2, startDate: "2026-10-01", versionDate: "2026-10-15",
  generatedOn: "2026-11-27", portalUrl: "https://clinic.example/login",
  items: [{ name: "Clam shell", group: "hip", sets: 3, reps: 12, holdSeconds: null, frequencyPerWeek: 5, eachSide: true, side: "right", load: "Red band", note: null, instructions: "Lie on your side.", equipment: "Band", libraryKey: "clamshell" }],
  education: [{ title: "What PFP is", summary: "Pain around the kneecap." }],
};

describe("pdfDataHash", () => {
  it("is a sha256 that ignores the order keys were written in", () => {
    const reordered = Object.fromEntries(Object.entries(data).reverse()) as ProtocolPdfData;
    expect(pdfDataHash(data, "b1")).toMatch(/^[0-9a-f]{64}$/);
    expect(pdfDataHash(reordered, "b1")).toBe(pdfDataHash(data, "b1"));
  });

  it("changes with anything printed, including fields added later, and with the build", () => {
    const before = pdfDataHash(data, "b1");
    const changed: ProtocolPdfData[] = [
      { ...data, patientName: "Sam Rivera-Lee" },
      { ...data, generatedOn: "2026-11-28" },
      { ...data, portalUrl: "https://clinic.example/login?callbackUrl=/my/plan" },
      // A clinic phone (or any field the handout gains) is hashed without this file knowing its name.
      { ...data, clinicPhone: "020 7946 0000" },
      { ...data, items: [{ ...data.items[0], reps: 15 } as ProtocolPdfData["items"][number]] },
      { ...data, education: [] },
    ];
    for (const other of changed) expect(pdfDataHash(other, "b1")).not.toBe(before);
    expect(pdfDataHash(data, "b2")).not.toBe(before);
  });

  it("keeps array order: the printed order of exercises matters", () => {
    const two = { ...data, items: [data.items[0], { ...data.items[0], name: "Bridge" }] } as ProtocolPdfData;
    const swapped = { ...two, items: [...two.items].reverse() };
    expect(pdfDataHash(swapped, "b1")).not.toBe(pdfDataHash(two, "b1"));
  });
});
