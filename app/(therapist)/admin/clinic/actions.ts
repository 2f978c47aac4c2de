"use server";

import { authedAction } from "@/lib/auth/authed-action";
import { updateClinicSettings } from "@/lib/dal/clinics";
import { clinicSettingsSchema } from "@/lib/validation/clinic";

export const updateClinicSettingsAction = authedAction(clinicSettingsSchema, "manage:clinic:own", async ({ input, caller, tx }) => {
  const { clinic, changed } = await updateClinicSettings(caller, tx, input);
  return {
    // The new values of what changed: a zone change explains why "today" moved for everyone.
    audit: { action: "clinic.updated", entity: "clinic", entityId: clinic.id, detail: { changed, ...Object.fromEntries(changed.map((f) => [f, clinic[f]])) } },
    revalidate: ["/admin/clinic"],
    message: changed.length ? "Clinic settings saved." : "Nothing had changed; the settings are as they were.",
  };
});
