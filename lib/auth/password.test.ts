import { describe, expect, it } from "vitest";
import { hashPassword, needsRehash, SCRYPT_PARAMS, verifyPassword } from "./password";

describe("password hashing", () => {
  it("verifies the right password and rejects a wrong one", async () => {
    const hash = await hashPassword("a long passphrase");
    expect(await verifyPassword("a long passphrase", hash)).toBe(true);
    expect(await verifyPassword("a long passphrasE", hash)).toBe(false);
    expect(await verifyPassword("", hash)).toBe(false);
  });

  it("stores OWASP-level scrypt parameters and a random salt with the hash", async () => {
    const [a, b] = await Promise.all([hashPassword("same"), hashPassword("same")]);
    expect(a).not.toBe(b);
    const [scheme, log2N, r, p, salt, key] = a.split("$");
    expect(scheme).toBe("scrypt");
    expect(Number(log2N)).toBeGreaterThanOrEqual(17); // N >= 2^17
    expect(Number(r)).toBe(8);
    expect(Number(p)).toBe(1);
    expect(Buffer.from(salt ?? "", "base64")).toHaveLength(SCRYPT_PARAMS.saltLength);
    expect(Buffer.from(key ?? "", "base64")).toHaveLength(SCRYPT_PARAMS.keyLength);
  });

  it("treats unicode forms of one password as the same password", async () => {
    const hash = await hashPassword("Zo\u00eb-knee"); // precomposed ë
    expect(await verifyPassword("Zoe\u0308-knee", hash)).toBe(true); // e + combining diaeresis
  });

  it("rejects malformed or tampered hashes instead of throwing", async () => {
    expect(await verifyPassword("x", "not-a-hash")).toBe(false);
    expect(await verifyPassword("x", "scrypt$99$8$1$c2FsdA==$a2V5")).toBe(false);
    const hash = await hashPassword("x");
    const parts = hash.split("$");
    const key = Buffer.from(parts[5] ?? "", "base64");
    key[0] = (key[0] ?? 0) ^ 0xff; // flip one byte of the stored key
    parts[5] = key.toString("base64");
    expect(await verifyPassword("x", parts.join("$"))).toBe(false);
  });

  it("asks for a rehash when the stored parameters are weaker than today's", async () => {
    expect(needsRehash(await hashPassword("x"))).toBe(false);
    expect(needsRehash("scrypt$14$8$1$c2FsdA==$a2V5")).toBe(true);
    expect(needsRehash("bcrypt$whatever")).toBe(true);
  });
});
