/**
 * CPU seconds from /proc (Linux): the Next.js server's whole process group, and the PostgreSQL
 * backends serving the benchmark's databases (found in pg_stat_activity), so a figure can say how
 * much of the work was JavaScript and how much was the database.
 */
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import type { Client } from "pg";

const TICKS_PER_SECOND = Number(execFileSync("getconf", ["CLK_TCK"]).toString().trim()) || 100;

type Stat = { pid: number; pgrp: number; ticks: number };

function readStat(pid: number): Stat | null {
  try {
    const text = fs.readFileSync(`/proc/${pid}/stat`, "utf8");
    // The command name may hold spaces and parentheses: the fields start after its last ")".
    const fields = text.slice(text.lastIndexOf(")") + 2).split(" ");
    return { pid, pgrp: Number(fields[2]), ticks: Number(fields[11]) + Number(fields[12]) };
  } catch {
    return null; // exited
  }
}

const allPids = () => fs.readdirSync("/proc").filter((name) => /^\d+$/.test(name)).map(Number);

/** CPU seconds used so far by every live process in process group `pgrp` (a detached `next start` and the server it forks). */
export function groupCpuSeconds(pgrp: number): number {
  let ticks = 0;
  for (const pid of allPids()) {
    const stat = readStat(pid);
    if (stat?.pgrp === pgrp) ticks += stat.ticks;
  }
  return ticks / TICKS_PER_SECOND;
}

/** CPU seconds per backend pid of the databases named (a snapshot; compare two with `backendCpuDelta`). */
export async function backendCpu(admin: Client, databases: string[]): Promise<Map<number, number>> {
  const { rows } = await admin.query<{ pid: number }>("select pid from pg_stat_activity where datname = any($1::text[])", [databases]);
  const snapshot = new Map<number, number>();
  for (const { pid } of rows) {
    const stat = readStat(pid);
    if (stat) snapshot.set(pid, stat.ticks / TICKS_PER_SECOND);
  }
  return snapshot;
}

/** Seconds between two snapshots; a backend that started in between counts from zero. */
export function backendCpuDelta(before: Map<number, number>, after: Map<number, number>): number {
  let seconds = 0;
  for (const [pid, now] of after) seconds += now - (before.get(pid) ?? 0);
  return seconds;
}
