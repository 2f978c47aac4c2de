import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { setupTestDatabase } from "@/lib/testing/test-database";
import { LOG_DAYS, SAM_LOG_DAYS, seedLargeClinic } from "./load";
import { generatePatients } from "./names";

const { db } = setupTestDatabase();

type Row = Record<string, number | string | null>;
const rows = async (query: ReturnType<typeof sql>) => ((await db().execute(query)) as unknown as { rows: Row[] }).rows;

describe("the large seed at 500 patients", () => {
  it("writes the clinic it reports, with summaries that agree with the logs", async () => {
    const seeded = await seedLargeClinic(db(), { patients: 500, seed: 11, password: "bench-password" });
    // 2% log daily (10), one is Sam, the rest are plain patients.
    expect(seeded.rows.patients).toBe(500);
    expect(seeded.rows.therapists).toBe(20);
    expect(seeded.loggerEmails).toHaveLength(10);
    expect(seeded.protocolIds).toHaveLength(10);
    expect(seeded.rows.portal_accounts).toBe(11);
    expect(seeded.rows.protocol_items).toBe(11 * 12);
    expect(seeded.rows.open_flags).toBeGreaterThan(0);

    const [sam] = await rows(sql`select count(*)::int as logs, min(log_date)::text as first from pain_logs where patient_id = ${seeded.sam.patientId}::uuid`);
    expect(sam?.logs).toBe(SAM_LOG_DAYS);
    const [loggers] = await rows(sql`select max(n)::int as most from (select count(*)::int as n from pain_logs where patient_id <> ${seeded.sam.patientId}::uuid group by patient_id) c`);
    expect(loggers?.most).toBe(LOG_DAYS);

    // last_log_date and latest_pain as refreshPatientLogSummary computes them, for every patient.
    const [mismatched] = await rows(sql`
      select count(*)::int as n from patients p
      left join lateral (select log_date, greatest(pain_at_rest, coalesce(pain_during_exercise, 0), coalesce(pain_next_morning, 0)) as worst
                         from pain_logs l where l.patient_id = p.id order by log_date desc limit 1) l on true
      where p.clinic_id = ${seeded.clinicId}::uuid
        and (p.last_log_date is distinct from l.log_date or p.latest_pain is distinct from l.worst)`);
    expect(mismatched?.n).toBe(0);

    // Every portal patient's account is in the same clinic and linked to exactly one patient.
    const [linked] = await rows(sql`select count(*)::int as n from users u join patients p on p.user_id = u.id and p.clinic_id = u.clinic_id where u.role = 'patient' and u.clinic_id = ${seeded.clinicId}::uuid`);
    expect(linked?.n).toBe(11);
  });

  it("stores exactly the patients the generator draws from the seed number", async () => {
    const [clinic] = await rows(sql`select id from clinics where name = 'Large Physio' order by created_at limit 1`);
    const stored = await rows(sql`
      select full_name, coalesce(email, '') as email from patients
      where clinic_id = ${String(clinic?.id)}::uuid and coalesce(email, '') not like '%@bench.test' and user_id is null`);
    const expected = generatePatients(500 - 10 - 1, 11).map((p) => `${p.fullName}|${p.email ?? ""}`).sort();
    expect(stored.map((r) => `${r.full_name}|${r.email}`).sort()).toEqual(expected);
  });
});
