/**
 * Checks the proxy makes on a POST before Next.js decodes it as a server action, so a forged or
 * oversized request gets a clear 403 or 413 instead of the 500 Next.js answers for both.
 * Pure functions of the request's method, path and headers (and body stream), tested directly.
 */

/**
 * The server-actions body limit, in bytes. It must equal `experimental.serverActions.bodySizeLimit`
 * in next.config.js (a test compares them): Next.js enforces it too, but answers 500.
 */
export const ACTION_BODY_LIMIT_BYTES = 1024 * 1024;

export const BODY_TOO_LARGE_MESSAGE = "This form is too large to send (the limit is 1 MB). Nothing was saved: shorten the text and try again.";
export const CROSS_ORIGIN_MESSAGE = "This form was sent from another site, so it was refused. Nothing was saved.";

/** A POST to a page is a server action: with JavaScript (a Next-Action header) or a plain form post. */
export function isActionPost(method: string, pathname: string): boolean {
  return method === "POST" && !pathname.startsWith("/api/");
}

/** The hosts a form may be posted from: this one as the browser addressed it, and the public URL's. */
export function allowedOriginHosts(headers: Headers, { trustProxy, publicUrl }: { trustProxy: boolean; publicUrl?: string }): Set<string> {
  const hosts = new Set<string>();
  const host = headers.get("host");
  if (host) hosts.add(host.toLowerCase());
  // Only a proxy in front of Stride may say which host the browser used (see lib/request-ip.ts).
  const forwarded = trustProxy ? headers.get("x-forwarded-host")?.split(",")[0]?.trim() : undefined;
  if (forwarded) hosts.add(forwarded.toLowerCase());
  if (publicUrl) {
    try {
      hosts.add(new URL(publicUrl).host.toLowerCase());
    } catch {
      // lib/env.ts validates NEXTAUTH_URL; nothing to add from a broken one
    }
  }
  return hosts;
}

/**
 * Whether a POST comes from one of our own pages. Browsers send Origin on every POST; "null" (a
 * sandboxed frame, a file: page) and any other host are refused. Without Origin, Sec-Fetch-Site
 * decides; a client sending neither is not a browser another site can drive, so it is let through
 * (Next.js does the same).
 */
export function isSameOriginPost(headers: Headers, allowedHosts: Set<string>): boolean {
  const origin = headers.get("origin");
  if (origin === null) return headers.get("sec-fetch-site") !== "cross-site";
  try {
    return origin !== "null" && allowedHosts.has(new URL(origin).host.toLowerCase());
  } catch {
    return false;
  }
}

/** true or false from Content-Length; null when the body is chunked and its size unknown up front. */
export function declaredBodyTooLarge(headers: Headers, limit = ACTION_BODY_LIMIT_BYTES): boolean | null {
  const length = headers.get("content-length");
  if (length === null || !/^\d+$/.test(length.trim())) return null;
  return Number(length) > limit;
}

/**
 * Counts a chunked body up to the limit and stops reading there. Next.js gives the proxy its own
 * buffered copy of the body, so reading it here leaves the action's copy intact.
 */
export async function streamedBodyTooLarge(body: ReadableStream<Uint8Array> | null, limit = ACTION_BODY_LIMIT_BYTES): Promise<boolean> {
  if (!body) return false;
  const reader = body.getReader();
  let size = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return false;
      size += value.byteLength;
      if (size > limit) return true;
    }
  } finally {
    await reader.cancel().catch(() => undefined);
  }
}
