import "server-only";
import { and, eq, lt, ne, sql, type SQL } from "drizzle-orm";
import { getDb, type DbOrTx } from "@/db/client";
import { protocolPdfCache } from "@/db/schema";
import type { Caller } from "@/lib/auth/caller";
import { buildStamp } from "@/lib/env";
import { pdfDataHash } from "@/lib/pdf/pdf-data-hash";
import type { ProtocolPdfData } from "@/lib/pdf/protocol-pdf-data";
import type { ReadContext } from "./audit";
import { getProtocolForPdf, type ProtocolForPdf } from "./protocols";

/**
 * The print date is part of every key, so an entry stops being served within a day; two days
 * leaves room for clinics whose "today" lags the server's. Older rows are swept on each store.
 */
const MAX_AGE = sql`interval '48 hours'`;

export type PdfRenderer = (data: ProtocolPdfData) => Promise<Uint8Array>;

export type ProtocolPdf = {
  protocol: ProtocolForPdf;
  pdf: Uint8Array;
  /** "hit": the bytes came from protocol_pdf_cache; "miss": rendered for this request (or a concurrent one). */
  cache: "hit" | "miss";
};

type Completion = {
  /** Adds what the route knows (print date, portal address) to the authorised data. */
  complete: (protocol: ProtocolForPdf) => ProtocolPdfData | Promise<ProtocolPdfData>;
  render: PdfRenderer;
};

// Requests in this process rendering the same handout share one render instead of each laying it out.
const rendering = new Map<string, Promise<Uint8Array>>();

/**
 * The handout of one protocol version, from the cache when this exact data was printed before
 * (docs/decisions/0025-pdf-cache-and-render-worker.md). getProtocolForPdf runs first on every call,
 * hit or miss: it decides who may print what (404 otherwise) and writes the download's audit row.
 * Cache reads are scoped again to the caller's clinic, and a patient's to their own rows.
 */
export async function getProtocolPdf(
  caller: Caller,
  protocolId: unknown,
  version: unknown,
  context: Partial<ReadContext>,
  { complete, render }: Completion,
): Promise<ProtocolPdf> {
  const protocol = await getProtocolForPdf(caller, protocolId, version, context);
  const data = await complete(protocol);
  const key = { versionId: protocol.versionId, dataHash: pdfDataHash(data, buildStamp()) };
  const db = await getDb();

  const scope: SQL[] = [
    eq(protocolPdfCache.versionId, key.versionId),
    eq(protocolPdfCache.dataHash, key.dataHash),
    eq(protocolPdfCache.clinicId, caller.clinicId),
    eq(protocolPdfCache.patientId, protocol.patientId),
  ];
  const [cached] = await db.select({ pdf: protocolPdfCache.pdf }).from(protocolPdfCache).where(and(...scope));
  if (cached) return { protocol, pdf: cached.pdf, cache: "hit" };

  const flightKey = `${caller.clinicId}:${key.versionId}:${key.dataHash}`;
  let pending = rendering.get(flightKey);
  if (!pending) {
    pending = (async () => {
      const pdf = await render(data);
      await storeRendered(db, { ...key, clinicId: caller.clinicId, patientId: protocol.patientId, pdf });
      return pdf;
    })().finally(() => rendering.delete(flightKey));
    rendering.set(flightKey, pending);
  }
  return { protocol, pdf: await pending, cache: "miss" };
}

type NewEntry = { versionId: string; dataHash: string; clinicId: string; patientId: string; pdf: Uint8Array };

/**
 * Keeps the table bounded: storing an entry deletes the version's other entries (yesterday's print
 * date, the patient's old name) and the clinic's entries past MAX_AGE. A failure is logged and the
 * download still succeeds: the cache only saves time.
 */
async function storeRendered(db: DbOrTx, entry: NewEntry): Promise<void> {
  try {
    await db.transaction(async (tx) => {
      await tx.delete(protocolPdfCache).where(and(
        eq(protocolPdfCache.clinicId, entry.clinicId),
        eq(protocolPdfCache.versionId, entry.versionId),
        ne(protocolPdfCache.dataHash, entry.dataHash),
      ));
      await tx.delete(protocolPdfCache).where(and(
        eq(protocolPdfCache.clinicId, entry.clinicId),
        lt(protocolPdfCache.createdAt, sql`now() - ${MAX_AGE}`),
      ));
      // Two instances may render the same handout at once; the first row stands.
      await tx.insert(protocolPdfCache).values({ ...entry, byteSize: entry.pdf.byteLength }).onConflictDoNothing();
    });
  } catch (error) {
    console.error(`[stride] could not store a rendered PDF in the cache: ${error instanceof Error ? error.message : String(error)}`);
  }
}
