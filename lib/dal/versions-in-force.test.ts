import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { protocols } from "@/db/schema";
import { builtInExerciseIds } from "@/lib/dal/library-sync";
import { createProtocol, insertProtocolVersion } from "@/lib/seed/factories";
import { setupTestDatabase } from "@/lib/testing/test-database";
import { createTwoClinicWorld } from "@/lib/testing/world";
import { loadProtocolVersions, versionsInForce } from "./versions-in-force";

const t = setupTestDatabase();

describe("loadProtocolVersions", () => {
  it("reads the patient's protocols in the caller's clinic only, each version from the day it came into force", async () => {
    const db = t.db();
    const w = await createTwoClinicWorld(db);
    const library = await builtInExerciseIds(db);
    const clamshell = library.get("clamshell")?.id;
    const bridge = library.get("banded-glute-bridge")?.id;
    if (!clamshell || !bridge) throw new Error("library lacks the test exercises");
    const item = (exerciseId: string, frequencyPerWeek: number) => ({ exerciseId, sets: 3, reps: 10, frequencyPerWeek, side: "right" as const });

    // An ended protocol, then the active one: v1 typed in after its start date, v2 saved on 9 March.
    const { protocol: ended } = await createProtocol(db, { clinicId: w.home.id, patientId: w.patientA.id, therapistId: w.as.therapist.userId, title: "Old", startDate: "2026-01-05", items: [item(bridge, 2)] });
    await db.update(protocols).set({ status: "ended", endDate: "2026-02-20" }).where(eq(protocols.id, ended.id));
    const { protocol } = await createProtocol(db, {
      clinicId: w.home.id, patientId: w.patientA.id, therapistId: w.as.therapist.userId, title: "Phase 1", startDate: "2026-03-02",
      items: [item(clamshell, 5)], createdAt: new Date("2026-03-04T09:00:00"),
    });
    await insertProtocolVersion(db, {
      protocolId: protocol.id, version: 2, title: "Phase 2", phase: 2, createdBy: w.as.therapist.userId, createdAt: new Date("2026-03-09T09:00:00"),
      items: [item(clamshell, 5), item(bridge, 3)],
    });

    const all = await loadProtocolVersions(w.as.therapist, db, w.patientA.id);
    expect(all.map((p) => [p.status, p.startDate, p.endDate, p.versions.map((v) => [v.version, v.from, v.items.length])])).toEqual([
      ["ended", "2026-01-05", "2026-02-20", [[1, "2026-01-05", 1]]],
      ["active", "2026-03-02", null, [[1, "2026-03-02", 1], [2, "2026-03-09", 2]]],
    ]);
    expect(versionsInForce(all).map((v) => [v.version, v.from, v.until, v.items])).toEqual([
      [1, "2026-01-05", "2026-02-20", [{ exerciseId: bridge, frequencyPerWeek: 2 }]],
      [1, "2026-03-02", null, [{ exerciseId: clamshell, frequencyPerWeek: 5 }]],
      [2, "2026-03-09", null, [{ exerciseId: clamshell, frequencyPerWeek: 5 }, { exerciseId: bridge, frequencyPerWeek: 3 }]],
    ]);

    const [active, ...more] = await loadProtocolVersions(w.as.therapist, db, w.patientA.id, { activeOnly: true, detail: true });
    expect(more).toEqual([]);
    expect(active?.versions.map((v) => [v.title, v.phase, v.by, v.items.map((i) => [i.name, i.sets, i.reps])])).toEqual([
      ["Phase 1", 1, w.as.therapist.name, [[expect.any(String), 3, 10]]],
      ["Phase 2", 2, w.as.therapist.name, [[expect.any(String), 3, 10], [expect.any(String), 3, 10]]],
    ]);

    // The clinic is in the WHERE clause: another clinic's staff given A's id read nothing.
    expect(await loadProtocolVersions(w.as.otherTherapist, db, w.patientA.id)).toEqual([]);
    expect(await loadProtocolVersions(w.as.therapist, db, w.patientB.id)).toEqual([]);
  });
});
