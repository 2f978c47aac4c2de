import { getEnv } from "@/lib/env";

type HeaderSource = Headers | Record<string, unknown> | undefined | null;

function header(source: HeaderSource, name: string): string | undefined {
  if (!source) return undefined;
  const value = source instanceof Headers ? source.get(name) : source[name];
  return typeof value === "string" ? value : undefined;
}

/**
 * The client's address, for the audit log and sign-in throttling. Forwarding headers are believed
 * only when a proxy in front of Stride sets them (TRUST_PROXY=true); otherwise any client could
 * write any address, so none is recorded.
 *
 * Behind the one trusted proxy the LAST X-Forwarded-For entry is the address that proxy saw
 * (nginx's $proxy_add_x_forwarded_for appends it); everything before it came from the client and
 * could be forged, which would let an attacker rotate addresses past the throttle or borrow the
 * account owner's address to slow them down.
 */
export function clientIp(source: HeaderSource): string | null {
  if (!getEnv().TRUST_PROXY) return null;
  const forwarded = header(source, "x-forwarded-for")?.split(",").at(-1)?.trim();
  return forwarded || header(source, "x-real-ip")?.trim() || null;
}
