import { notFound } from "next/navigation";
import type { NextRequest } from "next/server";
import { can } from "@/lib/auth/permissions";
import { requireUser } from "@/lib/auth/session";
import { toCsv } from "@/lib/csv";
import { todayInZone } from "@/lib/dates";
import { exportAuditLog } from "@/lib/dal/audit-log";
import { formatDateTime } from "@/lib/format";
import { clientIp } from "@/lib/request-ip";
import { parseAuditFilters } from "@/lib/validation/audit-filters";

/**
 * The audit log of the current filter as CSV (admins only; anyone else 404). Same query string
 * as /admin/audit. The export is itself audited in the DAL ("audit.exported"). Cells are written
 * by lib/csv.ts, which neutralises formulas: names and addresses are typed by people.
 */
export async function GET(req: NextRequest) {
  const caller = await requireUser();
  if (!can(caller.role, "read:audit:clinic")) notFound();
  const filters = parseAuditFilters(req.nextUrl.searchParams);
  const { rows, truncated } = await exportAuditLog(caller, filters, { ip: clientIp(req.headers) });

  const header = [`When (${caller.timeZone})`, "When (UTC)", "Person", "Role", "Action", "Action code", "Patient", "Patient id", "Address"];
  const body = rows.map((r) => [
    formatDateTime(r.at, caller.timeZone), r.at.toISOString(), r.actorName ?? "System", r.actorRole, r.actionLabel, r.action, r.patientName, r.patientId, r.ip,
  ]);
  const csv = toCsv(header, body);
  return new Response(`\uFEFF${csv}`, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="stride-audit-${todayInZone(caller.timeZone)}.csv"`,
      "Cache-Control": "no-store",
      "X-Content-Type-Options": "nosniff",
      // Said in a header rather than inside the file, so the CSV stays one clean table.
      ...(truncated ? { "X-Stride-Truncated": "true" } : {}),
    },
  });
}
