import "server-only";
import { sql } from "drizzle-orm";
import { getDb } from "@/db/client";

/** Whether the database answers a trivial query within the time limit. */
export async function databaseAnswers(timeoutMs = 2_000): Promise<boolean> {
  const probe = (async () => {
    const db = await getDb();
    await db.execute(sql`select 1`);
    return true;
  })();
  const timeout = new Promise<boolean>((resolve) => setTimeout(() => resolve(false), timeoutMs).unref());
  return Promise.race([probe.catch(() => false), timeout]);
}
