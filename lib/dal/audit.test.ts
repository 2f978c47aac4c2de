import { and, eq } from "drizzle-orm";
import { NextRequest } from "next/server";
import { isValidElement } from "react";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { createPainLog, createProtocol } from "@/lib/seed/factories";
import { builtInExerciseIds } from "@/lib/dal/library-sync";
import { auditEvents } from "@/db/schema";
import { todayIso } from "@/lib/dates";
import { resetEnvCache } from "@/lib/env";
import { signInAs } from "@/lib/testing/next-mocks";
import { setupTestDatabase } from "@/lib/testing/test-database";
import { createTwoClinicWorld, NOT_FOUND } from "@/lib/testing/world";
import type { Caller } from "@/lib/auth/caller";

vi.mock("@/lib/auth/session", async () => {
  const mocks = await import("@/lib/testing/next-mocks");
  const { can } = await import("@/lib/auth/permissions");
  const { notFound } = await import("next/navigation");
  return {
    ...mocks,
    requirePermission: async (permission: Parameters<typeof can>[1]) => {
      const caller = await mocks.requireUser();
      if (!can(caller.role, permission)) notFound();
      return caller;
    },
  };
});
vi.mock("next/headers", () => import("@/lib/testing/next-mocks"));
// next build bundles the PDF render thread; vitest runs TypeScript sources, which a plain thread
// cannot load, so here the route lays the handout out in-process (lib/pdf/protocol-pdf-worker.test.ts
// runs the real thread).
vi.mock("@/lib/pdf/render-off-thread", async () => ({
  renderProtocolPdfOffThread: (await import("@/lib/pdf/render-protocol-pdf")).renderProtocolPdf,
}));
vi.mock("next/cache", () => import("@/lib/testing/next-mocks"));

const { auditListRead, auditPatientRead } = await import("./audit");
const RecordPage = (await import("@/app/(therapist)/patients/[id]/page")).default;
const EditPage = (await import("@/app/(therapist)/patients/[id]/edit/page")).default;
const ProtocolPage = (await import("@/app/(therapist)/patients/[id]/protocol/page")).default;
const PatientsPage = (await import("@/app/(therapist)/patients/(list)/page")).default;
const DashboardPage = (await import("@/app/(therapist)/dashboard/page")).default;
const logsCsv = (await import("@/app/(therapist)/patients/[id]/logs.csv/route")).GET;
const protocolPdf = (await import("@/app/protocols/[id]/pdf/route")).GET;

const t = setupTestDatabase();
const ADDRESS = "203.0.113.9";

beforeAll(() => {
  // Addresses are recorded only behind a trusted proxy (lib/request-ip.ts).
  vi.stubEnv("TRUST_PROXY", "true");
  resetEnvCache();
});
afterAll(() => {
  vi.unstubAllEnvs();
  resetEnvCache();
});
beforeEach(() => signInAs(null));

const rowsOf = (clinicId: string) => t.db().select().from(auditEvents).where(eq(auditEvents.clinicId, clinicId)).orderBy(auditEvents.id);
const as = (caller: Caller) => signInAs(caller, { "x-forwarded-for": `10.0.0.1, ${ADDRESS}` });
const fromAddress = () => ({ headers: { "x-forwarded-for": `10.0.0.1, ${ADDRESS}` } });
const pageProps = (params: Record<string, string>, search: Record<string, string> = {}) => ({ params: Promise.resolve(params), searchParams: Promise.resolve(search) }) as never;

/**
 * Renders what a request renders on the server: the page, then every async server component in
 * the tree it returns. Client components are not run, as on the server. So "one row" below covers
 * the whole request. Returns the names of the components met, so a test can see the sections ran.
 */
async function renderServer(node: unknown, ran: string[] = []): Promise<string[]> {
  if (Array.isArray(node)) {
    for (const child of node) await renderServer(child, ran);
    return ran;
  }
  if (!isValidElement(node)) return ran;
  const { type, props } = node as { type: unknown; props: Record<string, unknown> };
  if (typeof type === "function") ran.push(type.name);
  if (typeof type === "function" && type.constructor.name === "AsyncFunction") {
    return renderServer(await (type as (p: unknown) => Promise<unknown>)(props), ran);
  }
  for (const value of Object.values(props)) await renderServer(value, ran);
  return ran;
}

async function world() {
  const w = await createTwoClinicWorld(t.db());
  const library = await builtInExerciseIds(t.db());
  const exerciseId = [...library.values()][0]?.id ?? "";
  const { protocol } = await createProtocol(t.db(), {
    clinicId: w.home.id, patientId: w.patientA.id, therapistId: w.as.therapist.userId, title: "Phase 1", startDate: todayIso(),
    items: [{ exerciseId, sets: 3, reps: 10, frequencyPerWeek: 5, side: "right" }],
  });
  await createPainLog(t.db(), { clinicId: w.home.id, patientId: w.patientA.id, logDate: todayIso() });
  return { w, protocolId: protocol.id };
}

/** A download answers 200 to the clinic's staff; a refusal is thrown (notFound), so it never gets here. */
async function ok(pending: Promise<Response>): Promise<Response> {
  const response = await pending;
  expect(response.status).toBe(200);
  return response;
}

