import { z } from "zod";
import { EDUCATION_MODULE_KEYS, inReadingOrder, type EducationModuleKey } from "@/lib/clinical/education";

/**
 * The protocol builder's education fieldset (docs/clinical/education.md). The fieldset posts a
 * hidden empty `educationModules` first, then one value per ticked box, so "posted with nothing
 * ticked" differs from "not posted": a form without the fieldset leaves the field absent
 * (undefined: the new version keeps the previous choice).
 */
export const UNKNOWN_MODULE = "Choose modules from the list.";
export const NO_MODULE = "Tick at least one module: education is part of every plan.";

export const educationModulesField = z
  .union([z.string(), z.array(z.string())], { error: UNKNOWN_MODULE })
  .optional()
  .transform((v, ctx): EducationModuleKey[] | undefined => {
    if (v === undefined) return undefined;
    const ticked = [v].flat().filter((key) => key !== "");
    if (ticked.some((key) => !(EDUCATION_MODULE_KEYS as readonly string[]).includes(key))) {
      ctx.addIssue({ code: "custom", message: UNKNOWN_MODULE });
      return z.NEVER;
    }
    if (ticked.length === 0) {
      ctx.addIssue({ code: "custom", message: NO_MODULE });
      return z.NEVER;
    }
    return inReadingOrder(ticked);
  })
  .optional();
