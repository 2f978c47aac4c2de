import { formatAmount, formatPerWeek } from "./dose-notation";

/**
 * What changed between two saved versions of a plan, as the therapist would say it:
 * "Split squat added; Clam shell 3 x 10 -> 3 x 12; Standing quadriceps stretch removed".
 * Pure: callers pass plain item lists, so the record page, tests and any export share one wording.
 */
export type PlanSide = "left" | "right" | "both";

export type PlanItemSnapshot = {
  exerciseId: string;
  name: string;
  sets: number;
  reps: number | null;
  holdSeconds: number | null;
  frequencyPerWeek: number;
  eachSide: boolean;
  side?: PlanSide | null;
  load?: string | null;
  note?: string | null;
};

export type PlanSnapshot = {
  version: number; title: string; phase: number; items: readonly PlanItemSnapshot[];
  /** The walk-run stage in force with this version (return-to-run-stages.ts); null or absent: not on it. */
  runStage?: number | null;
  /** Titles of the education modules the patient sees with this version (resolved, in reading order); absent: not compared. */
  educationModules?: readonly string[];
};

export type DoseFieldChange =
  | { field: "amount"; from: string; to: string }
  | { field: "frequency"; from: number; to: number }
  | { field: "eachSide"; to: boolean }
  | { field: "side"; from: PlanSide | null; to: PlanSide | null }
  | { field: "load"; from: string | null; to: string | null }
  | { field: "note"; from: string | null; to: string | null };

export type PlanChange =
  | { kind: "added"; name: string }
  | { kind: "dose"; name: string; fields: DoseFieldChange[] }
  | { kind: "removed"; name: string }
  | { kind: "reordered" }
  | { kind: "title"; from: string; to: string }
  | { kind: "phase"; from: number; to: number }
  | { kind: "run-stage"; from: number | null; to: number | null }
  | { kind: "education"; added: string[]; removed: string[] };

const blankToNull = (text: string | null | undefined): string | null => {
  const trimmed = text?.trim() ?? "";
  return trimmed === "" ? null : trimmed;
};

/** The same exercise may (rarely) appear twice; its second occurrence is a separate entry. */
function keyed(items: readonly PlanItemSnapshot[]): Map<string, PlanItemSnapshot> {
  const seen = new Map<string, number>();
  const out = new Map<string, PlanItemSnapshot>();
  for (const item of items) {
    const n = (seen.get(item.exerciseId) ?? 0) + 1;
    seen.set(item.exerciseId, n);
    out.set(`${item.exerciseId}#${n}`, item);
  }
  return out;
}

function doseChanges(before: PlanItemSnapshot, after: PlanItemSnapshot): DoseFieldChange[] {
  const fields: DoseFieldChange[] = [];
  const amountBefore = formatAmount(before);
  const amountAfter = formatAmount(after);
  if (amountBefore !== amountAfter) fields.push({ field: "amount", from: amountBefore, to: amountAfter });
  if (before.frequencyPerWeek !== after.frequencyPerWeek) fields.push({ field: "frequency", from: before.frequencyPerWeek, to: after.frequencyPerWeek });
  if (before.eachSide !== after.eachSide) fields.push({ field: "eachSide", to: after.eachSide });
  if ((before.side ?? null) !== (after.side ?? null)) fields.push({ field: "side", from: before.side ?? null, to: after.side ?? null });
  const loadBefore = blankToNull(before.load);
  const loadAfter = blankToNull(after.load);
  if (loadBefore !== loadAfter) fields.push({ field: "load", from: loadBefore, to: loadAfter });
  const noteBefore = blankToNull(before.note);
  const noteAfter = blankToNull(after.note);
  if (noteBefore !== noteAfter) fields.push({ field: "note", from: noteBefore, to: noteAfter });
  return fields;
}

