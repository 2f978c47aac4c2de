import { describe, expect, it } from "vitest";
import { buttonBase, buttonStyles } from "./button";
import { cn } from "./cn";

describe("cn", () => {
  it("lets the later of two conflicting Tailwind classes win", () => {
    expect(cn("px-2", "px-4")).toBe("px-4");
    expect(cn("text-sm text-slate-700", "text-base")).toBe("text-slate-700 text-base");
  });

  it("drops falsy values and keeps classes that do not conflict", () => {
    expect(cn("rounded-md", false, null, undefined, "", "border border-slate-300")).toBe("rounded-md border border-slate-300");
  });

  it("lets a call site override a button's size while keeping its variant's colours", () => {
    const big = cn(buttonBase, buttonStyles.primary, "min-h-12 w-full text-base");
    expect(big.split(" ")).toEqual(expect.arrayContaining(["min-h-12", "text-base", "bg-brand-700", "text-white"]));
    expect(big.split(" ")).not.toContain("min-h-11");
    expect(big.split(" ")).not.toContain("text-sm");
  });
});
