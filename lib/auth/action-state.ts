/** What a form's useActionState holds: errors per field, a message, and what the user typed. */
export type ActionState = {
  ok?: boolean;
  message?: string;
  fieldErrors?: Record<string, string[] | undefined>;
  values?: Record<string, string | string[]>;
  /** Results to show once, e.g. a freshly created invite link. */
  data?: Record<string, string>;
};

/** A server action as a form (useActionState) calls it; components take actions as props of this type. */
export type FormAction = (prev: ActionState, formData: FormData) => Promise<ActionState>;
