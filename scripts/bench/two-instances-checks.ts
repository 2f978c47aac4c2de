import { sql } from "drizzle-orm";
import type { Database } from "@/db/client";
import { ADDRESS_FAILURE_LIMIT, PAIR_FAILURE_LIMIT } from "@/lib/auth/throttle";
import { firstActionId, Session } from "../load/http-client";
import { CookieJar, postCredentials, signIn } from "../shared/sign-in";

/**
 * The checks of `npm run bench:instances` that two instances on one database behave as one:
 * each request is sent straight to the port of the instance named (A or B), so "through A" and
 * "on B" mean exactly that; sign-ins for the setup go through the proxy. Every check reads the
 * database afterwards too, so a pass is not just what the HTTP answers claimed.
 */

export type CheckResult = { name: string; passed: boolean; details: string[] };
export type Instances = { a: string; b: string; proxy: string };

const TIMEOUT = () => AbortSignal.timeout(30_000);

async function rows<T>(db: Database, query: ReturnType<typeof sql>): Promise<T[]> {
  return ((await db.execute(query)) as unknown as { rows: T[] }).rows;
}

async function getPage(base: string, path: string, cookie: string): Promise<{ status: number; location: string }> {
  const res = await fetch(`${base}${path}`, { headers: { cookie, accept: "text/html" }, redirect: "manual", signal: TIMEOUT() });
  await res.arrayBuffer();
  return { status: res.status, location: res.headers.get("location") ?? "" };
}

const isLoginRedirect = (r: { status: number; location: string }) => r.status >= 300 && r.status < 400 && /\/login/.test(r.location);

/** Signed in through the proxy, signed out through A, the same cookie then tried on B. */
export async function sessionEndedOnAIsRefusedOnB(db: Database, at: Instances, email: string, password: string): Promise<CheckResult> {
  const details: string[] = [];
  const jar = await signIn(at.proxy, email, password);
  const cookie = jar.header();
  const beforeA = await getPage(at.a, "/dashboard", cookie);
  const beforeB = await getPage(at.b, "/dashboard", cookie);
  details.push(`before sign-out the one cookie opens /dashboard on A (HTTP ${beforeA.status}) and on B (HTTP ${beforeB.status})`);

  const csrf = await fetch(`${at.a}/api/auth/csrf`, { headers: { cookie }, signal: TIMEOUT() });
  jar.keep(csrf);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const signOut = await fetch(`${at.a}/api/auth/signout`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: jar.header(), origin: at.a },
    body: new URLSearchParams({ csrfToken, callbackUrl: at.a, json: "true" }),
    signal: TIMEOUT(),
  });
  await signOut.arrayBuffer();
  details.push(`sign-out through A: HTTP ${signOut.status}`);

  // The copy kept from before the sign-out, as a thief or a second tab would hold it.
  const afterB = await getPage(at.b, "/dashboard", cookie);
  const afterA = await getPage(at.a, "/dashboard", cookie);
  const sessionB = (await (await fetch(`${at.b}/api/auth/session`, { headers: { cookie }, signal: TIMEOUT() })).json()) as Record<string, unknown>;
  details.push(`after: B answers /dashboard with HTTP ${afterB.status} -> ${afterB.location || "(no redirect)"}, A with HTTP ${afterA.status}; B's /api/auth/session is ${JSON.stringify(sessionB)}`);

  const [row] = await rows<{ revoked_reason: string | null; revoked: boolean }>(db, sql`
    select s.revoked_reason, s.revoked_at is not null as revoked from sessions s join users u on u.id = s.user_id
    where u.email = ${email} order by s.created_at desc limit 1`);
  details.push(`the newest session row of ${email}: revoked ${row?.revoked ?? "?"}, reason ${row?.revoked_reason ?? "none"}`);

  const passed = beforeA.status === 200 && beforeB.status === 200 && signOut.status === 200 && isLoginRedirect(afterB) && isLoginRedirect(afterA) &&
    Object.keys(sessionB).length === 0 && row?.revoked === true && row.revoked_reason === "sign-out";
  return { name: "a session ended through A is refused by B", passed, details };
}

