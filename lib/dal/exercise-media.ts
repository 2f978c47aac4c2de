import "server-only";
import { createReadStream } from "node:fs";
import { and, eq, exists, inArray, isNotNull, isNull, type SQL } from "drizzle-orm";
import { getDb, type DbOrTx } from "@/db/client";
import { exerciseMedia, exercises, protocolItems, protocols, protocolVersions } from "@/db/schema";
import type { Caller } from "@/lib/auth/caller";
import { isStaff } from "@/lib/auth/permissions";
import { getMediaStore, newMediaKey, type MediaStore } from "@/lib/media/store";
import type { MediaKind } from "@/lib/media/media-type";
import type { ReceivedUpload } from "@/lib/media/receive-upload";
import { UserFacingError } from "@/lib/user-facing-error";
import { recordAuditEvent, type ReadContext } from "./audit";
import { assertCan, foundOr404, ownPatientId } from "./guard";
import { uuidOr404 } from "./uuid-or-404";

/** What a page needs to show a picture or video: the URL is /media/{id}. */
export type MediaRef = { id: string; kind: MediaKind; mimeType: string; altText: string };

export const ALT_TEXT_MAX = 300;
export const ALT_TEXT_REQUIRED = "Describe the picture for people who cannot see it (for example “Side view: knee over the toes at the bottom of the step-down”).";

const refColumns = { id: exerciseMedia.id, exerciseId: exerciseMedia.exerciseId, kind: exerciseMedia.kind, mimeType: exerciseMedia.mimeType, altText: exerciseMedia.altText };

/**
 * A patient may see an exercise's media only while their ACTIVE protocol's CURRENT version
 * prescribes that exercise. The patient id is the session's; the clinic is on both sides.
 */
function inPatientsCurrentPlan(caller: Caller, db: DbOrTx): SQL {
  const patientId = ownPatientId(caller);
  return exists(
    db
      .select({ one: protocolItems.id })
      .from(protocolItems)
      .innerJoin(protocolVersions, eq(protocolVersions.id, protocolItems.versionId))
      .innerJoin(protocols, and(eq(protocols.id, protocolVersions.protocolId), eq(protocols.currentVersion, protocolVersions.version)))
      .where(and(
        eq(protocolItems.exerciseId, exerciseMedia.exerciseId),
        eq(protocols.patientId, patientId),
        eq(protocols.clinicId, caller.clinicId),
        eq(protocols.status, "active"),
      )),
  );
}

/** Who may see a media row: its clinic's staff, or a patient whose current plan has the exercise. */
function visibleTo(caller: Caller, db: DbOrTx): SQL {
  const current = and(eq(exerciseMedia.clinicId, caller.clinicId), isNull(exerciseMedia.removedAt)) as SQL;
  if (isStaff(caller.role)) {
    assertCan(caller, "read:exercise:clinic");
    return current;
  }
  assertCan(caller, "read:protocol:own");
  return and(current, inPatientsCurrentPlan(caller, db)) as SQL;
}

/**
 * One media file for GET /media/[id]. Anything the caller may not see (another clinic's, removed,
 * an exercise not in the patient's current plan, an unknown or malformed id) is the same 404.
 * Not audited: the file is clinic data (a demonstration), not a patient's record, and a staff
 * read names no patient (docs/decisions/0018-media-store.md).
 */
export async function getMediaForServing(caller: Caller, id: unknown): Promise<{ storageKey: string; mimeType: string; byteSize: number; kind: MediaKind }> {
  const mediaId = uuidOr404(id);
  const db = await getDb();
  const where = visibleTo(caller, db);
  const [row] = await db
    .select({ storageKey: exerciseMedia.storageKey, mimeType: exerciseMedia.mimeType, byteSize: exerciseMedia.byteSize, kind: exerciseMedia.kind })
    .from(exerciseMedia)
    .where(and(eq(exerciseMedia.id, mediaId), where));
  return foundOr404(row);
}

/** The current media of the given exercises that the caller may see, by exercise id. */
export async function currentMediaByExercise(caller: Caller, exerciseIds: readonly string[]): Promise<Record<string, MediaRef>> {
  const ids = [...new Set(exerciseIds)];
  if (ids.length === 0) return {};
  const db = await getDb();
  const where = visibleTo(caller, db);
  const rows = await db.select(refColumns).from(exerciseMedia).where(and(inArray(exerciseMedia.exerciseId, ids), where));
  return Object.fromEntries(rows.map(({ exerciseId, ...ref }) => [exerciseId, ref]));
}

/** The current media of a list's clinic exercises (built-ins never carry media), by exercise id. */
export function mediaOfCustomExercises(caller: Caller, exerciseList: readonly { id: string; builtIn: boolean }[]): Promise<Record<string, MediaRef>> {
  return currentMediaByExercise(caller, exerciseList.filter((e) => !e.builtIn).map((e) => e.id));
}

/**
 * The exercise an upload is for, checked before its bytes are read: only the caller's clinic's own,
 * unarchived exercises take media. Built-ins and other clinics' exercises answer 404.
 */
