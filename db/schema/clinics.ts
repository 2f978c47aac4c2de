import { pgEnum, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";

export const pageSizeEnum = pgEnum("page_size", ["A4", "LETTER"]);

export const clinics = pgTable("clinics", {
  id: uuid().primaryKey().defaultRandom(),
  name: text().notNull(),
  /** Paper size for printed protocols; clinics in North America usually want Letter. */
  pdfPageSize: pageSizeEnum().notNull().default("A4"),
  createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
});

export type Clinic = typeof clinics.$inferSelect;
export type NewClinic = typeof clinics.$inferInsert;
