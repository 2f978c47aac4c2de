import { afterEach, describe, expect, it } from "vitest";
import { closeDb, openPglite, openPostgres, setDbHandle } from "@/db/client";
import { GET } from "./route";

afterEach(async () => {
  await closeDb().catch(() => undefined);
});

describe("GET /api/health", () => {
  it("answers 200 when the database answers", async () => {
    const handle = openPglite("memory://");
    await handle.ready;
    setDbHandle(handle);
    const response = await GET();
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toBe("no-store");
    expect(await response.json()).toEqual({ status: "ok", db: "up" });
  });

  it("answers 503 without details when the database does not", async () => {
    // Nothing listens on port 1: the connection is refused.
    const handle = openPostgres("postgres://nobody@127.0.0.1:1/none");
    handle.ready.catch(() => undefined);
    setDbHandle(handle);
    const response = await GET();
    expect(response.status).toBe(503);
    expect(await response.json()).toEqual({ status: "degraded", db: "down" });
  });
});
