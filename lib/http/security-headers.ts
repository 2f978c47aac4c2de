/**
 * The response headers the proxy adds to every page: a Content-Security-Policy with a fresh nonce
 * per request, and HSTS when the public address is https. Pure, so the policy is tested as text.
 *
 * Next.js reads the nonce back from the request's Content-Security-Policy header while it renders
 * and puts it on its own scripts (framework, page chunks, the inline RSC payload); 'strict-dynamic'
 * then lets those scripts load the chunks they import. A page rendered at build time has no
 * request and so no nonce: every page must render per request (the root layout sees to it).
 */

export function makeNonce(): string {
  const bytes = new Uint8Array(16); // 128 bits: unguessable, and never reused
  crypto.getRandomValues(bytes);
  return btoa(String.fromCharCode(...bytes));
}

export function contentSecurityPolicy(nonce: string, { development = false, https = false } = {}): string {
  const directives = [
    "default-src 'self'",
    // 'self' is ignored by browsers that understand 'strict-dynamic'; it stays for older ones.
    // React's development build evaluates code for its error overlay and stack traces, production never does.
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${development ? " 'unsafe-eval'" : ""}`,
    // Inline style attributes are how React applies `style={...}` and how recharts positions its
    // tooltip and sizes its charts; a nonce cannot cover attributes, so styles stay 'unsafe-inline'.
    // Styles cannot run code, so this does not reopen script injection.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "frame-ancestors 'none'",
    "form-action 'self'",
  ];
  if (https) directives.push("upgrade-insecure-requests");
  return directives.join("; ");
}

/** One year, subdomains too: only ever sent when the public address is https. */
export const HSTS = "max-age=31536000; includeSubDomains";

export function isHttpsUrl(url: string | undefined): boolean {
  if (!url) return false;
  try {
    return new URL(url).protocol === "https:";
  } catch {
    return false;
  }
}
