import { sql } from "drizzle-orm";
import { check, index, integer, pgEnum, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { clinics } from "./clinics";
import { exercises } from "./exercises";
import { users } from "./users";

export const mediaKindEnum = pgEnum("media_kind", ["image", "video"]);

/**
 * A clinic's own picture or short video for one of its custom exercises. The bytes live in the
 * media store (a folder by default, MEDIA_DIR) under `storageKey`; this row is what access checks
 * and serving read. Replacing media marks the old row removed, so one exercise has one current file.
 */
export const exerciseMedia = pgTable(
  "exercise_media",
  {
    id: uuid().primaryKey().defaultRandom(),
    clinicId: uuid().notNull().references(() => clinics.id),
    exerciseId: uuid().notNull().references(() => exercises.id),
    kind: mediaKindEnum().notNull(),
    /** Detected from the file's bytes, never from its name or the browser's claim. */
    mimeType: text().notNull(),
    byteSize: integer().notNull(),
    storageKey: text().notNull().unique("exercise_media_storage_key"),
    /** What the picture shows, for screen readers; required for images. */
    altText: text().notNull().default(""),
    uploadedBy: uuid().references(() => users.id),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    removedAt: timestamp({ withTimezone: true }),
  },
  (t) => [
    index("exercise_media_clinic_idx").on(t.clinicId, t.exerciseId),
    uniqueIndex("exercise_media_one_current").on(t.exerciseId).where(sql`${t.removedAt} is null`),
    check("exercise_media_size_positive", sql`${t.byteSize} > 0`),
  ],
);

export type ExerciseMedia = typeof exerciseMedia.$inferSelect;
