import type { Metadata } from "next";
import { ClinicSettingsForm } from "@/components/admin/clinic-settings-form";
import { requirePermission } from "@/lib/auth/session";
import { serverTimeZone } from "@/lib/dates";
import { getOwnClinic } from "@/lib/dal/clinics";
import { formatDateTime } from "@/lib/format";
import { selectableTimeZones } from "@/lib/validation/clinic";
import { updateClinicSettingsAction } from "./actions";

export const metadata: Metadata = { title: "Clinic settings" };

export default async function ClinicSettingsPage() {
  // Therapists and patients get the same 404 as a page that does not exist.
  const caller = await requirePermission("manage:clinic:own");
  const clinic = await getOwnClinic(caller);
  return (
    <div className="max-w-2xl space-y-6">
      <div>
        <h1 className="text-2xl font-semibold text-slate-900">Clinic settings</h1>
        <p className="mt-1 text-slate-600">For everyone at {clinic.name} and their patients.</p>
      </div>
      <ClinicSettingsForm
        action={updateClinicSettingsAction}
        initial={{ name: clinic.name, timeZone: clinic.timeZone, phone: clinic.phone, pdfPageSize: clinic.pdfPageSize }}
        zones={selectableTimeZones(clinic.timeZone)}
        serverZone={serverTimeZone()}
        // From the row just read rather than caller.timeZone, so it follows a zone saved a moment ago.
        nowInClinic={formatDateTime(new Date(), clinic.timeZone ?? serverTimeZone())}
      />
    </div>
  );
}
