/**
 * Signing in to a running Stride the way the login form does (app/(auth)/login/login-form.tsx):
 * next-auth's csrf token, then a POST to the credentials callback. The cookies come back in a jar
 * that the tools send with every later request, as a browser would.
 */

const TIMEOUT_MS = 30_000;

/** Cookies by name, kept from each answer's Set-Cookie (a later value replaces an earlier one). */
export class CookieJar {
  private readonly cookies = new Map<string, string>();

  keep(res: Response): void {
    for (const c of res.headers.getSetCookie()) {
      const pair = c.split(";")[0] ?? "";
      const eq = pair.indexOf("=");
      if (eq > 0) this.cookies.set(pair.slice(0, eq), pair.slice(eq + 1));
    }
  }

  has(name: string): boolean {
    return this.cookies.has(name);
  }

  /** The Cookie request header. */
  header(): string {
    return [...this.cookies].map(([name, value]) => `${name}=${value}`).join("; ");
  }
}

/**
 * One credentials sign-in as the login form sends it: next-auth's csrf token, then the POST. The
 * cookies land in `jar`; the answer is returned as it came (a throttled attempt is a 429).
 * `headers`: extra request headers, such as the X-Forwarded-For a proxy would add.
 */
export async function postCredentials(base: string, email: string, password: string, jar: CookieJar, headers: Record<string, string> = {}): Promise<Response> {
  const cookie = jar.header();
  const csrf = await fetch(`${base}/api/auth/csrf`, { headers: cookie ? { ...headers, cookie } : headers, signal: AbortSignal.timeout(TIMEOUT_MS) });
  jar.keep(csrf);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const res = await fetch(`${base}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    // origin: what a browser sends with a same-origin POST.
    headers: { ...headers, "content-type": "application/x-www-form-urlencoded", cookie: jar.header(), origin: base },
    body: new URLSearchParams({ csrfToken, email, password, callbackUrl: base, json: "true" }),
    signal: AbortSignal.timeout(TIMEOUT_MS),
  });
  jar.keep(res);
  return res;
}

/** Signs in as `email` on the server at `base`; throws with the answer if no session cookie came back. */
export async function signIn(base: string, email: string, password: string, jar = new CookieJar()): Promise<CookieJar> {
  const res = await postCredentials(base, email, password, jar);
  if (!jar.has("next-auth.session-token")) throw new Error(`Sign-in as ${email} failed: HTTP ${res.status} ${(await res.text()).slice(0, 200)}`);
  return jar;
}