type Attempt = { status: number; scope?: string; signedIn: boolean };

/** One sign-in straight to `base`, from `address` as the proxy would forward it. */
async function attemptSignIn(base: string, email: string, password: string, address: string): Promise<Attempt> {
  const jar = new CookieJar();
  const res = await postCredentials(base, email, password, jar, { "x-forwarded-for": address });
  const body = (await res.json().catch(() => ({}))) as { scope?: string };
  return { status: res.status, scope: body.scope, signedIn: jar.has("next-auth.session-token") };
}

const instanceFor = (at: Instances, i: number) => (i % 2 === 0 ? { name: "A", base: at.a } : { name: "B", base: at.b });

/**
 * Failures split between A and B count together. With counts kept per process, neither instance
 * would reach the limit (A sees about half), and the attempt after the limit would be let through.
 */
export async function throttlesAreShared(db: Database, at: Instances, account: { email: string; password: string }): Promise<CheckResult> {
  const details: string[] = [];
  let passed = true;

  // Pair limit: one account from one address.
  const pairAddress = "198.51.100.7";
  const seen: string[] = [];
  for (let i = 0; i < PAIR_FAILURE_LIMIT; i++) {
    const { name, base } = instanceFor(at, i);
    const r = await attemptSignIn(base, account.email, "wrong-password-for-the-bench", pairAddress);
    seen.push(`${name} ${r.status}`);
    if (r.status === 429 || r.signedIn) passed = false;
  }
  const last = instanceFor(at, PAIR_FAILURE_LIMIT);
  // The right password this time: refused all the same, without a password check.
  const refused = await attemptSignIn(last.base, account.email, account.password, pairAddress);
  details.push(`pair limit ${PAIR_FAILURE_LIMIT}: wrong passwords for ${account.email} from ${pairAddress}: ${seen.join(", ")}; attempt ${PAIR_FAILURE_LIMIT + 1} (right password) on ${last.name}: HTTP ${refused.status}, scope ${refused.scope ?? "none"}`);
  if (refused.status !== 429 || refused.scope !== "pair" || refused.signedIn) passed = false;
  // Not a lockout: the owner from another address still gets in.
  const owner = await attemptSignIn(at.a, account.email, account.password, "198.51.100.8");
  details.push(`the same account from another address on A: ${owner.signedIn ? "signed in" : `not signed in (HTTP ${owner.status})`}`);
  if (!owner.signedIn) passed = false;

  // Address limit: different (unknown) emails from one address.
  const address = "198.51.100.9";
  const statuses = new Map<string, number>();
  for (let i = 0; i < ADDRESS_FAILURE_LIMIT; i++) {
    const { name, base } = instanceFor(at, i);
    const r = await attemptSignIn(base, `nobody-${i}@bench.test`, "wrong-password-for-the-bench", address);
    const key = `${name} ${r.status}`;
    statuses.set(key, (statuses.get(key) ?? 0) + 1);
    if (r.status === 429 || r.signedIn) passed = false;
  }
  const next = instanceFor(at, ADDRESS_FAILURE_LIMIT);
  const blocked = await attemptSignIn(next.base, "nobody-else@bench.test", "wrong-password-for-the-bench", address);
  details.push(`address limit ${ADDRESS_FAILURE_LIMIT}: failures on different emails from ${address}: ${[...statuses].map(([k, n]) => `${k} x${n}`).join(", ")}; attempt ${ADDRESS_FAILURE_LIMIT + 1} on ${next.name}: HTTP ${blocked.status}, scope ${blocked.scope ?? "none"}`);
  if (blocked.status !== 429 || blocked.scope !== "address") passed = false;

  // Attempts that arrive together must count each other (docs/decisions/0022-sign-in-attempts-reserved.md).
  const burstAddress = "198.51.100.10";
  const burstSize = 2 * PAIR_FAILURE_LIMIT;
  await Promise.all(Array.from({ length: burstSize }, (_, i) => attemptSignIn(instanceFor(at, i).base, account.email, "wrong-password-for-the-bench", burstAddress)));
  const [burst] = await rows<{ checked: number; refused: number }>(db, sql`
    select count(*) filter (where outcome = 'failure')::int as checked, count(*) filter (where outcome = 'throttled')::int as refused
    from sign_in_attempts where ip = ${burstAddress}`);
  details.push(`burst: ${burstSize} wrong passwords for one pair sent at once (half to A, half to B): ${burst?.checked} password checks ran, ${burst?.refused} refused unchecked (limit ${PAIR_FAILURE_LIMIT})`);
  if (burst?.checked !== PAIR_FAILURE_LIMIT || burst.refused !== burstSize - PAIR_FAILURE_LIMIT) passed = false;

  const counts = await rows<{ ip: string; outcome: string; n: number }>(db, sql`
    select ip, outcome, count(*)::int as n from sign_in_attempts where ip in (${pairAddress}, ${address}, ${burstAddress}) group by ip, outcome order by ip, outcome`);
  details.push(`sign_in_attempts: ${counts.map((c) => `${c.ip} ${c.outcome} ${c.n}`).join("; ")}`);
  return { name: "sign-in throttling is shared by A and B", passed, details };
}

