import type { ActionState } from "@/lib/auth/action-state";
import { Alert } from "./alert";
import { formStatusProps } from "./form-focus";

/** Focusable by script (useFocusFirstError lands here when no field can take focus); the focus is not a control's, so no ring. */
const statusProps = { ...formStatusProps, className: "scroll-mt-4 outline-none" };

/**
 * The action's overall message: an error summary when it failed, a confirmation when it saved.
 * With `fieldLabels`, a failure also lists each field's message under its label, so on a long
 * phone form the summary at the top says what to fix below.
 */
export function FormStatus({ state, fieldLabels }: { state: ActionState; fieldLabels?: Record<string, string> }) {
  if (!state.message) return null;
  if (state.ok || !fieldLabels) {
    return (
      <Alert tone={state.ok ? "success" : "error"} {...statusProps}>
        {state.message}
      </Alert>
    );
  }
  const errors = Object.entries(state.fieldErrors ?? {}).filter((e): e is [string, string[]] => Boolean(e[1]?.length));
  return (
    <Alert tone="error" {...statusProps}>
      <p className="font-medium">{state.message}</p>
      {errors.length ? (
        <ul className="mt-2 list-disc space-y-1 pl-5">
          {errors.map(([name, messages]) => (
            <li key={name}>
              {fieldLabels[name] ?? name}: {messages.join(" ")}
            </li>
          ))}
        </ul>
      ) : null}
    </Alert>
  );
}

/** What the user typed, from the action state, for defaultValue after a failed submit. */
export function typed(state: ActionState, name: string, fallback = ""): string {
  const value = state.values?.[name];
  return typeof value === "string" ? value : fallback;
}

export function typedList(state: ActionState, name: string, fallback: readonly string[] = []): readonly string[] {
  if (!state.values) return fallback; // first render: the saved selection
  const value = state.values[name]; // after a failed submit: exactly what was ticked, maybe nothing
  if (value === undefined) return [];
  return Array.isArray(value) ? value : [value];
}
