"use server";

import { authedAction } from "@/lib/auth/authed-action";
import { formatDate } from "@/lib/format";
import { saveOwnPainLog } from "@/lib/dal/pain-logs";
import { adviceData, adviceForOwnSave } from "@/lib/dal/patient-advice";
import { painLogSchema } from "@/lib/validation/pain-log";

/**
 * The daily log. The schema has no patient field and the DAL takes the patient from the session,
 * so a patientId smuggled into the form is dropped by the parse and never reaches a query.
 */
export const savePainLog = authedAction(painLogSchema, "write:pain-log:own", async ({ input, caller, tx }) => {
  const { logId, created, tripped, clinic } = await saveOwnPainLog(caller, tx, input);
  const advice = await adviceForOwnSave(caller, tx, tripped, clinic);
  const day = formatDate(input.logDate);
  return {
    audit: { action: "pain-log.saved", entity: "pain-log", entityId: logId, patientId: caller.patientId, detail: { logDate: input.logDate, created, flags: tripped.map((f) => f.rule) } },
    revalidate: ["/my", "/my/log", "/my/history"],
    message: created ? `Log saved for ${day}.` : `Log saved: your log for ${day} was updated.`,
    data: { logDate: input.logDate, created: String(created), ...adviceData(advice) },
  };
});
