import { sql } from "drizzle-orm";
import { check, index, integer, pgTable, text, timestamp, unique, uuid } from "drizzle-orm/pg-core";
import { clinics } from "./clinics";
import { doseColumns, exercises } from "./exercises";
import { users } from "./users";

export const protocolTemplates = pgTable(
  "protocol_templates",
  {
    id: uuid().primaryKey().defaultRandom(),
    clinicId: uuid().notNull().references(() => clinics.id),
    name: text().notNull(),
    description: text(),
    phase: integer().notNull().default(1),
    createdBy: uuid().references(() => users.id),
    archivedAt: timestamp({ withTimezone: true }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("protocol_templates_clinic_idx").on(t.clinicId, t.name)],
);

export const protocolTemplateItems = pgTable(
  "protocol_template_items",
  {
    id: uuid().primaryKey().defaultRandom(),
    templateId: uuid().notNull().references(() => protocolTemplates.id, { onDelete: "cascade" }),
    exerciseId: uuid().notNull().references(() => exercises.id),
    position: integer().notNull(),
    ...doseColumns(),
    note: text(),
  },
  (t) => [
    unique("protocol_template_items_position").on(t.templateId, t.position),
    check("template_items_sets_range", sql`${t.sets} between 1 and 20`),
    check("template_items_reps_range", sql`${t.reps} is null or ${t.reps} between 1 and 200`),
    check("template_items_hold_range", sql`${t.holdSeconds} is null or ${t.holdSeconds} between 1 and 600`),
    check("template_items_frequency_range", sql`${t.frequencyPerWeek} between 1 and 14`),
  ],
);

export type ProtocolTemplate = typeof protocolTemplates.$inferSelect;
export type ProtocolTemplateItem = typeof protocolTemplateItems.$inferSelect;
