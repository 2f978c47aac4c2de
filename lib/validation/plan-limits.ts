/** Limits shared by the plan validation and the editors (no zod here, so the browser bundle stays small). */
export const MAX_PLAN_ITEMS = 20;
