/**
 * Summarises a V8 .cpuprofile (node --cpu-prof, as `npm run bench:table-cpu -- --profile <dir>`
 * writes): self time per function and per package or source folder, and total (inclusive) time of
 * the functions that matter, so "where does the node CPU of a request go" is a table, not a guess.
 *
 *   npx tsx scripts/bench/profile-summary.ts /tmp/prof/CPU.*.cpuprofile [--top 30] [--requests N]
 *
 * With --requests, every figure is also divided into milliseconds per request.
 */
import fs from "node:fs";
import { parseArgs } from "node:util";

type CallFrame = { functionName: string; url: string; lineNumber: number };
type ProfileNode = { id: number; callFrame: CallFrame; children?: number[] };
type Profile = { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[]; startTime: number; endTime: number };

/** "next/dist/server/app-render", "react-dom", "(app) .next/server/chunks" ...: where a frame's code lives. */
export function moduleOf(url: string): string {
  if (!url) return "(native / vm)";
  const nm = url.lastIndexOf("node_modules/");
  if (nm >= 0) {
    const parts = url.slice(nm + "node_modules/".length).split("/");
    const name = parts[0]?.startsWith("@") ? `${parts[0]}/${parts[1]}` : (parts[0] ?? "");
    // Next bundles React and most of its server into dist/compiled/ and dist/server/: keep two levels more.
    if (name === "next") return parts.slice(0, 4).join("/");
    return name;
  }
  if (url.startsWith("node:")) return url;
  const chunk = url.indexOf(".next/server/");
  if (chunk >= 0) return `(app) ${url.slice(chunk, chunk + 40)}`;
  return url.replace(/^file:\/\//, "").split("/").slice(-2).join("/");
}

function summarise(profile: Profile, top: number, requests: number | null): string[] {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const child of n.children ?? []) parent.set(child, n.id);
  const selfUs = new Map<number, number>();
  profile.samples.forEach((id, i) => selfUs.set(id, (selfUs.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)));

  const fnSelf = new Map<string, number>();
  const modSelf = new Map<string, number>();
  const fnTotal = new Map<string, number>();
  let totalUs = 0;
  let idleUs = 0;
  for (const [id, us] of selfUs) {
    const node = byId.get(id);
    if (!node) continue;
    const name = node.callFrame.functionName || "(anonymous)";
    totalUs += us;
    if (name === "(idle)") idleUs += us;
    const key = `${name}  ${moduleOf(node.callFrame.url)}:${node.callFrame.lineNumber + 1}`;
    fnSelf.set(key, (fnSelf.get(key) ?? 0) + us);
    const mod = name.startsWith("(") ? name : moduleOf(node.callFrame.url);
    modSelf.set(mod, (modSelf.get(mod) ?? 0) + us);
    // Inclusive time: each distinct function on the stack once (recursion is not double counted).
    const onStack = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const f = byId.get(at);
      if (!f) break;
      const k = `${f.callFrame.functionName || "(anonymous)"}  ${moduleOf(f.callFrame.url)}:${f.callFrame.lineNumber + 1}`;
      if (!onStack.has(k)) {
        onStack.add(k);
        fnTotal.set(k, (fnTotal.get(k) ?? 0) + us);
      }
    }
  }
  const busyUs = totalUs - idleUs;
  const fmt = (us: number) => {
    const ms = us / 1000;
    const share = `${((us / busyUs) * 100).toFixed(1).padStart(5)}%`;
    return requests ? `${share} ${(ms / requests).toFixed(2).padStart(6)} ms/req` : `${share} ${ms.toFixed(0).padStart(7)} ms`;
  };
  const rows = (m: Map<string, number>, n: number) => [...m].sort((a, b) => b[1] - a[1]).slice(0, n).map(([k, us]) => `  ${fmt(us)}  ${k}`);
  return [
    `busy ${(busyUs / 1000).toFixed(0)} ms of ${(totalUs / 1000).toFixed(0)} ms sampled${requests ? ` (${(busyUs / 1000 / requests).toFixed(2)} ms per request over ${requests})` : ""}`,
    "self time by module:", ...rows(modSelf, top),
    "self time by function:", ...rows(fnSelf, top),
    "total time by function:", ...rows(fnTotal, top),
  ];
}

function main(): void {
  const { values, positionals } = parseArgs({ allowPositionals: true, options: { top: { type: "string", default: "25" }, requests: { type: "string" } } });
  for (const file of positionals) {
    const profile = JSON.parse(fs.readFileSync(file, "utf8")) as Profile;
    console.log(`== ${file}`);
    for (const line of summarise(profile, Number(values.top), values.requests ? Number(values.requests) : null)) console.log(line);
  }
}

main();
