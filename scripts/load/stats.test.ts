import { describe, expect, it } from "vitest";
import { actionState, firstActionId } from "./http-client";
import { countKinds, healthOutage, missingAcks } from "./stats";

describe("load test arithmetic", () => {
  it("reads the outage from /api/health samples", () => {
    const samples = [200, 200, 503, null, 503, 200, 200].map((status, i) => ({ at: 1000 + i * 250, status }));
    expect(healthOutage(samples, 1200)).toEqual({ firstDown: 1500, firstUpAgain: 2250 });
    expect(healthOutage(samples.map((s) => ({ ...s, status: 200 })), 0)).toEqual({ firstDown: null, firstUpAgain: null });
  });

  it("finds acknowledged writes that are not stored exactly as acknowledged", () => {
    const a = { email: "p1", logDate: "2026-11-26", note: "n1" };
    const b = { email: "p1", logDate: "2026-11-25", note: "n2" };
    expect(missingAcks([a, b], [a, { ...b, note: "other" }])).toEqual([b]);
    expect(missingAcks([a], [a])).toEqual([]);
  });

  it("counts kinds, most frequent first", () => {
    const o = (kind: "200" | "503 page") => ({ kind, ms: 1, start: 0, at: 0, status: 200 });
    expect([...countKinds([o("503 page"), o("200"), o("503 page")])]).toEqual([["503 page", 2], ["200", 1]]);
  });

  it("reads an action's return value and a page's action id the way React writes them", () => {
    const rsc = '0:{"a":"$@1","q":"","i":false}\n1:{"ok":true,"message":"Log saved for 26 Nov 2026."}\n';
    expect(actionState(rsc)).toEqual({ ok: true, message: "Log saved for 26 Nov 2026." });
    expect(actionState("0:{}\n1:E{\"digest\":\"1\"}\n")).toBeNull();
    const id = "7f84fb87829d48d5aa4b8e14e188c8c56b5a44deab";
    expect(firstActionId(`<input type="hidden" name="$ACTION_3:0" value="{&quot;id&quot;:&quot;${id}&quot;,&quot;bound&quot;:&quot;$@1&quot;}"/>`)).toBe(id);
    expect(firstActionId("<form></form>")).toBeNull();
  });
});
