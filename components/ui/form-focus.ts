import type { ActionState } from "@/lib/auth/action-state";

/**
 * Where keyboard focus goes when a form's action answers. Kept free of React and the DOM so the
 * choice is tested on its own; useFocusFirstError applies it. It lives apart from the hook because
 * FormStatus, which has no "use client", spreads formStatusProps.
 */

/** Marks the element showing a form's overall message (FormStatus does it), for the focus fallback. */
export const FORM_STATUS_ATTR = "data-form-status";

/** Spread on a form's status element: found by the hook, focusable by script but not a Tab stop. */
export const formStatusProps = { [FORM_STATUS_ATTR]: "", tabIndex: -1 } as const;

/** What the choice reads of a control; an input, select or textarea element satisfies it. */
export type NamedControl = {
  readonly type?: string;
  readonly disabled?: boolean;
  readonly checked?: boolean;
  getAttribute(name: string): string | null;
};

/**
 * The first control, in page order, of a field the action refused. Hidden and disabled controls
 * cannot take focus. One name can span two groups (the intake screen's differentials and red
 * flags); only the group showing the error marks its boxes aria-invalid, so focus goes there.
 */
export function firstErrorControl<T extends NamedControl>(controls: readonly T[], fieldErrors: ActionState["fieldErrors"]): T | undefined {
  const name = (c: T) => c.getAttribute("name") ?? "";
  const invalid = (c: T) => c.getAttribute("aria-invalid") === "true";
  const candidates = controls.filter((c) => Boolean(fieldErrors?.[name(c)]?.length) && c.type !== "hidden" && !c.disabled);
  const marked = new Set(candidates.filter(invalid).map(name));
  const first = candidates.find((c) => invalid(c) || !marked.has(name(c)));
  // A radio group is one Tab stop, on its checked radio: land where Tab would.
  if (first?.type === "radio") return candidates.find((c) => name(c) === name(first) && c.checked) ?? first;
  return first;
}

/**
 * What to focus after a new action state: the first refused control; the status message when the
 * refusal names no control that can take focus (only a message, e.g. the database is unreachable);
 * nothing after a success, unless the form asks for its status then (`statusOnSuccess`).
 */
export function chooseFocus<T extends NamedControl>(state: ActionState, controls: readonly T[], statusOnSuccess = false): T | "status" | undefined {
  if (state.ok) return statusOnSuccess && state.message ? "status" : undefined;
  const refused = Boolean(state.message) || Object.values(state.fieldErrors ?? {}).some((e) => Boolean(e?.length));
  if (!refused) return undefined;
  return firstErrorControl(controls, state.fieldErrors) ?? "status";
}
