import { performance } from "node:perf_hooks";
import { CookieJar, signIn } from "../shared/sign-in";

/**
 * The load test's browser stand-in: next-auth's credentials sign-in, page GETs, and server-action
 * POSTs encoded the way React's client does it (`Next-Action` header, multipart body whose field
 * "0" holds the arguments and "$K1" points at the form's fields, prefixed "_1_"). Every answer is
 * sorted into a kind, so the report can say what each request got and flag a bare 500.
 */

/** The words of the 503 page and of the error page (lib/db-errors.ts): a 5xx showing them is not bare. */
const FAILING_WELL = /The database cannot be reached|Nothing you saved has been lost/;
const TIMEOUT_MS = 15_000;

export type Kind =
  | "200" | "redirect" | "503 page" | "redirect to the 503 page" | "5xx error page" | "bare 500" | "action saved"
  | "action: database down" | "action: refused" | `HTTP ${number}` | `network: ${string}`;

/** `start` and `at` (the answer) are Date.now() values: the report sorts requests around the outage by them. */
export type Outcome = { kind: Kind; ms: number; start: number; at: number; status: number | null };

export class Session {
  private readonly jar = new CookieJar();
  constructor(readonly base: string, readonly email: string) {}

  cookie(): string {
    return this.jar.header();
  }

  async signIn(password: string): Promise<void> {
    await signIn(this.base, this.email, password, this.jar);
  }

  /** A page as a browser asks for it; returns the body too, for reading action ids. */
  async page(path: string): Promise<Outcome & { body: string }> {
    const t0 = performance.now();
    const start = Date.now();
    const get = (url: string) => fetch(url, { redirect: "manual", headers: { cookie: this.cookie(), accept: "text/html" }, signal: AbortSignal.timeout(TIMEOUT_MS) });
    try {
      const res = await get(`${this.base}${path}`);
      let body = await res.text();
      let kind = pageKind(res.status, body);
      // A render that lost the database is sent to the 503 page (db/outage-redirect.ts): follow it, as a browser would.
      const location = res.headers.get("location") ?? "";
      if (kind === "redirect" && location.startsWith("/unavailable")) {
        const next = await get(`${this.base}${location}`);
        body = await next.text();
        kind = pageKind(next.status, body) === "503 page" ? "redirect to the 503 page" : pageKind(next.status, body);
      }
      return { kind, ms: performance.now() - t0, start, at: Date.now(), status: res.status, body };
    } catch (error) {
      return { kind: networkKind(error), ms: performance.now() - t0, start, at: Date.now(), status: null, body: "" };
    }
  }

  /** A server action called from `path`, with `fields` as the form's inputs and `{}` as the previous state. */
  async action(path: string, actionId: string, fields: Record<string, string>): Promise<Outcome & { message?: string }> {
    const form = new FormData();
    for (const [name, value] of Object.entries(fields)) form.append(`_1_${name}`, value);
    form.append("0", JSON.stringify([{}, "$K1"])); // last, as React does: the server resolves "$K1" from fields already read
    const t0 = performance.now();
    const start = Date.now();
    try {
      const res = await fetch(`${this.base}${path}`, {
        method: "POST",
        redirect: "manual",
        headers: { cookie: this.cookie(), "next-action": actionId, accept: "text/x-component", origin: this.base },
        body: form,
        signal: AbortSignal.timeout(TIMEOUT_MS),
      });
      const body = await res.text();
      const ms = performance.now() - t0;
      if (res.status !== 200 || !res.headers.get("content-type")?.includes("text/x-component")) {
        return { kind: pageKind(res.status, body), ms, start, at: Date.now(), status: res.status };
      }
      const state = actionState(body);
      const kind: Kind = state?.ok ? "action saved" : /cannot reach its database/.test(state?.message ?? "") ? "action: database down" : "action: refused";
      return { kind, ms, start, at: Date.now(), status: res.status, message: state?.message };
    } catch (error) {
      return { kind: networkKind(error), ms: performance.now() - t0, start, at: Date.now(), status: null };
    }
  }
}

/** The action's return value: the RSC row "1:" that the response's row "0" points at with "$@1". */
export function actionState(rsc: string): { ok?: boolean; message?: string } | null {
  const row = /^1:(\{.*\})$/m.exec(rsc)?.[1];
  if (!row) return null;
  try {
    return JSON.parse(row) as { ok?: boolean; message?: string };
  } catch {
    return null;
  }
}

/** The first server-action id in a rendered page (React writes it into the form for no-JS posts). */
export function firstActionId(html: string): string | null {
  return /\{&quot;id&quot;:&quot;([0-9a-f]{40,})&quot;/.exec(html)?.[1] ?? null;
}

function pageKind(status: number, body: string): Kind {
  if (status === 200) return "200";
  if (status >= 300 && status < 400) return "redirect";
  if (status === 503 && FAILING_WELL.test(body)) return "503 page";
  if (status >= 500 && FAILING_WELL.test(body)) return "5xx error page";
  if (status === 500) return "bare 500";
  return `HTTP ${status}`;
}

function networkKind(error: unknown): Kind {
  const cause = (error as { cause?: { code?: string } })?.cause;
  if (cause?.code) return `network: ${cause.code}`;
  return `network: ${error instanceof Error ? error.name : "error"}`;
}
