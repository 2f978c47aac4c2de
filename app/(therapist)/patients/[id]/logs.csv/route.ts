import { notFound } from "next/navigation";
import type { NextRequest } from "next/server";
import { can } from "@/lib/auth/permissions";
import { requireUser } from "@/lib/auth/session";
import { AGGRAVATING_ACTIVITIES } from "@/lib/clinical/intake";
import { RED_FLAG_FINDINGS } from "@/lib/clinical/red-flags";
import { toCsv } from "@/lib/csv";
import { slugify } from "@/lib/slug";
import { getPainLogExport } from "@/lib/dal/patient-review";
import { clientIp } from "@/lib/request-ip";

const HEADER = [
  "Date", "Pain at rest (0-10)", "Pain during exercise (0-10)", "Pain next morning (0-10)", "Aggravating activities",
  "Grinding or clicking", "Red flags reported", "Note",
];
const ACTIVITY = new Map<string, string>(AGGRAVATING_ACTIVITIES.map((a) => [a.key, a.label]));
const RED_FLAG = new Map<string, string>(Object.entries(RED_FLAG_FINDINGS));

/**
 * A patient's pain logs as CSV, for the therapist's own analysis or a referral letter. The same
 * checks as the record page: a session, the permission, and the patient inside the caller's
 * clinic (anything else is 404). The download is audited in the DAL.
 */
export async function GET(req: NextRequest, ctx: RouteContext<"/patients/[id]/logs.csv">) {
  const caller = await requireUser();
  if (!can(caller.role, "read:pain-log:clinic")) notFound();
  const { id } = await ctx.params;
  const ip = clientIp(req.headers);
  const { patientName, rows } = await getPainLogExport(caller, id, { ip });

  const csv = toCsv(
    HEADER,
    rows.map((r) => [
      r.logDate, r.painAtRest, r.painDuringExercise, r.painNextMorning,
      r.aggravatingActivities.map((k) => ACTIVITY.get(k) ?? k).join("; "), r.grinding, r.redFlags.map((k) => RED_FLAG.get(k) ?? k).join("; "), r.note,
    ]),
  );
  // The byte-order mark makes Excel read the file as UTF-8 (names and notes with accents).
  return new Response(`\uFEFF${csv}`, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="stride-pain-logs-${slugify(patientName, "patient")}.csv"`,
      "Cache-Control": "no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
