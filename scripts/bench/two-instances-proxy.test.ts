import http from "node:http";
import type net from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { freeLoopbackPort } from "../shared/next-server";
import { appendForwardedFor, roundRobin, startRoundRobinProxy, type RoundRobinProxy } from "./two-instances-proxy";

/** A stand-in instance that answers with its name and the headers it was given. */
async function echoServer(name: string): Promise<{ base: string; close: () => Promise<void> }> {
  const server = http.createServer((req, res) => {
    let body = "";
    req.on("data", (chunk: Buffer) => (body += chunk.toString()));
    req.on("end", () => {
      res.writeHead(200, { "content-type": "application/json", "set-cookie": ["a=1; Path=/", "b=2; Path=/"] });
      res.end(JSON.stringify({ name, host: req.headers.host, forwardedFor: req.headers["x-forwarded-for"], method: req.method, url: req.url, body }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", () => resolve()));
  const { port } = server.address() as net.AddressInfo;
  return { base: `http://127.0.0.1:${port}`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

const closers: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const close of closers.splice(0).reverse()) await close();
});

async function setUp(names: string[]): Promise<{ proxy: RoundRobinProxy; upstreams: string[] }> {
  const servers = await Promise.all(names.map(echoServer));
  closers.push(...servers.map((s) => s.close));
  const upstreams = servers.map((s) => s.base);
  const proxy = await startRoundRobinProxy(await freeLoopbackPort(), upstreams);
  closers.push(proxy.close);
  return { proxy, upstreams };
}

describe("roundRobin", () => {
  it("takes each item in turn and starts again", () => {
    const next = roundRobin(["A", "B"]);
    expect([next(), next(), next(), next(), next()]).toEqual(["A", "B", "A", "B", "A"]);
  });

  it("refuses to pick from an empty list instead of sending nowhere", () => {
    expect(() => roundRobin([])()).toThrow(/no upstream/);
  });
});

describe("appendForwardedFor", () => {
  it("appends the client's address after whatever the client claimed, as nginx does", () => {
    expect(appendForwardedFor(undefined, "127.0.0.1")).toBe("127.0.0.1");
    expect(appendForwardedFor("203.0.113.5", "127.0.0.1")).toBe("203.0.113.5, 127.0.0.1");
    expect(appendForwardedFor(["203.0.113.5", "198.51.100.1"], "127.0.0.1")).toBe("203.0.113.5, 198.51.100.1, 127.0.0.1");
  });
});

describe("startRoundRobinProxy", () => {
  it("shares requests between the instances in turn, keeping Host, method, body and every Set-Cookie", async () => {
    const { proxy } = await setUp(["A", "B"]);
    const answers: { name: string; host: string; method: string; body: string }[] = [];
    const cookies: string[][] = [];
    for (let i = 0; i < 4; i++) {
      const res = await fetch(`${proxy.base}/x?i=${i}`, { method: "POST", body: `n=${i}` });
      cookies.push(res.headers.getSetCookie());
      answers.push((await res.json()) as (typeof answers)[number]);
    }
    expect(answers.map((a) => a.name)).toEqual(["A", "B", "A", "B"]);
    expect(answers.every((a) => a.host === new URL(proxy.base).host && a.method === "POST")).toBe(true);
    expect(answers.map((a) => a.body)).toEqual(["n=0", "n=1", "n=2", "n=3"]);
    expect(cookies.every((c) => c.length === 2)).toBe(true);
    expect(Object.values(proxy.served())).toEqual([2, 2]);
  });

  it("appends the address it saw, so a client cannot choose the address Stride believes", async () => {
    const { proxy } = await setUp(["A"]);
    const res = await fetch(`${proxy.base}/`, { headers: { "x-forwarded-for": "203.0.113.5" } });
    expect(((await res.json()) as { forwardedFor: string }).forwardedFor).toBe("203.0.113.5, 127.0.0.1");
  });

  it("sends everything to the one instance left after setUpstreams, and counts afresh after resetServed", async () => {
    const { proxy, upstreams } = await setUp(["A", "B"]);
    proxy.setUpstreams([upstreams[1] as string]);
    proxy.resetServed();
    const names = [];
    for (let i = 0; i < 3; i++) names.push(((await (await fetch(`${proxy.base}/`)).json()) as { name: string }).name);
    expect(names).toEqual(["B", "B", "B"]);
    expect(proxy.served()).toEqual({ [upstreams[1] as string]: 3 });
  });

  it("answers 502 when an instance is gone, instead of hanging or dropping the connection", async () => {
    const { proxy } = await setUp([]);
    proxy.setUpstreams([`http://127.0.0.1:${await freeLoopbackPort()}`]);
    const res = await fetch(`${proxy.base}/`);
    expect(res.status).toBe(502);
    expect(await res.text()).toMatch(/Bad gateway/);
  });
});
