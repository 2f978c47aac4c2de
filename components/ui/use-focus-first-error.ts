"use client";

import { useEffect, useRef } from "react";
import type { ActionState } from "@/lib/auth/action-state";
import { chooseFocus, FORM_STATUS_ATTR } from "./form-focus";

type Options = {
  /** Also focus the status after a success: for forms whose outcome (advice, a vanished button) needs it. */
  statusOnSuccess?: boolean;
};

/**
 * After an action refuses a save, moves keyboard focus to the first control of a refused field, or
 * to the form's status message when no control can take it, so a keyboard or screen-reader user
 * lands on what to fix. Put the returned ref on the <form>, or on an element holding both the form
 * and its FormStatus when the status sits outside the form. Runs once per new state: never on the
 * first render, and never again when the form re-renders with the same state.
 */
export function useFocusFirstError<T extends HTMLElement = HTMLFormElement>(state: ActionState, { statusOnSuccess = false }: Options = {}) {
  const ref = useRef<T>(null);
  const handled = useRef(state);

  useEffect(() => {
    if (handled.current === state) return;
    handled.current = state;
    const container = ref.current;
    if (!container) return;
    const controls = [...container.querySelectorAll<HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement>("input, select, textarea")];
    const target = chooseFocus(state, controls, statusOnSuccess);
    (target === "status" ? container.querySelector<HTMLElement>(`[${FORM_STATUS_ATTR}]`) : target)?.focus();
  }, [state, statusOnSuccess]);

  return ref;
}
