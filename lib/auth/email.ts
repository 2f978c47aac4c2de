/** Emails are compared and stored lower-cased and trimmed (users.email has a CHECK for it). */
export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}
