import type { Metadata } from "next";
import { Card } from "@/components/ui/card";
import { requirePermission } from "@/lib/auth/session";
import { getPatientHome } from "@/lib/dal/patient-home";

export const metadata: Metadata = { title: "Today" };

function formatDate(iso: string): string {
  return new Date(`${iso}T12:00:00`).toLocaleDateString("en", { day: "numeric", month: "long", year: "numeric" });
}

export default async function PatientHomePage() {
  const caller = await requirePermission("read:patient:own");
  const home = await getPatientHome(caller);
  return (
    <div className="space-y-5">
      <h1 className="text-2xl font-semibold text-slate-900">Hello, {home.firstName}</h1>
      <Card title="Your plan">
        {home.activeProtocol ? (
          <div className="space-y-1">
            <p className="text-lg font-medium text-slate-900">{home.activeProtocol.title}</p>
            <p className="text-sm text-slate-600">
              Phase {home.activeProtocol.phase} · version {home.activeProtocol.version} · started {formatDate(home.activeProtocol.startDate)}
            </p>
          </div>
        ) : (
          <p className="text-slate-600">Your therapist has not assigned a plan yet. It will appear here when they do.</p>
        )}
      </Card>
      <Card title="Your therapist">
        <p className="text-slate-900">{home.therapistName ?? "Not assigned yet"}</p>
        <p className="text-sm text-slate-600">{home.clinicName}</p>
      </Card>
    </div>
  );
}