export async function assertMediaTarget(caller: Caller, id: unknown): Promise<string> {
  assertCan(caller, "write:exercise:clinic");
  const exerciseId = uuidOr404(id);
  const db = await getDb();
  const [exercise] = await db
    .select({ id: exercises.id })
    .from(exercises)
    .where(and(eq(exercises.id, exerciseId), eq(exercises.clinicId, caller.clinicId), isNull(exercises.archivedAt)));
  return foundOr404(exercise).id;
}

export type StoreMediaInput = { exerciseId: unknown; altText: string; upload: ReceivedUpload };

/**
 * Attaches an uploaded file to one of the clinic's own exercises, replacing any current one.
 * Order matters: the exercise is checked, the bytes stored, then in one transaction the old row
 * is marked removed, the new row written and the upload audited; only after that commits is the
 * old file deleted. If anything fails the new file is deleted, so no orphan stays on disk.
 * Built-in, archived and other clinics' exercises answer 404.
 */
export async function storeExerciseMedia(caller: Caller, input: StoreMediaInput, ctx: ReadContext, store: MediaStore = getMediaStore()): Promise<MediaRef> {
  const exerciseId = await assertMediaTarget(caller, input.exerciseId);
  const db = await getDb();

  const altText = input.altText.trim();
  if (input.upload.kind === "image" && altText.length === 0) throw new UserFacingError(ALT_TEXT_REQUIRED, { altText: [ALT_TEXT_REQUIRED] });
  if (altText.length > ALT_TEXT_MAX) throw new UserFacingError(`Keep the description under ${ALT_TEXT_MAX} characters.`, { altText: [`At most ${ALT_TEXT_MAX} characters.`] });

  const storageKey = newMediaKey();
  await store.put(storageKey, createReadStream(input.upload.tempPath));
  let replaced: string[] = [];
  let ref: MediaRef;
  try {
    ({ ref, replaced } = await db.transaction(async (tx) => {
      const old = await tx
        .update(exerciseMedia)
        .set({ removedAt: new Date() })
        .where(and(eq(exerciseMedia.exerciseId, exerciseId), eq(exerciseMedia.clinicId, caller.clinicId), isNull(exerciseMedia.removedAt)))
        .returning({ id: exerciseMedia.id, storageKey: exerciseMedia.storageKey });
      const [row] = await tx
        .insert(exerciseMedia)
        .values({
          clinicId: caller.clinicId, exerciseId, kind: input.upload.kind, mimeType: input.upload.mimeType, byteSize: input.upload.size,
          storageKey, altText, uploadedBy: caller.userId,
        })
        .returning(refColumns);
      const { exerciseId: _exerciseId, ...created } = foundOr404(row);
      await recordAuditEvent(tx, {
        clinicId: caller.clinicId, actorId: caller.userId, ip: ctx.ip, action: "exercise-media.uploaded", entity: "exercise", entityId: exerciseId,
        detail: { mediaId: created.id, kind: created.kind, mimeType: created.mimeType, byteSize: input.upload.size, replaced: old.map((o) => o.id) },
      });
      return { ref: created, replaced: old.map((o) => o.storageKey) };
    }));
  } catch (error) {
    await store.remove(storageKey);
    throw error;
  }
  // The old rows say "removed" now; their bytes can go. A failed delete leaves a file no row points to, never a broken row.
  for (const key of replaced) await store.remove(key).catch((e: unknown) => console.error("[stride] could not delete replaced media", { key, e }));
  return ref;
}

/** What removing left behind: the audit names the media, and its bytes go once the removal is committed. */
export type RemovedMedia = { mediaId: string; exerciseId: string; kind: MediaKind; storageKey: string };

/**
 * Takes a clinic's picture or video off its exercise, inside the caller's transaction (the
 * action wrapper audits it there). The row is marked removed, as a replacement does, so the
 * library, the builder and the portal stop showing it and /media/{id} answers 404 at once; the
 * bytes are deleted by deleteRemovedMediaFile only after the transaction commits. Staff of the
 * media's clinic only: another clinic's, an already removed or an unknown id answers 404, and a
 * patient is refused the same way.
 */
export async function removeExerciseMedia(caller: Caller, tx: DbOrTx, id: unknown): Promise<RemovedMedia> {
  assertCan(caller, "write:exercise:clinic");
  const mediaId = uuidOr404(id);
  const [row] = await tx
    .update(exerciseMedia)
    .set({ removedAt: new Date() })
    .where(and(eq(exerciseMedia.id, mediaId), eq(exerciseMedia.clinicId, caller.clinicId), isNull(exerciseMedia.removedAt)))
    .returning({ mediaId: exerciseMedia.id, exerciseId: exerciseMedia.exerciseId, kind: exerciseMedia.kind, storageKey: exerciseMedia.storageKey });
  return foundOr404(row);
}

/**
 * Deletes a removed media file's bytes through the storage interface. It reads the committed row
 * first and deletes only when that row says removed, so a removal whose transaction rolled back
 * never leaves a current row pointing at a missing file. Returns whether it deleted.
 */
export async function deleteRemovedMediaFile(storageKey: string, store: MediaStore = getMediaStore()): Promise<boolean> {
  const db = await getDb();
  const [removed] = await db
    .select({ id: exerciseMedia.id })
    .from(exerciseMedia)
    .where(and(eq(exerciseMedia.storageKey, storageKey), isNotNull(exerciseMedia.removedAt)));
  if (!removed) return false;
  await store.remove(storageKey);
  return true;
}
