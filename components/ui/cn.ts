import { twMerge } from "tailwind-merge";

/**
 * Joins class names, dropping falsy ones. Conflicting Tailwind classes resolve to the last one
 * (cn(buttonBase, "px-2") pads by 2), so an override at the call site wins whatever order
 * Tailwind happens to emit the two rules in.
 */
export function cn(...classes: (string | false | null | undefined)[]): string {
  return twMerge(classes);
}
