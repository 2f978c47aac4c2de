/**
 * NIST SP 800-63B style: length over composition. At least 8 characters, up to 128, no
 * "one digit and one symbol" rules, and the most common passwords refused outright.
 */
export const PASSWORD_MIN = 8;
export const PASSWORD_MAX = 128;

// Entries of 8+ characters from public most-common-password lists (shorter ones fail on length).
const COMMON = new Set([
  "12345678", "123456789", "1234567890", "password", "password1", "password12", "password123", "qwertyuiop",
  "qwerty123", "qwerty12", "11111111", "00000000", "12341234", "123123123", "87654321", "987654321", "1q2w3e4r",
  "1q2w3e4r5t", "1qaz2wsx", "qazwsxedc", "zaq12wsx", "abcd1234", "abc12345", "abcdefgh", "iloveyou", "iloveyou1",
  "sunshine", "princess", "football", "baseball", "superman", "starwars", "trustno1", "welcome1", "welcome123",
  "passw0rd", "p@ssw0rd", "p@ssword", "letmein1", "changeme", "computer", "michelle", "jennifer", "whatever",
  "dragon123", "monkey123", "master123", "shadow123", "asdfghjkl", "asdfasdf", "zxcvbnm1", "admin123", "administrator",
  "qwerty1234", "football1", "baseball1", "liverpool", "chocolate", "password!", "Password1", "Password123",
  "11223344", "12344321", "88888888", "99999999", "22222222", "55555555", "66666666", "77777777", "147258369",
  "123qweasd", "q1w2e3r4", "aa123456", "1234qwer", "qwer1234", "secret123", "letmeinnow", "stride-demo-2026",
].map((p) => p.toLowerCase()));

/** Returns why a password is refused, or null when it is acceptable. */
export function passwordProblem(password: string, context: { email?: string | null } = {}): string | null {
  if (password.length < PASSWORD_MIN) return `Use at least ${PASSWORD_MIN} characters.`;
  if (password.length > PASSWORD_MAX) return `Use at most ${PASSWORD_MAX} characters.`;
  const lower = password.toLowerCase();
  if (COMMON.has(lower) || /^(.)\1+$/.test(password)) return "That password is too common. Choose something less predictable, such as a few unrelated words.";
  if (context.email && lower === context.email.toLowerCase()) return "Your password cannot be your email address.";
  return null;
}
