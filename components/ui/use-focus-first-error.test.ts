import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

// No DOM in these tests (vitest runs in node, jsdom is not installed): the choice itself is tested in
// form-focus.test.ts; this keeps every form that shows field errors on the one shared hook.
const root = path.resolve(import.meta.dirname, "..");

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sources(full);
    return /\.tsx$/.test(entry.name) && !/\.test\.tsx$/.test(entry.name) ? [full] : [];
  });
}

describe("useFocusFirstError", () => {
  it("is used by every form component that shows an action's field errors", () => {
    const forms = sources(root).filter((file) => {
      const text = readFileSync(file, "utf8");
      return /\b(useActionState|usePlanForm)\b/.test(text) && text.includes("fieldErrors");
    });
    expect(forms.length).toBeGreaterThanOrEqual(13);
    const missing = forms.filter((file) => !/\buseFocusFirstError\b[<(]/.test(readFileSync(file, "utf8"))).map((file) => path.relative(root, file));
    expect(missing).toEqual([]);
  });
});
