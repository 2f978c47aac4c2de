import { encode, type JWT } from "next-auth/jwt";
import { describe, expect, it } from "vitest";
import { decodeSessionToken } from "./session-token";

const SECRET = "a-test-secret-that-is-at-least-32-characters";
const claims = { uid: "u1", sid: "s1", role: "therapist", clinicId: "c1" } as unknown as JWT;

describe("decodeSessionToken", () => {
  it("answers the claims of a token, the same again from what it kept", async () => {
    const token = await encode({ token: claims, secret: SECRET });
    expect(await decodeSessionToken({ token, secret: SECRET })).toMatchObject({ uid: "u1", sid: "s1" });
    expect(await decodeSessionToken({ token, secret: SECRET })).toMatchObject({ uid: "u1", sid: "s1" });
  });

  it("refuses a kept token once it has expired (beyond the 15 s tolerance)", async () => {
    const token = await encode({ token: claims, secret: SECRET, maxAge: 60 });
    expect(await decodeSessionToken({ token, secret: SECRET })).not.toBeNull();
    expect(await decodeSessionToken({ token, secret: SECRET }, Date.now() + 70_000)).not.toBeNull();
    expect(await decodeSessionToken({ token, secret: SECRET }, Date.now() + 80_000)).toBeNull();
  });

  it("never serves a kept token for another secret, nor accepts a tampered one", async () => {
    const token = await encode({ token: claims, secret: SECRET });
    await decodeSessionToken({ token, secret: SECRET });
    await expect(decodeSessionToken({ token, secret: "another-secret-that-is-at-least-32-characters" })).rejects.toThrow();
    const tampered = `${token.slice(0, -4)}${token.endsWith("AAAA") ? "BBBB" : "AAAA"}`;
    await expect(decodeSessionToken({ token: tampered, secret: SECRET })).rejects.toThrow();
  });
});
