import { randomBytes, scrypt as scryptCallback, timingSafeEqual, type ScryptOptions } from "node:crypto";

/**
 * scrypt from node:crypto (no native module to build) at OWASP's recommended minimum:
 * N=2^17, r=8, p=1 (Password Storage Cheat Sheet). Parameters are stored with the hash so they
 * can be raised later and old hashes upgraded at sign-in (needsRehash).
 * Format: scrypt$<log2 N>$<r>$<p>$<salt base64>$<hash base64>
 */
export const SCRYPT_PARAMS = { log2N: 17, r: 8, p: 1, keyLength: 64, saltLength: 16 } as const;

function scrypt(password: string, salt: Buffer, keyLength: number, options: ScryptOptions): Promise<Buffer> {
  return new Promise((resolve, reject) =>
    scryptCallback(password.normalize("NFKC"), salt, keyLength, options, (err, key) => (err ? reject(err) : resolve(key))),
  );
}

function options(log2N: number, r: number, p: number): ScryptOptions {
  const N = 2 ** log2N;
  return { N, r, p, maxmem: 256 * N * r * p }; // node's default maxmem (32 MiB) is below what N=2^17 needs
}

export async function hashPassword(password: string): Promise<string> {
  const { log2N, r, p, keyLength, saltLength } = SCRYPT_PARAMS;
  const salt = randomBytes(saltLength);
  const key = await scrypt(password, salt, keyLength, options(log2N, r, p));
  return ["scrypt", log2N, r, p, salt.toString("base64"), key.toString("base64")].join("$");
}

type Parsed = { log2N: number; r: number; p: number; salt: Buffer; key: Buffer };

function parse(stored: string): Parsed | null {
  const parts = stored.split("$");
  if (parts.length !== 6 || parts[0] !== "scrypt") return null;
  const [log2N, r, p] = parts.slice(1, 4).map(Number);
  if (!log2N || !r || !p || log2N > 22 || r > 32 || p > 16) return null;
  return { log2N, r, p, salt: Buffer.from(parts[4] ?? "", "base64"), key: Buffer.from(parts[5] ?? "", "base64") };
}

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const parsed = parse(stored);
  if (!parsed || parsed.key.length === 0) return false;
  const key = await scrypt(password, parsed.salt, parsed.key.length, options(parsed.log2N, parsed.r, parsed.p));
  return timingSafeEqual(key, parsed.key);
}

export function needsRehash(stored: string): boolean {
  const parsed = parse(stored);
  return !parsed || parsed.log2N < SCRYPT_PARAMS.log2N || parsed.r < SCRYPT_PARAMS.r || parsed.p < SCRYPT_PARAMS.p;
}

let dummyHash: Promise<string> | undefined;
/**
 * Verifies against a throwaway hash so that "no such user" takes as long as "wrong password":
 * sign-in timing must not reveal which emails have accounts.
 */
export async function burnVerifyTime(password: string): Promise<void> {
  dummyHash ??= hashPassword("stride-timing-equaliser");
  await verifyPassword(password, await dummyHash);
}
