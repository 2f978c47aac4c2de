import fs from "node:fs";

/**
 * Memory and CPU of a server's process tree, read from /proc (Linux only). `next start` runs a
 * small launcher that forks the real next-server, so both are counted: each instance's figure is
 * the sum over its tree.
 */

/** Parent pid from /proc/<pid>/stat; the command name (field 2) may hold spaces and parentheses. */
export function parentPid(stat: string): number | null {
  const rest = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  const ppid = Number(rest[1]);
  return Number.isInteger(ppid) ? ppid : null;
}

/** User + system CPU clock ticks from /proc/<pid>/stat (fields 14 and 15). */
export function cpuTicks(stat: string): number {
  const rest = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  // rest[0] is field 3 (state), so field 14 is rest[11] and field 15 rest[12].
  return Number(rest[11] ?? 0) + Number(rest[12] ?? 0);
}

/** VmRSS in kB from /proc/<pid>/status (absent for a zombie: 0). */
export function vmRssKb(status: string): number {
  const match = /^VmRSS:\s+(\d+)\s+kB/m.exec(status);
  return match ? Number(match[1]) : 0;
}

const read = (file: string): string | null => {
  try {
    return fs.readFileSync(file, "utf8");
  } catch {
    return null; // the process ended between listing and reading
  }
};

/** `root` and every process descended from it. */
export function processTree(root: number): number[] {
  const children = new Map<number, number[]>();
  for (const entry of fs.readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    const stat = read(`/proc/${entry}/stat`);
    const ppid = stat ? parentPid(stat) : null;
    if (ppid !== null) children.set(ppid, [...(children.get(ppid) ?? []), Number(entry)]);
  }
  const tree: number[] = [];
  const queue = [root];
  while (queue.length > 0) {
    const pid = queue.shift() as number;
    tree.push(pid);
    queue.push(...(children.get(pid) ?? []));
  }
  return tree;
}

export type TreeSample = { rssKb: number; cpuTicks: number; processes: number };

export function sampleTree(root: number): TreeSample {
  let rssKb = 0;
  let ticks = 0;
  const pids = processTree(root);
  for (const pid of pids) {
    rssKb += vmRssKb(read(`/proc/${pid}/status`) ?? "");
    const stat = read(`/proc/${pid}/stat`);
    if (stat) ticks += cpuTicks(stat);
  }
  return { rssKb, cpuTicks: ticks, processes: pids.length };
}

/** Clock ticks per second of /proc/<pid>/stat: 100 on every Linux this runs on (USER_HZ). */
export const TICKS_PER_SECOND = 100;

/**
 * Samples the trees of several servers every `everyMs` until stopped; then gives, per server, the
 * peak and mean RSS while sampling and the CPU seconds spent between start and stop.
 */
export function watchTrees(roots: Record<string, number>, everyMs = 250) {
  const first = Object.fromEntries(Object.entries(roots).map(([name, pid]) => [name, sampleTree(pid)]));
  const samples: Record<string, TreeSample[]> = Object.fromEntries(Object.keys(roots).map((name) => [name, [first[name] as TreeSample]]));
  const timer = setInterval(() => {
    for (const [name, pid] of Object.entries(roots)) samples[name]?.push(sampleTree(pid));
  }, everyMs);
  return {
    stop(): Record<string, { peakRssMb: number; meanRssMb: number; cpuSeconds: number; processes: number }> {
      clearInterval(timer);
      return Object.fromEntries(
        Object.entries(roots).map(([name, pid]) => {
          const last = sampleTree(pid);
          const list = [...(samples[name] ?? []), last];
          const mb = (kb: number) => Math.round((kb / 1024) * 10) / 10;
          return [name, {
            peakRssMb: mb(Math.max(...list.map((s) => s.rssKb))),
            meanRssMb: mb(list.reduce((sum, s) => sum + s.rssKb, 0) / list.length),
            cpuSeconds: Math.round(((last.cpuTicks - (first[name]?.cpuTicks ?? 0)) / TICKS_PER_SECOND) * 10) / 10,
            processes: last.processes,
          }];
        }),
      );
    },
  };
}

/** Busy and total clock ticks of all cores together, from the "cpu" line of /proc/stat. */
export function machineTicks(procStat: string): { busy: number; total: number } {
  const fields = (/^cpu\s+(.*)$/m.exec(procStat)?.[1] ?? "").trim().split(/\s+/).map(Number);
  // user nice system idle iowait irq softirq steal (guest time is already inside user and nice)
  const [user = 0, nice = 0, system = 0, idle = 0, iowait = 0, irq = 0, softirq = 0, steal = 0] = fields;
  const busy = user + nice + system + irq + softirq + steal;
  return { busy, total: busy + idle + iowait };
}

/**
 * What the whole machine did while a measurement ran: how busy its cores were (other work on a
 * shared machine included) and the CPU this process (load driver and proxy) used itself.
 */
export function watchMachine() {
  const first = machineTicks(fs.readFileSync("/proc/stat", "utf8"));
  const ownFirst = process.cpuUsage();
  return {
    stop(): { busyPercent: number; benchProcessCpuSeconds: number } {
      const last = machineTicks(fs.readFileSync("/proc/stat", "utf8"));
      const own = process.cpuUsage(ownFirst);
      const total = last.total - first.total;
      return {
        busyPercent: total > 0 ? Math.round(((last.busy - first.busy) / total) * 1000) / 10 : 0,
        benchProcessCpuSeconds: Math.round(((own.user + own.system) / 1e6) * 10) / 10,
      };
    },
  };
}
