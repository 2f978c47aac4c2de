import { describe, expect, it } from "vitest";
import { NO_RECENT_LOG_DAYS, noRecentLogRule } from "./lapse-rule";

describe("no log for 7 days", () => {
  it("waits 7 days (Stride's choice)", () => {
    expect(NO_RECENT_LOG_DAYS).toBe(7);
  });

  it("raises nothing 6 days after the last log", () => {
    expect(noRecentLogRule({ lastLogDate: "2025-03-01", protocolStart: "2025-02-01", today: "2025-03-07" })).toBeNull();
  });

  it("raises a watch flag 7 days after the last log", () => {
    expect(noRecentLogRule({ lastLogDate: "2025-03-01", protocolStart: "2025-02-01", today: "2025-03-08" })).toEqual({
      rule: "no-recent-log",
      severity: "watch",
      evidenceKey: "last-log:2025-03-01",
      evidenceDate: "2025-03-01",
      reason: "No pain log for 7 days (last on 1 Mar 2025). Check in with the patient about the plan.",
      evidence: { readings: [], numbers: { days: 7, lastLogDate: "2025-03-01", protocolStart: "2025-02-01" } },
    });
  });

  it("keys the lapse by the last log's date, so later days raise the same key", () => {
    const day7 = noRecentLogRule({ lastLogDate: "2025-03-01", protocolStart: "2025-02-01", today: "2025-03-08" });
    const day20 = noRecentLogRule({ lastLogDate: "2025-03-01", protocolStart: "2025-02-01", today: "2025-03-21" });
    expect(day20?.evidenceKey).toBe("last-log:2025-03-01");
    expect(day20?.evidenceKey).toBe(day7?.evidenceKey);
    expect(day20?.evidenceDate).toBe("2025-03-01");
    expect(day20?.evidence.numbers?.days).toBe(20);
  });

  it("gives a new lapse, after the patient logged again, a new key", () => {
    const again = noRecentLogRule({ lastLogDate: "2025-03-22", protocolStart: "2025-02-01", today: "2025-03-29" });
    expect(again?.evidenceKey).toBe("last-log:2025-03-22");
  });

  it("counts from the protocol start when the patient has never logged", () => {
    expect(noRecentLogRule({ lastLogDate: null, protocolStart: "2025-03-01", today: "2025-03-07" })).toBeNull();
    expect(noRecentLogRule({ lastLogDate: null, protocolStart: "2025-03-01", today: "2025-03-08" })).toEqual({
      rule: "no-recent-log",
      severity: "watch",
      evidenceKey: "since:2025-03-01",
      evidenceDate: "2025-03-01",
      reason: "No pain log since the protocol started on 1 Mar 2025, 7 days ago. Check in with the patient.",
      evidence: { readings: [], numbers: { days: 7, lastLogDate: null, protocolStart: "2025-03-01" } },
    });
    expect(noRecentLogRule({ lastLogDate: null, protocolStart: "2025-03-01", today: "2025-04-01" })?.evidenceKey).toBe("since:2025-03-01");
  });

  it("counts calendar days across a month end, a leap day and a daylight-saving change", () => {
    expect(noRecentLogRule({ lastLogDate: "2024-02-25", protocolStart: "2024-01-01", today: "2024-03-03" })?.evidence.numbers?.days).toBe(7);
    expect(noRecentLogRule({ lastLogDate: "2024-02-25", protocolStart: "2024-01-01", today: "2024-03-02" })).toBeNull();
    // Clocks change in the US on 9 Mar 2025 and in Europe on 30 Mar 2025.
    expect(noRecentLogRule({ lastLogDate: "2025-03-05", protocolStart: "2025-01-01", today: "2025-03-12" })?.evidence.numbers?.days).toBe(7);
    expect(noRecentLogRule({ lastLogDate: "2025-03-27", protocolStart: "2025-01-01", today: "2025-04-02" })).toBeNull();
  });

  it("raises nothing when the last log is today or dated after today", () => {
    expect(noRecentLogRule({ lastLogDate: "2025-03-08", protocolStart: "2025-02-01", today: "2025-03-08" })).toBeNull();
    expect(noRecentLogRule({ lastLogDate: "2025-03-09", protocolStart: "2025-02-01", today: "2025-03-08" })).toBeNull();
    expect(noRecentLogRule({ lastLogDate: null, protocolStart: "2025-03-10", today: "2025-03-08" })).toBeNull();
  });
});
