import os from "node:os";
import { z } from "zod";

/**
 * The one place that reads process.env. Everything else asks getEnv(), so a typo'd or missing
 * variable fails loudly here with a message that says what to set, not deep inside a library.
 */
const localHosts = new Set(["localhost", "127.0.0.1", "::1", "[::1]"]);

/** True for a database on this machine (the embedded PGlite, or PostgreSQL on localhost). */
export function isLocalDatabase(env: Env = getEnv()): boolean {
  return !env.DATABASE_URL || localHosts.has(new URL(env.DATABASE_URL).hostname);
}

const postgresUrl = z
  .url({ error: "must be a URL such as postgres://user@127.0.0.1:5432/stride" })
  .refine((u) => /^postgres(ql)?:\/\//.test(u), { error: "must start with postgres:// or postgresql://" });

const envSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  DATABASE_URL: postgresUrl.optional(),
  PGLITE_DIR: z.string().min(1).default(".data/pglite"),
  /** Where the folder media store keeps clinic uploads (lib/media/store.ts; docs/decisions/0018-media-store.md). */
  MEDIA_DIR: z.string().min(1).default(".data/media"),
  /** Worker threads that render PDFs off the event loop (lib/pdf/render-off-thread.ts); unset: pdfRenderWorkers(). */
  PDF_RENDER_WORKERS: z.coerce.number<string>({ error: "must be a whole number from 1 to 16" })
    .int({ error: "must be a whole number from 1 to 16" }).min(1, { error: "must be a whole number from 1 to 16" })
    .max(16, { error: "must be a whole number from 1 to 16" }).optional(),
  NEXTAUTH_SECRET: z.string().min(32, { error: "must be at least 32 characters (try: openssl rand -base64 32)" }).optional(),
  NEXTAUTH_URL: z.url().optional(),
  TEST_DATABASE_URL: postgresUrl
    .refine((u) => localHosts.has(new URL(u).hostname), {
      error: "must point at localhost: tests create and drop databases there",
    })
    .optional(),
  /** Set to true behind a reverse proxy that sets X-Forwarded-For; see lib/request-ip.ts. */
  TRUST_PROXY: z.enum(["true", "false"], { error: "must be true or false" }).default("false").transform((v) => v === "true"),
  NEXT_PHASE: z.string().optional(),
});

export type Env = z.infer<typeof envSchema>;

export class EnvError extends Error {
  override name = "EnvError";
}

function emptyToUndefined(source: Record<string, string | undefined>): Record<string, string | undefined> {
  return Object.fromEntries(Object.entries(source).map(([k, v]) => [k, v === "" ? undefined : v]));
}

export function parseEnv(source: Record<string, string | undefined>): Env {
  const result = envSchema.safeParse(emptyToUndefined(source));
  if (!result.success) {
    const lines = result.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`);
    throw new EnvError(`Invalid environment:\n${lines.join("\n")}`);
  }
  return result.data;
}

let cached: Env | undefined;

export function getEnv(): Env {
  cached ??= parseEnv(process.env);
  return cached;
}

/** Tests and scripts that change process.env call this so the next getEnv() re-reads it. */
export function resetEnvCache(): void {
  cached = undefined;
}

/**
 * True inside the Next.js Node.js server (not a script, not the edge runtime). Read literally, not
 * through getEnv(): Next.js sets NEXT_RUNTIME per bundle, and instrumentation.ts checks it the same way.
 */
export function inNextNodeServer(): boolean {
  return process.env.NEXT_RUNTIME === "nodejs";
}

/**
 * How many PDF render workers to run: PDF_RENDER_WORKERS, else min(2, cores - 1) and at least one,
 * so one core is always left for the event loop that serves every other request.
 */
export function pdfRenderWorkers(env: Env = getEnv(), cores: number = os.availableParallelism()): number {
  return env.PDF_RENDER_WORKERS ?? Math.max(1, Math.min(2, cores - 1));
}

/**
 * Names the build, so a cached PDF is never served by a build that would draw it differently.
 * next.config.js inlines STRIDE_BUILD_STAMP into the server bundle at `next build`, which is why it
 * is read literally and not through getEnv(); outside a build (tests, scripts) it is "unbuilt".
 */
export function buildStamp(): string {
  return process.env.STRIDE_BUILD_STAMP ?? "unbuilt";
}

/** `next build` sets this phase; nothing may touch the database then (see db/client.ts). */
export function isBuildPhase(env: Env = getEnv()): boolean {
  return env.NEXT_PHASE === "phase-production-build";
}

/**
 * What a server needs before it serves anyone. Production refuses to start without a secret,
 * because next-auth would otherwise answer every sign-in with a 500.
 */
export function assertServerEnv(env: Env): void {
  if (env.NODE_ENV === "production" && !env.NEXTAUTH_SECRET) {
    throw new EnvError(
      "NEXTAUTH_SECRET is not set. Stride signs sessions with it and will not start in production without one.\n" +
        "Set it to a long random value, for example:  NEXTAUTH_SECRET=$(openssl rand -base64 32)\n" +
        "and set NEXTAUTH_URL to the address users open (e.g. https://stride.example.org).",
    );
  }
  if (env.NODE_ENV !== "production" && !env.NEXTAUTH_SECRET) {
    throw new EnvError("NEXTAUTH_SECRET is not set. Start the app with `npm run dev`, which creates a local one.");
  }
}

export function requireAuthSecret(env: Env = getEnv()): string {
  assertServerEnv(env);
  return env.NEXTAUTH_SECRET as string;
}
