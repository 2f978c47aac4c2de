"use client";

import { startTransition, useActionState, useState, type FormEvent } from "react";
import type { ActionState } from "@/lib/auth/action-state";
import { rowFromSeed, type PlanRow, type PlanRowSeed } from "./plan-rows";
import type { SideKey } from "@/lib/clinical/exercise-labels";

type Action = (prev: ActionState, formData: FormData) => Promise<ActionState>;

/**
 * State for a plan form (template or protocol): the rows, and an action dispatched from onSubmit.
 * Dispatching by hand, rather than through <form action>, means React does not reset the form
 * after a failed save, so everything typed stays exactly where it was.
 */
export function usePlanForm(action: Action, seeds: readonly PlanRowSeed[], defaultSide: SideKey) {
  // Stable uids from the seed order, so the server render and hydration agree.
  const [rows, setRows] = useState<PlanRow[]>(() => seeds.map((seed, i) => rowFromSeed(seed, `saved-${i}`, defaultSide)));
  const [state, dispatch, pending] = useActionState(action, {});
  // Errors come back as "items.N.field" for the order at submit time; rows may move afterwards.
  const [submittedOrder, setSubmittedOrder] = useState<string[]>([]);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const formData = new FormData(event.currentTarget);
    setSubmittedOrder(rows.map((r) => r.uid));
    startTransition(() => dispatch(formData));
  }

  function itemErrors(uid: string, field: string): string[] | undefined {
    const index = submittedOrder.indexOf(uid);
    return index < 0 ? undefined : state.fieldErrors?.[`items.${index}.${field}`];
  }

  return { rows, setRows, state, pending, onSubmit, itemErrors };
}

export type ItemErrors = (uid: string, field: string) => string[] | undefined;