/** Every change from `before` to `after`: additions, dose changes, removals, order, then title and phase. */
export function diffPlans(before: PlanSnapshot, after: PlanSnapshot): PlanChange[] {
  const oldItems = keyed(before.items);
  const newItems = keyed(after.items);
  const changes: PlanChange[] = [];

  for (const [key, item] of newItems) {
    if (!oldItems.has(key)) changes.push({ kind: "added", name: item.name });
  }
  for (const [key, item] of newItems) {
    const old = oldItems.get(key);
    const fields = old ? doseChanges(old, item) : [];
    if (fields.length > 0) changes.push({ kind: "dose", name: item.name, fields });
  }
  for (const [key, item] of oldItems) {
    if (!newItems.has(key)) changes.push({ kind: "removed", name: item.name });
  }
  // Adding or removing exercises does not count as reordering: compare only the ones in both.
  const keptOld = [...oldItems.keys()].filter((k) => newItems.has(k));
  const keptNew = [...newItems.keys()].filter((k) => oldItems.has(k));
  if (keptOld.some((key, i) => keptNew[i] !== key)) changes.push({ kind: "reordered" });

  if (before.title.trim() !== after.title.trim()) changes.push({ kind: "title", from: before.title, to: after.title });
  if (before.phase !== after.phase) changes.push({ kind: "phase", from: before.phase, to: after.phase });
  const stageBefore = before.runStage ?? null;
  const stageAfter = after.runStage ?? null;
  if (stageBefore !== stageAfter) changes.push({ kind: "run-stage", from: stageBefore, to: stageAfter });
  if (before.educationModules && after.educationModules) {
    const added = after.educationModules.filter((m) => !before.educationModules?.includes(m));
    const removed = before.educationModules.filter((m) => !after.educationModules?.includes(m));
    if (added.length + removed.length > 0) changes.push({ kind: "education", added, removed });
  }
  return changes;
}

function describeField(change: DoseFieldChange): string {
  switch (change.field) {
    case "amount":
      return `${change.from} -> ${change.to}`;
    case "frequency":
      return `${formatPerWeek(change.from)} -> ${formatPerWeek(change.to)}`;
    case "eachSide":
      return change.to ? "now each side" : "no longer each side";
    case "side":
      return `side ${change.from ?? "none"} -> ${change.to ?? "none"}`;
    case "load":
      if (change.from === null) return `load "${change.to}" added`;
      if (change.to === null) return "load removed";
      return `load "${change.from}" -> "${change.to}"`;
    case "note":
      if (change.from === null) return "note added";
      if (change.to === null) return "note removed";
      return "note changed";
  }
}

export function describeChange(change: PlanChange): string {
  switch (change.kind) {
    case "added":
      return `${change.name} added`;
    case "removed":
      return `${change.name} removed`;
    case "dose":
      return `${change.name} ${change.fields.map(describeField).join(", ")}`;
    case "reordered":
      return "order changed";
    case "title":
      return `title changed to "${change.to}"`;
    case "phase":
      return `phase ${change.from} -> ${change.to}`;
    case "run-stage":
      if (change.from === null) return `walk-run programme started at stage ${change.to}`;
      if (change.to === null) return `walk-run programme ended at stage ${change.from}`;
      return `walk-run stage ${change.from} -> ${change.to}`;
    case "education":
      return `education: ${[...change.added.map((t) => `+ ${t}`), ...change.removed.map((t) => `- ${t}`)].join(", ")}`;
  }
}

/** One readable line, e.g. "Split squat added; Clam shell 3 x 10 -> 3 x 12; title changed to ...". */
export function summariseChanges(changes: readonly PlanChange[]): string {
  return changes.length === 0 ? "saved without changes" : changes.map(describeChange).join("; ");
}

export type VersionHistoryEntry = { version: number; summary: string; changes: PlanChange[] };

/**
 * The change list of a protocol's life, newest first: each version against the one before it
 * (in version order, whatever order they are passed in), and the first one as what it started with.
 */
export function versionHistory(versions: readonly PlanSnapshot[]): VersionHistoryEntry[] {
  const ordered = [...versions].sort((a, b) => a.version - b.version);
  const entries = ordered.map((current, i): VersionHistoryEntry => {
    const previous = ordered[i - 1];
    if (!previous) {
      const n = current.items.length;
      return { version: current.version, summary: `started with ${n} ${n === 1 ? "exercise" : "exercises"}`, changes: [] };
    }
    const changes = diffPlans(previous, current);
    return { version: current.version, summary: summariseChanges(changes), changes };
  });
  return entries.reverse();
}
