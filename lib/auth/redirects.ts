/**
 * Accepts only a path on this site ("/patients/1?page=2"). Anything that could leave the site
 * ("//evil.test", "/\\evil.test", "https://…") is dropped, so a crafted link cannot redirect away.
 */
export function safeCallbackPath(value: unknown): string | null {
  const raw = Array.isArray(value) ? value[0] : value;
  if (typeof raw !== "string" || raw.length > 2048) return null;
  if (!raw.startsWith("/") || raw.startsWith("//") || raw.startsWith("/\\") || /[\u0000-\u001f]/.test(raw)) return null;
  try {
    const url = new URL(raw, "http://stride.invalid");
    if (url.origin !== "http://stride.invalid") return null;
    if (url.pathname === "/login") return null;
    return `${url.pathname}${url.search}`;
  } catch {
    return null;
  }
}
