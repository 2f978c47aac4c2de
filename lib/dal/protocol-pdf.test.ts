import { and, asc, eq } from "drizzle-orm";
import { afterEach, describe, expect, it } from "vitest";
import { auditEvents, patients, protocolPdfCache, protocols, protocolVersions } from "@/db/schema";
import type { Caller } from "@/lib/auth/caller";
import { addDays, todayIso } from "@/lib/dates";
import type { ProtocolPdfData } from "@/lib/pdf/protocol-pdf-data";
import { createProtocol, insertProtocolVersion } from "@/lib/seed/factories";
import { setupTestDatabase } from "@/lib/testing/test-database";
import { createTwoClinicWorld, NOT_FOUND } from "@/lib/testing/world";
import { builtInExerciseIds } from "./library-sync";
import { getProtocolPdf } from "./protocol-pdf";
import type { ProtocolForPdf } from "./protocols";

const t = setupTestDatabase();

/** A stand-in renderer: counts its calls and prints what a real handout would depend on. */
function fakeRenderer() {
  const printed: ProtocolPdfData[] = [];
  const render = async (data: ProtocolPdfData) => {
    printed.push(data);
    return new TextEncoder().encode(`%PDF- ${data.patientName} v${data.version} on ${data.generatedOn}`);
  };
  return { render, printed };
}

const text = (bytes: Uint8Array) => new TextDecoder().decode(bytes);

async function world() {
  const w = await createTwoClinicWorld(t.db());
  const clamshell = (await builtInExerciseIds(t.db())).get("clamshell");
  if (!clamshell) throw new Error("the built-in library has no clamshell");
  const items = [{ exerciseId: clamshell.id, sets: 3, reps: 10, holdSeconds: null, frequencyPerWeek: 5, eachSide: true, side: "right" as const }];
  const { protocol } = await createProtocol(t.db(), {
    clinicId: w.home.id, patientId: w.patientA.id, therapistId: w.as.therapist.userId, title: "Runner's knee, phase 1", startDate: addDays(todayIso(), -7), items,
  });
  return { w, protocolId: protocol.id, items };
}

function download(caller: Caller, protocolId: string, render: (d: ProtocolPdfData) => Promise<Uint8Array>, options: { version?: unknown; today?: string } = {}) {
  return getProtocolPdf(caller, protocolId, options.version, { ip: null }, {
    complete: (p: ProtocolForPdf) => ({ ...p, generatedOn: options.today ?? "2026-11-27", portalUrl: "https://clinic.example/login" }),
    render,
  });
}

async function cacheRows(protocolId: string) {
  return t.db()
    .select({ version: protocolVersions.version, clinicId: protocolPdfCache.clinicId, patientId: protocolPdfCache.patientId })
    .from(protocolPdfCache)
    .innerJoin(protocolVersions, eq(protocolVersions.id, protocolPdfCache.versionId))
    .where(eq(protocolVersions.protocolId, protocolId))
    .orderBy(asc(protocolVersions.version));
}

async function downloadsAudited(protocolId: string) {
  const rows = await t.db().select().from(auditEvents).where(and(eq(auditEvents.action, "protocol.pdf-downloaded"), eq(auditEvents.entityId, protocolId)));
  return rows.length;
}

afterEach(() => {
  delete process.env.STRIDE_BUILD_STAMP;
});

