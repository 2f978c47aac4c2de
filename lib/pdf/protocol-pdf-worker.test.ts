import { extractText, getDocumentProxy } from "unpdf";
import { afterAll, describe, expect, it } from "vitest";
import { EXERCISE_LIBRARY } from "@/lib/clinical/exercise-library";
import { spawnPdfWorkerFromSource } from "@/lib/testing/pdf-source-worker";
import { createWorkerPool } from "@/lib/workers/worker-pool";
import type { ProtocolPdfData } from "./protocol-pdf-data";

const pool = createWorkerPool<ProtocolPdfData, Uint8Array>({ size: 1, timeoutMs: 60_000, spawn: spawnPdfWorkerFromSource });
afterAll(() => pool.close());

const clamshell = EXERCISE_LIBRARY.find((e) => e.key === "clamshell");

describe("the PDF render thread", () => {
  it("answers a handout for the data it is sent", async () => {
    if (!clamshell) throw new Error("the library has no clamshell");
    const data: ProtocolPdfData = {
      clinicName: "Riverside Physio", clinicPhone: null, pageSize: "A4", patientName: "Thread Test", therapistName: "Maya Chen",
      title: "Runner's knee, phase 1", phase: 1, version: 3, startDate: "2026-10-01", versionDate: "2026-10-15",
      generatedOn: "2026-11-27", portalUrl: "https://clinic.example/login",
      items: [{ name: clamshell.name, group: clamshell.group, sets: 3, reps: 12, holdSeconds: null, frequencyPerWeek: 5, eachSide: true, side: "right", load: null, note: null, instructions: clamshell.instructions, equipment: clamshell.equipment, libraryKey: clamshell.key }],
    };
    const pdf = await pool.run(data);
    expect(new TextDecoder().decode(pdf.subarray(0, 5))).toBe("%PDF-");
    const { text } = await extractText(await getDocumentProxy(pdf), { mergePages: true });
    expect(text).toContain("Thread Test");
    expect(text).toContain(clamshell.name);
  });
});
