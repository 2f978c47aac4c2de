import { z } from "zod";
import { MAX_PLAN_ITEMS } from "./plan-limits";

/**
 * Templates and protocols post their ordered exercises as indexed form fields
 * ("items.0.exerciseId", "items.0.sets", ...). These helpers read them back in index order and
 * report each problem under the exact field name, so the editor can show it beside that input.
 */

export type RawForm = Record<string, unknown>;

/** The name a field of item `index` has in the form, and the key its error comes back under. */
export function itemFieldName(index: number, field: string): string {
  return `items.${index}.${field}`;
}

const ITEM_KEY = /^items\.(\d{1,4})\.([A-Za-z]+)$/;

/** The item objects in the order of their indexes; an item exists when any of its fields was posted. */
export function groupIndexedItems(raw: RawForm): Record<string, unknown>[] {
  const byIndex = new Map<number, Record<string, unknown>>();
  for (const [key, value] of Object.entries(raw)) {
    const match = ITEM_KEY.exec(key);
    if (!match) continue;
    const index = Number(match[1]);
    const item = byIndex.get(index) ?? {};
    item[match[2] as string] = value;
    byIndex.set(index, item);
  }
  return [...byIndex.entries()].sort(([a], [b]) => a - b).map(([, item]) => item);
}

type Ctx = z.RefinementCtx;

/** Copies a sub-schema's issues onto the form schema, each under one flat field name. */
export function reportIssues(ctx: Ctx, issues: readonly z.core.$ZodIssue[], prefix = ""): void {
  for (const issue of issues) {
    const key = `${prefix}${issue.path.map(String).join(".")}`.replace(/\.$/, "");
    ctx.addIssue({ code: "custom", message: issue.message, path: key ? [key] : [] });
  }
}

/**
 * Parses every posted item with `itemSchema`, checks the count and that no exercise appears twice,
 * and reports problems under "items" (the list) or "items.N.field" (one input).
 */
export function parsePlanItems<S extends z.ZodType<{ exerciseId: string }>>(raw: RawForm, itemSchema: S, ctx: Ctx): z.output<S>[] | null {
  const posted = groupIndexedItems(raw);
  let ok = true;
  if (posted.length === 0) {
    ctx.addIssue({ code: "custom", message: "Add at least one exercise.", path: ["items"] });
    return null;
  }
  if (posted.length > MAX_PLAN_ITEMS) {
    ctx.addIssue({ code: "custom", message: `A plan can have at most ${MAX_PLAN_ITEMS} exercises; shorter plans are easier to keep up.`, path: ["items"] });
    return null;
  }
  const items: z.output<S>[] = [];
  const seen = new Set<string>();
  posted.forEach((item, index) => {
    const result = itemSchema.safeParse(item);
    if (!result.success) {
      ok = false;
      reportIssues(ctx, result.error.issues, `items.${index}.`);
      return;
    }
    if (seen.has(result.data.exerciseId)) {
      ok = false;
      ctx.addIssue({ code: "custom", message: "This exercise is already in the list; remove one of them.", path: [itemFieldName(index, "exerciseId")] });
    }
    seen.add(result.data.exerciseId);
    items.push(result.data);
  });
  return ok ? items : null;
}

/** The form fields other than items, as a plain object a header schema can parse. */
export function headerFields(raw: RawForm): RawForm {
  return Object.fromEntries(Object.entries(raw).filter(([key]) => !key.startsWith("items.")));
}

export const exerciseIdField = z.uuid({ error: "Choose an exercise from the library." });

export const phaseField = z.coerce
  .number<string>({ error: "Phase must be a whole number from 1 to 9." })
  .int({ error: "Phase must be a whole number from 1 to 9." })
  .min(1, { error: "Phase must be a whole number from 1 to 9." })
  .max(9, { error: "Phase must be a whole number from 1 to 9." });