const ONE_PATIENT_READS: { name: string; action: string; run: (patientId: string, protocolId: string) => Promise<unknown> }[] = [
  {
    name: "record page, with all its sections",
    action: "patient.viewed",
    run: async (id) => {
      // The page read every section's data (without auditing again) and rendered each one.
      expect(await renderServer(await RecordPage(pageProps({ id })))).toEqual(expect.arrayContaining(["PatientReview", "ProtocolSummary"]));
    },
  },
  { name: "edit page", action: "patient.edit-opened", run: async (id) => renderServer(await EditPage(pageProps({ id }))) },
  { name: "protocol builder page", action: "protocol.builder-opened", run: async (id) => renderServer(await ProtocolPage(pageProps({ id }))) },
  { name: "logs CSV", action: "pain-logs.exported", run: (id) => ok(logsCsv(new NextRequest(`http://stride.test/patients/${id}/logs.csv`, fromAddress()), { params: Promise.resolve({ id }) })) },
  { name: "protocol PDF", action: "protocol.pdf-downloaded", run: (_id, pid) => ok(protocolPdf(new NextRequest(`http://stride.test/protocols/${pid}/pdf`, fromAddress()), { params: Promise.resolve({ id: pid }) })) },
];

describe("every read of one patient writes exactly one audit row", () => {
  for (const read of ONE_PATIENT_READS) {
    it(`${read.name}: one "${read.action}" row naming the patient, the person and the address`, async () => {
      const { w, protocolId } = await world();
      const before = (await rowsOf(w.home.id)).length;
      as(w.as.therapist);
      await read.run(w.patientA.id, protocolId);
      const rows = (await rowsOf(w.home.id)).slice(before);
      expect(rows).toHaveLength(1);
      expect(rows[0]).toMatchObject({ action: read.action, actorId: w.as.therapist.userId, clinicId: w.home.id, patientId: w.patientA.id, ip: ADDRESS });
    });

    it(`${read.name}: another clinic's therapist and a patient get 404 and write nothing`, async () => {
      const { w, protocolId } = await world();
      const before = { home: (await rowsOf(w.home.id)).length, other: (await rowsOf(w.other.id)).length };
      for (const caller of [w.as.otherTherapist, w.as.patientB]) {
        as(caller);
        await expect(read.run(w.patientA.id, protocolId)).rejects.toThrow(NOT_FOUND);
      }
      expect((await rowsOf(w.home.id)).length).toBe(before.home);
      expect((await rowsOf(w.other.id)).length).toBe(before.other);
    });
  }

  it("the patient's own PDF download is one row with the patient as the actor", async () => {
    const { w, protocolId } = await world();
    const before = (await rowsOf(w.home.id)).length;
    as(w.as.patientA);
    const response = await protocolPdf(new NextRequest(`http://stride.test/protocols/${protocolId}/pdf`), { params: Promise.resolve({ id: protocolId }) });
    expect(response.status).toBe(200);
    const rows = (await rowsOf(w.home.id)).slice(before);
    expect(rows.map((r) => [r.action, r.actorId, r.patientId, r.entityId])).toEqual([["protocol.pdf-downloaded", w.as.patientA.userId, w.patientA.id, protocolId]]);
  });
});

describe("list views write one row without a patient", () => {
  it("the patient list: one row, no patient id, and not the search text", async () => {
    const { w } = await world();
    as(w.as.therapist);
    await PatientsPage({ searchParams: Promise.resolve({ q: "Alex", scope: "all" }) } as never);
    const rows = await t.db().select().from(auditEvents).where(and(eq(auditEvents.clinicId, w.home.id), eq(auditEvents.action, "patients.listed")));
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ patientId: null, entityId: null, actorId: w.as.therapist.userId, ip: ADDRESS, detail: { scope: "all", status: "active", page: 1, searched: true } });
    expect(JSON.stringify(rows[0]?.detail)).not.toContain("Alex");
  });

  it("the dashboard: one row, no patient id", async () => {
    const { w } = await world();
    const before = (await rowsOf(w.home.id)).length;
    as(w.as.admin);
    await renderServer(await DashboardPage({ searchParams: Promise.resolve({}) } as never));
    const rows = (await rowsOf(w.home.id)).slice(before);
    expect(rows.map((r) => [r.action, r.patientId, r.actorId])).toEqual([["dashboard.viewed", null, w.as.admin.userId]]);
    expect(rows[0]?.detail).toEqual({ scope: "all", page: 1, suggestionPage: 1, overduePage: 1 });
  });

  it("a patient cannot write a list row", async () => {
    const { w } = await world();
    await expect(auditListRead(w.as.patientA, { list: "patients", ip: null })).rejects.toThrow(NOT_FOUND);
    expect((await rowsOf(w.home.id)).filter((r) => r.action === "patients.listed")).toEqual([]);
  });
});

describe("auditPatientRead", () => {
  it("refuses to write a row naming a patient outside the caller's scope", async () => {
    const { w } = await world();
    const before = { home: (await rowsOf(w.home.id)).length, other: (await rowsOf(w.other.id)).length };
    await expect(auditPatientRead(w.as.therapist, { patientId: w.otherPatient.id, read: "record", ip: null })).rejects.toThrow(NOT_FOUND);
    await expect(auditPatientRead(w.as.patientA, { patientId: w.patientB.id, read: "protocol-pdf", ip: null })).rejects.toThrow(NOT_FOUND);
    await expect(auditPatientRead(w.as.therapist, { patientId: "00000000-0000-4000-8000-000000000000", read: "edit", ip: null })).rejects.toThrow(NOT_FOUND);
    expect((await rowsOf(w.home.id)).length).toBe(before.home);
    expect((await rowsOf(w.other.id)).length).toBe(before.other);
  });

  it("writes the action of the read, with its detail", async () => {
    const { w } = await world();
    await auditPatientRead(w.as.admin, { patientId: w.patientB.id, read: "logs-csv", ip: "198.51.100.7", detail: { rows: 3 } });
    const [row] = (await rowsOf(w.home.id)).slice(-1);
    expect(row).toMatchObject({ action: "pain-logs.exported", entity: "patient", entityId: w.patientB.id, patientId: w.patientB.id, actorId: w.as.admin.userId, ip: "198.51.100.7", detail: { rows: 3 } });
  });
});
