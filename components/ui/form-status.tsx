import type { ActionState } from "@/lib/auth/action-state";
import { Alert } from "./alert";

/** The action's overall message: an error summary when it failed, a confirmation when it saved. */
export function FormStatus({ state }: { state: ActionState }) {
  if (!state.message) return null;
  return <Alert tone={state.ok ? "success" : "error"}>{state.message}</Alert>;
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
