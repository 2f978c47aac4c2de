import { customType, index, integer, pgTable, primaryKey, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { clinics } from "./clinics";
import { patients } from "./patients";
import { protocolVersions } from "./protocols";

/**
 * Raw bytes. drizzle 0.45 has no bytea column; node-postgres answers a Buffer and PGlite a
 * Uint8Array, so both are normalised to a Uint8Array on the way out.
 */
const bytea = customType<{ data: Uint8Array; driverData: Uint8Array }>({
  dataType: () => "bytea",
  toDriver: (value) => Buffer.from(value.buffer, value.byteOffset, value.byteLength),
  fromDriver: (value) => new Uint8Array(value.buffer, value.byteOffset, value.byteLength),
});

/**
 * Rendered protocol handouts, shared by every instance on the database
 * (docs/decisions/0025-pdf-cache-and-render-worker.md). A PDF is a pure function of the data it
 * prints, so the key is the version plus a hash of that data; the clinic and patient scope every
 * read. Disposable: rows go with their version, patient or clinic, and the DAL bounds the table.
 */
export const protocolPdfCache = pgTable(
  "protocol_pdf_cache",
  {
    versionId: uuid().notNull().references(() => protocolVersions.id, { onDelete: "cascade" }),
    /** sha256 (hex) of the printed data and the build that rendered it (lib/pdf/pdf-data-hash.ts). */
    dataHash: text().notNull(),
    clinicId: uuid().notNull().references(() => clinics.id, { onDelete: "cascade" }),
    patientId: uuid().notNull().references(() => patients.id, { onDelete: "cascade" }),
    pdf: bytea().notNull(),
    byteSize: integer().notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.versionId, t.dataHash] }),
    // The age-limit sweep deletes a clinic's old rows.
    index("protocol_pdf_cache_clinic_created_idx").on(t.clinicId, t.createdAt),
  ],
);
