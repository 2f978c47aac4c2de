import { decode, type JWT, type JWTDecodeParams } from "next-auth/jwt";

/**
 * next-auth's JWT decode, remembered per cookie value. Every decode derives the encryption key
 * from the secret again (HKDF) and decrypts the JWE: about 0.3 ms each, paid twice per page
 * (proxy.ts and lib/auth/session.ts). A browser sends the same cookie on every request, so the
 * claims of a token already decrypted with this secret are kept, and only its expiry is looked at
 * again (with jose's 15 s tolerance, as next-auth's decode). Nothing about the session itself is
 * cached: the session row is still read and judged on every request. A pure function of the
 * token and the secret, so instances need not share it; bounded, oldest out first.
 */
const KEPT = 2000;
const CLOCK_TOLERANCE_S = 15;
const kept = new Map<string, { secret: string; claims: JWT; exp: number | null }>();

export async function decodeSessionToken(params: JWTDecodeParams, now: number = Date.now()): Promise<JWT | null> {
  const { token, secret } = params;
  if (!token || typeof secret !== "string") return decode(params);
  const hit = kept.get(token);
  if (hit && hit.secret === secret) {
    if (hit.exp !== null && now / 1000 > hit.exp + CLOCK_TOLERANCE_S) {
      kept.delete(token);
      return null;
    }
    return hit.claims;
  }
  const claims = await decode(params); // throws on a forged or expired token, as before
  if (!claims) return null;
  if (kept.size >= KEPT) kept.delete(kept.keys().next().value as string);
  Object.freeze(claims); // shared by every request that sends this cookie
  kept.set(token, { secret, claims, exp: typeof claims.exp === "number" ? claims.exp : null });
  return claims;
}
