/**
 * Joins class names, dropping falsy ones. It does not resolve conflicts between Tailwind classes
 * (two paddings both apply, and which wins depends on the order Tailwind emits its rules, not on
 * the order here), so a component never takes an override of what it sets itself: it offers a
 * prop instead (Button's `size`, NavLink's `fill`), and callers' classes only add (a margin, a
 * width, a grid span). tailwind-merge did the resolving until 2026-11 and was 8 kB gzipped of
 * every page's first load (docs/decisions/0023).
 */
export function cn(...classes: (string | false | null | undefined)[]): string {
  return classes.filter(Boolean).join(" ");
}
