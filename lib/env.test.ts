import { describe, expect, it } from "vitest";
import { assertServerEnv, EnvError, isLocalDatabase, parseEnv, pdfRenderWorkers } from "./env";

const secret = "s".repeat(40);

describe("environment validation", () => {
  it("defaults to embedded PGlite in .data/pglite", () => {
    const env = parseEnv({ NODE_ENV: "development" });
    expect(env.DATABASE_URL).toBeUndefined();
    expect(env.PGLITE_DIR).toBe(".data/pglite");
  });

  it("treats empty variables as unset", () => {
    expect(parseEnv({ DATABASE_URL: "", NODE_ENV: "test" }).DATABASE_URL).toBeUndefined();
  });

  it("refuses a DATABASE_URL that is not PostgreSQL, naming the variable", () => {
    expect(() => parseEnv({ DATABASE_URL: "mysql://localhost/db" })).toThrow(/DATABASE_URL: must start with postgres/);
  });

  it("refuses a short secret", () => {
    expect(() => parseEnv({ NEXTAUTH_SECRET: "short" })).toThrow(/NEXTAUTH_SECRET: must be at least 32/);
  });

  it("refuses a test database that is not on localhost", () => {
    expect(() => parseEnv({ TEST_DATABASE_URL: "postgres://db.example.com/test" })).toThrow(/TEST_DATABASE_URL: must point at localhost/);
    expect(parseEnv({ TEST_DATABASE_URL: "postgres://postgres@127.0.0.1:5432/test" }).TEST_DATABASE_URL).toContain("127.0.0.1");
  });

  it("refuses to start in production without a secret, and says what to set", () => {
    const env = parseEnv({ NODE_ENV: "production" });
    expect(() => assertServerEnv(env)).toThrow(EnvError);
    expect(() => assertServerEnv(env)).toThrow(/NEXTAUTH_SECRET is not set[\s\S]*openssl rand/);
    expect(() => assertServerEnv(parseEnv({ NODE_ENV: "production", NEXTAUTH_SECRET: secret }))).not.toThrow();
  });
});

describe("isLocalDatabase (npm run db:seed refuses anything else without --demo)", () => {
  it("counts the embedded PGlite and PostgreSQL on this machine as local, any other host not", () => {
    expect(isLocalDatabase(parseEnv({}))).toBe(true);
    expect(isLocalDatabase(parseEnv({ DATABASE_URL: "postgres://u@127.0.0.1:5432/stride" }))).toBe(true);
    expect(isLocalDatabase(parseEnv({ DATABASE_URL: "postgres://u@localhost/stride" }))).toBe(true);
    expect(isLocalDatabase(parseEnv({ DATABASE_URL: "postgres://u@db.clinic.example:5432/stride" }))).toBe(false);
    expect(isLocalDatabase(parseEnv({ DATABASE_URL: "postgresql://u@10.0.0.5/stride" }))).toBe(false);
  });

});

describe("pdfRenderWorkers", () => {
  it("sizes the PDF render pool from PDF_RENDER_WORKERS, else leaves a core for the event loop", () => {
    expect(pdfRenderWorkers(parseEnv({}), 2)).toBe(1);
    expect(pdfRenderWorkers(parseEnv({}), 1)).toBe(1);
    expect(pdfRenderWorkers(parseEnv({}), 8)).toBe(2);
    expect(pdfRenderWorkers(parseEnv({ PDF_RENDER_WORKERS: "3" }), 2)).toBe(3);
    for (const bad of ["0", "17", "1.5", "two"]) {
      expect(() => parseEnv({ PDF_RENDER_WORKERS: bad })).toThrow(/PDF_RENDER_WORKERS: must be a whole number from 1 to 16/);
    }
  });
});
