import { pgEnum, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";

export const pageSizeEnum = pgEnum("page_size", ["A4", "LETTER"]);

export const clinics = pgTable("clinics", {
  id: uuid().primaryKey().defaultRandom(),
  name: text().notNull(),
  /** Paper size for printed protocols; clinics in North America usually want Letter. */
  pdfPageSize: pageSizeEnum().notNull().default("A4"),
  /**
   * IANA zone ("Europe/London") in which "today", weeks and the 7- and 30-day windows are counted
   * and dates are shown. Null means the server's own zone (serverTimeZone in lib/dates.ts).
   */
  timeZone: text(),
  /** Shown to patients when a log raises a red flag: "contact the clinic on ...". */
  phone: text(),
  createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
});

export type Clinic = typeof clinics.$inferSelect;
export type NewClinic = typeof clinics.$inferInsert;