/**
 * The same log saved through A and through B at the same moment, for several patients and
 * several trigger values: each (patient, value) must store one log row and one flag.
 */
export async function flagRaisedOnce(db: Database, at: Instances, patients: string[], password: string, logDate: string): Promise<CheckResult> {
  const details: string[] = [];
  const onA = patients.map((email) => new Session(at.a, email));
  const onB = patients.map((email) => new Session(at.b, email));
  for (const s of [...onA, ...onB]) await s.signIn(password);
  const page = await onA[0]?.page("/my/log");
  const actionId = firstActionId(page?.body ?? "");
  if (!actionId) return { name: "a flag is raised once", passed: false, details: [`no log action on /my/log (HTTP ${page?.status})`] };

  const values = ["7", "8", "9"]; // above the acceptable 5/10: each raises "exercise-pain-high", new evidence each time
  const kinds = new Map<string, number>();
  for (const value of values) {
    const posts = patients.flatMap((_, i) =>
      [onA[i], onB[i]].map((s) => s?.action("/my/log", actionId, { logDate, painAtRest: "3", painDuringExercise: value, note: `bench ${value}` })),
    );
    for (const r of await Promise.all(posts)) kinds.set(r?.kind ?? "missing", (kinds.get(r?.kind ?? "missing") ?? 0) + 1);
  }
  details.push(`${patients.length} patients x ${values.length} values, each saved through A and B at once: ${[...kinds].map(([k, n]) => `${k} x${n}`).join(", ")}`);

  const flagged = await rows<{ email: string; flags: number; keys: number }>(db, sql`
    select u.email, count(f.id)::int as flags, count(distinct f.evidence_key)::int as keys
    from users u join patients p on p.user_id = u.id left join flags f on f.patient_id = p.id and f.rule = 'exercise-pain-high'
    where u.email in (${sql.join(patients.map((e) => sql`${e}`), sql`, `)}) group by u.email order by u.email`);
  const logs = await rows<{ n: number }>(db, sql`
    select count(*)::int as n from pain_logs l join patients p on p.id = l.patient_id join users u on u.id = p.user_id
    where l.log_date = ${logDate} and u.email in (${sql.join(patients.map((e) => sql`${e}`), sql`, `)})`);
  details.push(`stored: ${logs[0]?.n ?? "?"} log rows for ${logDate}; "exercise-pain-high" flags per patient: ${flagged.map((f) => f.flags).join(", ")} (expected ${values.length} each, one per value)`);

  const passed = kinds.get("action saved") === patients.length * values.length * 2 && kinds.size === 1 &&
    logs[0]?.n === patients.length && flagged.length === patients.length && flagged.every((f) => f.flags === values.length && f.keys === values.length);
  return { name: "a flag is raised once", passed, details };
}
