import { randomBytes } from "node:crypto";
import { Client } from "pg";

/**
 * A throwaway database on a local PostgreSQL server, for tests and benchmarks: created fresh,
 * dropped (with its connections) afterwards. Refuses anything but a local server.
 */
export async function createScratchDatabase(adminUrl: string, prefix: string): Promise<{ url: string; drop: () => Promise<void> }> {
  if (!["localhost", "127.0.0.1", "::1", "[::1]"].includes(new URL(adminUrl).hostname)) {
    throw new Error(`Refusing to create a scratch database on ${new URL(adminUrl).hostname}: only a local server is allowed`);
  }
  const name = `${prefix}_${randomBytes(6).toString("hex")}`;
  const run = async (statement: string) => {
    const client = new Client({ connectionString: adminUrl });
    await client.connect();
    try {
      await client.query(statement);
    } finally {
      await client.end();
    }
  };
  await run(`create database ${name}`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return { url: url.toString(), drop: () => run(`drop database if exists ${name} with (force)`) };
}
