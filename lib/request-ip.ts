import { getEnv } from "@/lib/env";

type HeaderSource = Headers | Record<string, unknown> | undefined | null;

function header(source: HeaderSource, name: string): string | undefined {
  if (!source) return undefined;
  const value = source instanceof Headers ? source.get(name) : source[name];
  return typeof value === "string" ? value : undefined;
}

/**
 * The client's address for the audit log. Forwarding headers are believed only when a proxy in
 * front of Stride sets them (TRUST_PROXY=true); otherwise any client could write any address
 * into the audit trail, so none is recorded.
 */
export function clientIp(source: HeaderSource): string | null {
  if (!getEnv().TRUST_PROXY) return null;
  const forwarded = header(source, "x-forwarded-for")?.split(",")[0]?.trim();
  return forwarded || header(source, "x-real-ip")?.trim() || null;
}
