import "server-only";
import { and, asc, eq } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { DbOrTx } from "@/db/client";
import { exercises, protocolItems, protocols, protocolVersions, users } from "@/db/schema";
import type { Caller } from "@/lib/auth/caller";
import { versionStartDays, type VersionInForce } from "@/lib/clinical/adherence-by-version";

/**
 * The one way the DAL reads a patient's protocol versions with their items and the day each came
 * into force (versionStartDays), for adherence against the plan in force each week (issue 11) and
 * for the timeline's version events. Two statements whatever the number of versions.
 *
 * Internal: the public DAL functions check the caller's permission and resolve patientId first
 * (scopedPatient for staff, ownPatientId for a patient); every statement here is still scoped to
 * caller.clinicId and that patient in its WHERE clause.
 *
 * `detail: false` (the default) reads only what adherence needs; `detail: true` adds what the
 * timeline's change lists need (doses, names, the author).
 */
const author = alias(users, "version_author");

const versionColumns = {
  protocolId: protocols.id, status: protocols.status, startDate: protocols.startDate, endDate: protocols.endDate,
  versionId: protocolVersions.id, version: protocolVersions.version, title: protocolVersions.title, createdAt: protocolVersions.createdAt,
};
const versionDetailColumns = { ...versionColumns, phase: protocolVersions.phase, runStage: protocolVersions.runStage, by: author.name };
const itemColumns = { versionId: protocolItems.versionId, exerciseId: protocolItems.exerciseId, frequencyPerWeek: protocolItems.frequencyPerWeek };
const itemDetailColumns = {
  ...itemColumns, name: exercises.name, sets: protocolItems.sets, reps: protocolItems.reps, holdSeconds: protocolItems.holdSeconds,
  eachSide: protocolItems.eachSide, side: protocolItems.side, load: protocolItems.load, note: protocolItems.note,
};

type Columns<T> = { [K in keyof T]: T[K] extends { _: { data: infer D; notNull: infer N } } ? (N extends true ? D : D | null) : never };
type VersionRow = Columns<typeof versionColumns>;
type VersionDetail = Omit<Columns<typeof versionDetailColumns>, "by"> & { by: string | null };
type ItemRow = Omit<Columns<typeof itemColumns>, "versionId">;
type ItemDetail = Omit<Columns<typeof itemDetailColumns>, "versionId">;

export type VersionWithDays<V, I> = V & { from: string; items: I[] };
/** One protocol's versions, oldest first, each with its first day in force and its items in prescribed order. */
export type ProtocolVersions<V = VersionRow, I = ItemRow> = {
  protocolId: string;
  status: VersionRow["status"];
  startDate: string;
  endDate: string | null;
  versions: VersionWithDays<V, I>[];
};
export type DetailedProtocolVersions = ProtocolVersions<VersionDetail, ItemDetail>;

type Options = { activeOnly?: boolean };

export function loadProtocolVersions(caller: Caller, db: DbOrTx, patientId: string, options: Options & { detail: true }): Promise<DetailedProtocolVersions[]>;
export function loadProtocolVersions(caller: Caller, db: DbOrTx, patientId: string, options?: Options & { detail?: false }): Promise<ProtocolVersions[]>;
/** The patient's protocols (oldest first) or only the active one, with their versions and items. */
export async function loadProtocolVersions(
  caller: Caller,
  db: DbOrTx,
  patientId: string,
  { activeOnly = false, detail = false }: Options & { detail?: boolean } = {},
): Promise<ProtocolVersions<VersionDetail | VersionRow, ItemDetail | ItemRow>[]> {
  const scope = and(eq(protocols.clinicId, caller.clinicId), eq(protocols.patientId, patientId), activeOnly ? eq(protocols.status, "active") : undefined);
  const [versionRows, itemRows] = await Promise.all([
    db
      .select(detail ? versionDetailColumns : versionColumns)
      .from(protocolVersions)
      .innerJoin(protocols, eq(protocols.id, protocolVersions.protocolId))
      .leftJoin(author, and(eq(author.id, protocolVersions.createdBy), eq(author.clinicId, caller.clinicId)))
      .where(scope)
      .orderBy(asc(protocols.startDate), asc(protocols.createdAt), asc(protocolVersions.version)) as Promise<VersionDetail[] | VersionRow[]>,
    db
      .select(detail ? itemDetailColumns : itemColumns)
      .from(protocolItems)
      .innerJoin(protocolVersions, eq(protocolVersions.id, protocolItems.versionId))
      .innerJoin(protocols, eq(protocols.id, protocolVersions.protocolId))
      .innerJoin(exercises, eq(exercises.id, protocolItems.exerciseId))
      .where(scope)
      .orderBy(asc(protocolItems.versionId), asc(protocolItems.position)) as Promise<(ItemDetail & { versionId: string })[] | (ItemRow & { versionId: string })[]>,
  ]);

  const itemsOf = new Map<string, (ItemDetail | ItemRow)[]>();
  for (const { versionId, ...item } of itemRows) itemsOf.set(versionId, [...(itemsOf.get(versionId) ?? []), item]);
  const byProtocol = new Map<string, (VersionDetail | VersionRow)[]>();
  for (const v of versionRows) byProtocol.set(v.protocolId, [...(byProtocol.get(v.protocolId) ?? []), v]);
  return [...byProtocol.values()].flatMap((rows) => {
    const first = rows[0];
    if (!first) return [];
    const withItems = rows.map((v) => ({ ...v, items: itemsOf.get(v.versionId) ?? [] }));
    return [{
      protocolId: first.protocolId, status: first.status, startDate: first.startDate, endDate: first.endDate,
      versions: versionStartDays(withItems, { startDate: first.startDate, timeZone: caller.timeZone }),
    }];
  });
}

/** Every version of the given protocols as the adherence rule takes them: in force until its protocol ended. */
export function versionsInForce(plans: readonly ProtocolVersions<VersionRow, ItemRow>[]): VersionInForce[] {
  return plans.flatMap((p) => p.versions.map((v) => ({ version: v.version, from: v.from, until: p.endDate, items: v.items })));
}
