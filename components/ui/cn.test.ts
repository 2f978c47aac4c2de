import { describe, expect, it } from "vitest";
import { buttonBase, buttonSizes, buttonStyles } from "./button";
import { cn } from "./cn";

/** The Tailwind utilities that set one CSS property each, by the prefix two of them would share. */
const CONFLICTING = [/^min-h-/, /^px-/, /^py-/, /^text-(xs|sm|base|lg|xl)$/, /^w-/];

function conflicts(classes: string): string[] {
  const list = classes.split(" ");
  return CONFLICTING.flatMap((group) => {
    const hits = list.filter((c) => group.test(c));
    return hits.length > 1 ? [hits.join(" vs ")] : [];
  });
}

describe("cn", () => {
  it("joins in order and drops falsy values", () => {
    expect(cn("rounded-md", false, null, undefined, "", "border border-slate-300")).toBe("rounded-md border border-slate-300");
    expect(cn("px-2", "mt-4")).toBe("px-2 mt-4");
  });

  it("gives every button size one height, one padding and one type size, so no caller needs an override", () => {
    for (const size of Object.values(buttonSizes)) {
      for (const variant of Object.values(buttonStyles)) expect(conflicts(cn(size, variant))).toEqual([]);
    }
    expect(conflicts(buttonBase)).toEqual([]);
    expect(cn(buttonSizes.large).split(" ")).toEqual(expect.arrayContaining(["min-h-12", "w-full", "text-base"]));
  });
});
