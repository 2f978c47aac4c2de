import { PGlite } from "@electric-sql/pglite";
import { sql } from "drizzle-orm";
import { drizzle } from "drizzle-orm/pglite";
import { describe, expect, it } from "vitest";
import { openPostgres } from "./client";
import { isDatabaseUnavailable } from "./unreachable";

const withCode = (code: string, message = "boom") => Object.assign(new Error(message), { code });

describe("isDatabaseUnavailable", () => {
  it.each([
    ["connection refused", withCode("ECONNREFUSED", "connect ECONNREFUSED 127.0.0.1:5432")],
    ["connection reset", withCode("ECONNRESET")],
    ["admin shutdown (57P01)", withCode("57P01", "terminating connection due to administrator command")],
    ["crash shutdown (57P02)", withCode("57P02")],
    ["starting up or shutting down (57P03)", withCode("57P03", "the database system is shutting down")],
    ["too many connections (53300)", withCode("53300")],
    ["connection exception class 08 (08006)", withCode("08006")],
    ["pg: Connection terminated unexpectedly", new Error("Connection terminated unexpectedly")],
    ["pg: Connection terminated due to connection timeout", new Error("Connection terminated due to connection timeout")],
    ["pg-pool: connect timeout", new Error("timeout exceeded when trying to connect")],
    ["pg: broken client", new Error("Client has encountered a connection error and is not queryable")],
    ["pg-pool: ended pool", new Error("Cannot use a pool after calling end on the pool")],
    ["PGlite closed", new Error("PGlite is closed")],
  ])("recognises %s", (_label, error) => {
    expect(isDatabaseUnavailable(error)).toBe(true);
  });

  it("looks inside drizzle's wrapper (cause) and Node's dual-stack AggregateError", () => {
    const wrapped = new Error("Failed query: select 1", { cause: withCode("ECONNREFUSED") });
    expect(isDatabaseUnavailable(wrapped)).toBe(true);
    const dualStack = Object.assign(new AggregateError([withCode("ECONNREFUSED"), withCode("ECONNREFUSED")], ""), { code: undefined });
    expect(isDatabaseUnavailable(dualStack)).toBe(true);
    expect(isDatabaseUnavailable(new Error("outer", { cause: new Error("middle", { cause: new Error("PGlite is closed") }) }))).toBe(true);
  });

  it.each([
    ["a unique violation", withCode("23505", "duplicate key value violates unique constraint")],
    ["a NUL byte in text", withCode("22021", 'invalid byte sequence for encoding "UTF8": 0x00')],
    ["a syntax error", withCode("42601")],
    ["a plain bug", new TypeError("Cannot read properties of undefined (reading 'id')")],
    ["a string", "ECONNREFUSED"],
    ["null", null],
    ["undefined", undefined],
  ])("does not mistake %s for an outage", (_label, error) => {
    expect(isDatabaseUnavailable(error)).toBe(false);
  });

  it("survives a cause cycle", () => {
    const a = new Error("a") as Error & { cause?: unknown };
    const b = new Error("b", { cause: a });
    a.cause = b;
    expect(isDatabaseUnavailable(a)).toBe(false);
  });

  it("recognises what node-postgres really throws when nothing listens", async () => {
    const handle = openPostgres("postgres://nobody@127.0.0.1:1/none"); // port 1: refused
    const error = await handle.ready.then(() => null, (e: unknown) => e);
    await handle.close().catch(() => undefined);
    expect(error).toMatchObject({ code: "ECONNREFUSED" });
    expect(isDatabaseUnavailable(error)).toBe(true);
  });

  it("recognises what drizzle throws on a closed PGlite", async () => {
    const client = new PGlite("memory://");
    const db = drizzle(client); // no migrations needed to query a closed client
    await client.close();
    const error = await db.execute(sql`select 1`).then(() => null, (e: unknown) => e);
    expect(error).toMatchObject({ cause: expect.objectContaining({ message: "PGlite is closed" }) });
    expect(isDatabaseUnavailable(error)).toBe(true);
  });
});
