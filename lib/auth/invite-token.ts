import { createHash, randomBytes } from "node:crypto";

/** 256 random bits: unguessable, so the link itself is the credential until it is used. */
export function newInviteToken(): string {
  return randomBytes(32).toString("base64url");
}

/** Only this hash is stored; a leaked database holds no usable links. */
export function hashInviteToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

export const INVITE_TTL_DAYS = 7;

/**
 * Reset links live a day, not a week: they take over an account that already holds clinical
 * data, and the person asked for one and is waiting for it. A new one is a click away, and the
 * old password keeps working until the link is used, so an expired link locks nobody out.
 */
export const RESET_TTL_HOURS = 24;

/** The shape newInviteToken makes (with room to spare); anything else is not worth a lookup. */
export function isWellFormedToken(token: string): boolean {
  return /^[A-Za-z0-9_-]{20,100}$/.test(token);
}

/** "sam@riverside.test" -> "s**@riverside.test": enough for the patient to recognise, little for anyone else. */
export function maskEmail(email: string): string {
  const [local = "", domain = ""] = email.split("@");
  return `${local.slice(0, 1)}${"*".repeat(Math.max(2, local.length - 1))}@${domain}`;
}
