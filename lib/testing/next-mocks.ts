import { redirect } from "next/navigation";
import type { Caller } from "@/lib/auth/caller";

/**
 * Stand-ins for the request-bound modules a server action touches, so actions can be tested
 * against a real database. One test file wires them up with:
 *   vi.mock("@/lib/auth/session", () => import("@/lib/testing/next-mocks"));
 *   vi.mock("next/headers", () => import("@/lib/testing/next-mocks"));
 *   vi.mock("next/cache", () => import("@/lib/testing/next-mocks"));
 * and then calls signInAs(caller) before each action.
 */
const state = { caller: null as Caller | null, headers: new Headers() };
export const revalidated: string[] = [];

export function signInAs(caller: Caller | null, headers: HeadersInit = {}): void {
  state.caller = caller;
  state.headers = new Headers(headers);
  revalidated.length = 0;
}

/** session.requireUser: the anonymous are redirected to /login with Next's own redirect, as the real one does. */
export async function requireUser(): Promise<Caller> {
  if (!state.caller) redirect("/login");
  return state.caller;
}

export async function getCurrentUser(): Promise<Caller | null> {
  return state.caller;
}

/** next/headers */
export async function headers(): Promise<Headers> {
  return state.headers;
}

/** next/headers cookies(), read from the Cookie header given to signInAs (for code that reads the session cookie). */
export async function cookies() {
  const all = (state.headers.get("cookie") ?? "")
    .split(";")
    .map((part) => part.trim())
    .filter(Boolean)
    .map((part) => ({ name: part.slice(0, part.indexOf("=")), value: decodeURIComponent(part.slice(part.indexOf("=") + 1)) }));
  return { getAll: () => all, get: (name: string) => all.find((c) => c.name === name), has: (name: string) => all.some((c) => c.name === name) };
}

/** next/cache */
export function revalidatePath(path: string): void {
  revalidated.push(path);
}

/** A FormData as a browser would post it; an array posts the name once per value. */
export function form(fields: Record<string, string | string[]>): FormData {
  const fd = new FormData();
  for (const [name, value] of Object.entries(fields)) for (const v of [value].flat()) fd.append(name, v);
  return fd;
}