describe("getProtocolPdf: the shared PDF cache", () => {
  it("renders once, then serves the same bytes to staff and the patient; every download is audited", async () => {
    const { w, protocolId } = await world();
    const { render, printed } = fakeRenderer();

    const first = await download(w.as.therapist, protocolId, render);
    expect(first.cache).toBe("miss");
    expect(text(first.pdf)).toBe("%PDF- Alex Home v1 on 2026-11-27");
    const again = await download(w.as.admin, protocolId, render);
    const patient = await download(w.as.patientA, protocolId, render);
    expect([again.cache, patient.cache]).toEqual(["hit", "hit"]);
    expect(text(patient.pdf)).toBe(text(first.pdf));
    expect(printed).toHaveLength(1);
    expect(await downloadsAudited(protocolId)).toBe(3);
  });

  it("makes a new entry when the printed data or the build changes, and keeps one entry per version", async () => {
    const { w, protocolId } = await world();
    const { render, printed } = fakeRenderer();
    await download(w.as.therapist, protocolId, render);

    await t.db().update(patients).set({ fullName: "Alex Renamed" }).where(eq(patients.id, w.patientA.id));
    const renamed = await download(w.as.therapist, protocolId, render);
    expect(renamed.cache).toBe("miss");
    expect(text(renamed.pdf)).toContain("Alex Renamed");

    const nextDay = await download(w.as.therapist, protocolId, render, { today: "2026-11-28" });
    expect(nextDay.cache).toBe("miss");
    expect(text(nextDay.pdf)).toContain("on 2026-11-28");

    process.env.STRIDE_BUILD_STAMP = "a newer build";
    expect((await download(w.as.therapist, protocolId, render, { today: "2026-11-28" })).cache).toBe("miss");
    expect((await download(w.as.therapist, protocolId, render, { today: "2026-11-28" })).cache).toBe("hit");
    expect(printed).toHaveLength(4);
    // Each store replaced the version's older entry.
    expect((await cacheRows(protocolId))).toHaveLength(1);
  });

  it("keys on the version: a new version is rendered, an old one a therapist prints keeps its own entry", async () => {
    const { w, protocolId, items } = await world();
    const { render, printed } = fakeRenderer();
    await download(w.as.patientA, protocolId, render);
    await insertProtocolVersion(t.db(), { protocolId, version: 2, title: "Runner's knee, phase 2", phase: 2, createdBy: w.as.therapist.userId, items });
    await t.db().update(protocols).set({ currentVersion: 2 }).where(eq(protocols.id, protocolId));

    const current = await download(w.as.patientA, protocolId, render);
    expect([current.cache, current.protocol.version]).toEqual(["miss", 2]);
    expect((await download(w.as.therapist, protocolId, render, { version: "1" })).cache).toBe("hit");
    expect(printed.map((p) => p.version)).toEqual([1, 2]);
    expect((await cacheRows(protocolId)).map((r) => r.version)).toEqual([1, 2]);
  });

  it("answers 404 to another patient and another clinic even when the cache holds the bytes, and audits nothing for them", async () => {
    const { w, protocolId } = await world();
    const { render, printed } = fakeRenderer();
    await download(w.as.therapist, protocolId, render);
    const audited = await downloadsAudited(protocolId);

    for (const outsider of [w.as.patientB, w.as.otherTherapist, w.as.otherPatient]) {
      await expect(download(outsider, protocolId, render)).rejects.toThrow(NOT_FOUND);
    }
    // A patient may not reach an old version through the cache either.
    await insertProtocolVersion(t.db(), { protocolId, version: 2, title: "v2", phase: 1, createdBy: w.as.therapist.userId, items: [] });
    await t.db().update(protocols).set({ currentVersion: 2 }).where(eq(protocols.id, protocolId));
    await expect(download(w.as.patientA, protocolId, render, { version: "1" })).rejects.toThrow(NOT_FOUND);

    expect(printed).toHaveLength(1);
    expect(await downloadsAudited(protocolId)).toBe(audited);
    const rows = await cacheRows(protocolId);
    expect(rows).toEqual([expect.objectContaining({ version: 1, clinicId: w.home.id, patientId: w.patientA.id })]);
  });

  it("sweeps the clinic's entries past the age limit when it stores a new one", async () => {
    const { w, protocolId } = await world();
    const { render } = fakeRenderer();
    await download(w.as.therapist, protocolId, render);
    await t.db().update(protocolPdfCache).set({ createdAt: new Date(Date.now() - 49 * 3_600_000) }).where(eq(protocolPdfCache.clinicId, w.home.id));

    const { protocol: blairs } = await createProtocol(t.db(), {
      clinicId: w.home.id, patientId: w.patientB.id, therapistId: w.as.therapist.userId, title: "Blair's plan", startDate: todayIso(), items: [],
    });
    await download(w.as.therapist, blairs.id, render);
    expect((await cacheRows(protocolId))).toHaveLength(0);
    expect((await cacheRows(blairs.id))).toHaveLength(1);
  });

  it("shares one render between simultaneous requests for the same handout", async () => {
    const { w, protocolId } = await world();
    const { render, printed } = fakeRenderer();
    const slow = async (data: ProtocolPdfData) => {
      await new Promise((resolve) => setTimeout(resolve, 50));
      return render(data);
    };
    const answers = await Promise.all([download(w.as.therapist, protocolId, slow), download(w.as.patientA, protocolId, slow)]);
    expect(answers.map((a) => a.cache)).toEqual(["miss", "miss"]);
    expect(printed).toHaveLength(1);
    expect(text(answers[1]?.pdf ?? new Uint8Array())).toBe(text(answers[0]?.pdf ?? new Uint8Array()));
  });

  it("stores nothing when a render fails, so the next download renders again", async () => {
    const { w, protocolId } = await world();
    const failing = async () => {
      throw new Error("layout failed");
    };
    await expect(download(w.as.therapist, protocolId, failing)).rejects.toThrow("layout failed");
    const { render } = fakeRenderer();
    expect((await download(w.as.therapist, protocolId, render)).cache).toBe("miss");
  });
});
