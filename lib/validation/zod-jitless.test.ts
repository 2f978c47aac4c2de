import { describe, expect, it } from "vitest";
import { z } from "zod";

describe("instrumentation-client.ts", () => {
  it("turns on zod's jitless setting without importing zod, in the object z.config() reads", async () => {
    expect(z.config().jitless).toBeUndefined();
    await import("@/instrumentation-client");
    expect(z.config().jitless).toBe(true);
    // And a schema still parses (interpreted), with zod loaded before the setting was written.
    expect(z.object({ pain: z.number().int().min(0).max(10) }).safeParse({ pain: 11 }).success).toBe(false);
  });
});
