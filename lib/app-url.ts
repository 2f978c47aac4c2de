import "server-only";
import { headers } from "next/headers";
import { getEnv } from "@/lib/env";

/**
 * The address patients open, for links Stride hands out (invites, the PDF's QR code).
 * NEXTAUTH_URL when configured; otherwise the host the request came to.
 */
export async function appBaseUrl(): Promise<string> {
  const configured = getEnv().NEXTAUTH_URL;
  if (configured) return configured.replace(/\/+$/, "");
  const h = await headers();
  const host = h.get("x-forwarded-host") ?? h.get("host") ?? "localhost:3000";
  const proto = h.get("x-forwarded-proto") ?? (host.startsWith("localhost") || host.startsWith("127.") ? "http" : "https");
  return `${proto}://${host}`;
}
