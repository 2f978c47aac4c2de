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

/** "sam@riverside.test" -> "s**@riverside.test": enough for the patient to recognise, little for anyone else. */
export function maskEmail(email: string): string {
  const [local = "", domain = ""] = email.split("@");
  return `${local.slice(0, 1)}${"*".repeat(Math.max(2, local.length - 1))}@${domain}`;
}
