/** Signing in the benchmark's people on a running server (scripts/shared/sign-in.ts) and reading the pain-log action's id. */
import { firstActionId } from "../../load/http-client";
import type { LargeSeed } from "../../seed-large/load";
import { signIn } from "../../shared/sign-in";
import type { World } from "./requests";

/** `loggers`: how many of the seed's portal loggers sign in (each its own session). */
export async function signInWorld(base: string, seed: LargeSeed, password: string, loggers: number): Promise<World> {
  const cookie = async (email: string) => (await signIn(base, email, password)).header();
  const therapist = await cookie(seed.therapistEmail);
  const admin = await cookie(seed.adminEmail);
  const sam = await cookie(seed.sam.email);
  const loggerCookies: string[] = [];
  for (const email of seed.loggerEmails.slice(0, loggers)) loggerCookies.push(await cookie(email));
  let logActionId = "";
  if (loggerCookies[0]) {
    const res = await fetch(`${base}/my/log`, { headers: { cookie: loggerCookies[0], accept: "text/html" }, redirect: "manual" });
    logActionId = firstActionId(await res.text()) ?? "";
    if (!logActionId) throw new Error(`no server action found on /my/log (HTTP ${res.status})`);
  }
  return { base, seed, therapist, admin, sam, loggers: loggerCookies, logActionId };
}
