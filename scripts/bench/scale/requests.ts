/**
 * The requests `npm run bench` sends, built once from who is signed in and what the seed wrote:
 * pages as a browser asks for them, and the pain-log submit as React's client posts the server
 * action (the encoding scripts/load/http-client.ts documents and the load test uses).
 */
import { addDays } from "@/lib/dates";
import { actionState } from "../../load/http-client";
import type { LargeSeed } from "../../seed-large/load";
import type { Accept, BenchRequest, Worker } from "./driver";

/** The patient table, All patients, searched for "a" (about 75% of the clinic), page 5 (lib/validation/patient-list.ts). */
export const TABLE_PATH = "/patients?scope=all&q=a&page=5";

export type World = {
  base: string;
  seed: LargeSeed;
  /** Cookie headers of the signed-in sessions. */
  therapist: string;
  admin: string;
  sam: string;
  loggers: string[];
  /** The pain-log save action's id, read from /my/log. */
  logActionId: string;
};

export const page = (path: string, cookie: string): BenchRequest => ({ path, headers: { cookie, accept: "text/html" } });

export const table = (w: World) => page(TABLE_PATH, w.therapist);
export const dashboard = (w: World, cookie = w.therapist) => page("/dashboard", cookie);
export const record = (w: World) => page(`/patients/${w.seed.sam.patientId}`, w.therapist);
export const pdf = (w: World, protocolId: string) => page(`/protocols/${protocolId}/pdf`, w.therapist);

/** Hands out the logging patients' protocols one at a time, so each PDF request is that version's first render. */
export function freshProtocols(w: World): () => string {
  let next = 0;
  return () => {
    const id = w.seed.protocolIds[next % w.seed.protocolIds.length] as string;
    next++;
    return id;
  };
}

/**
 * Days free for the submit: the logging patients logged the last 30 days, and may still log back to
 * a month before their protocol (35 days ago): days 30-64 before today hold no log, so each submit
 * writes a new row. `slot` 0, 1, 2 ... picks them in turn, wrapping round.
 */
export const freeLogDay = (today: string, slot: number) => addDays(today, -(30 + (slot % 35)));

/** A pain-log submit as the browser's form posts it: multipart fields prefixed "_1_", arguments in field "0". */
export async function painLogSubmit(w: World, cookie: string, logDate: string, n: number): Promise<BenchRequest> {
  const form = new FormData();
  const fields: Record<string, string> = {
    logDate,
    painAtRest: String(n % 4),
    painDuringExercise: String((n + 1) % 5),
    painNextMorning: String(n % 3),
    note: `bench submit ${n}`,
  };
  for (const [name, value] of Object.entries(fields)) form.append(`_1_${name}`, value);
  form.append("0", JSON.stringify([{}, "$K1"]));
  const encoded = new Request("http://127.0.0.1/", { method: "POST", body: form });
  return {
    method: "POST",
    path: "/my/log",
    headers: { cookie, "next-action": w.logActionId, accept: "text/x-component", origin: w.base, "content-type": encoded.headers.get("content-type") ?? "" },
    body: Buffer.from(await encoded.arrayBuffer()),
  };
}

/** A submit counts only when the action answered { ok: true }: a refusal is an error here. */
export const submitSaved: Accept = (status, body) => status === 200 && actionState(body)?.ok === true;

/** One worker per logging patient, each sending `rounds` submits for days of its own, starting at slot `firstSlot`. */
export async function submitWorkers(w: World, rounds: number, firstSlot: number): Promise<Worker[]> {
  return Promise.all(
    w.loggers.map(async (cookie, i) => {
      const requests = await Promise.all(Array.from({ length: rounds }, (_, r) => painLogSubmit(w, cookie, freeLogDay(w.seed.today, firstSlot + r), i + r)));
      return (sent: number) => requests[sent] ?? null;
    }),
  );
}
