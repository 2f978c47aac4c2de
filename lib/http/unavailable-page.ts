import { DATABASE_UNAVAILABLE_DETAIL, DATABASE_UNAVAILABLE_TITLE } from "@/lib/db-errors";

/**
 * The 503 page, written out by the proxy itself: while the database is down nothing of the app
 * needs to run to show it (no layout, no session check, no query). Inline styles only, which the
 * policy allows; no script, which it would not.
 */
const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

export function unavailableHtml(retryHref: string): string {
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex, nofollow">
<title>Temporarily unavailable · Stride</title>
<style>
  body { margin: 0; font-family: ui-sans-serif, system-ui, sans-serif; color: #0f172a; background: #f8fafc; }
  main { max-width: 32rem; margin: 0 auto; padding: 4rem 1rem; text-align: center; }
  .code { font-size: .875rem; font-weight: 600; color: #0f766e; }
  h1 { margin: .5rem 0 0; font-size: 1.5rem; font-weight: 600; }
  p { color: #475569; line-height: 1.5; }
  a { display: inline-flex; align-items: center; min-height: 2.75rem; margin-top: 1.5rem; padding: 0 1rem; border-radius: .375rem;
      background: #0f766e; color: #fff; font-size: .875rem; font-weight: 500; text-decoration: none; }
  a:hover { background: #115e59; }
  a:focus-visible { outline: 2px solid #0f172a; outline-offset: 2px; }
</style>
</head>
<body>
<main id="main">
  <p class="code">503 · Temporarily unavailable</p>
  <h1>${escapeHtml(DATABASE_UNAVAILABLE_TITLE)}</h1>
  <p>Stride is running, but it cannot reach its database right now. ${escapeHtml(DATABASE_UNAVAILABLE_DETAIL)}</p>
  <a href="${escapeHtml(retryHref)}">Try again</a>
</main>
</body>
</html>
`;
}

/** Only a path on this site may be the "try again" target: never another host ("//evil"), never the 503 page itself. */
export function safeReturnPath(from: string | null): string {
  if (!from || !from.startsWith("/") || from.startsWith("//") || from.startsWith("/\\") || from.startsWith("/unavailable")) return "/";
  return from;
}
