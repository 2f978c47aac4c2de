import { Plus, Search } from "lucide-react";
import type { Metadata } from "next";
import { headers } from "next/headers";
import Link from "next/link";
import { PatientTable } from "@/components/patients/patient-table";
import { buttonBase, buttonStyles } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import { requirePermission } from "@/lib/auth/session";
import { auditListRead } from "@/lib/dal/audit";
import { listPatientsForClinic } from "@/lib/dal/patients";
import { clientIp } from "@/lib/request-ip";
import { parsePatientListParams, patientListHref, patientSearchHiddenFields } from "@/lib/validation/patient-list";

export const metadata: Metadata = { title: "Patients" };

export default async function PatientsPage({ searchParams }: PageProps<"/patients">) {
  const caller = await requirePermission("read:patient:clinic");
  const state = parsePatientListParams(await searchParams);
  const { rows, total, capped, hasNext, page } = await listPatientsForClinic(caller, state);
  // One audit row per list view; the search text could name a patient, so only whether one was typed.
  await auditListRead(caller, { list: "patients", ip: clientIp(await headers()), detail: { scope: state.scope, status: state.status, page, searched: state.q !== "" } });

  const tab = (active: boolean) => cn("inline-flex min-h-11 items-center rounded-md px-3 text-sm font-medium", active ? "bg-brand-50 text-brand-800" : "text-slate-700 hover:bg-slate-100");
  return (
    <div className="space-y-5">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-semibold text-slate-900">Patients</h1>
        <Link href="/patients/new" className={cn(buttonBase, buttonStyles.primary)}>
          <Plus aria-hidden className="size-4" /> Add patient
        </Link>
      </div>

      <div className="flex flex-wrap items-end justify-between gap-3">
        {/* A GET form: the search works before hydration and lands in the URL. */}
        <form action="/patients" role="search" className="flex w-full max-w-md items-end gap-2">
          <div className="flex-1">
            <label htmlFor="patient-search" className="block text-sm font-medium text-slate-800">
              Search by name or email
            </label>
            <input id="patient-search" name="q" type="search" defaultValue={state.q} className="mt-1 block min-h-11 w-full rounded-md border border-slate-300 bg-white px-3 text-base" />
          </div>
          {patientSearchHiddenFields(state).map(([name, value]) => (
            <input key={name} type="hidden" name={name} value={value} />
          ))}
          <button type="submit" className={cn(buttonBase, buttonStyles.secondary)}>
            <Search aria-hidden className="size-4" /> Search
          </button>
        </form>
        <div className="flex flex-wrap gap-4">
          <nav aria-label="Whose patients" className="flex gap-1">
            <Link href={patientListHref(state, { scope: "mine", page: 1 })} aria-current={state.scope === "mine" ? "page" : undefined} className={tab(state.scope === "mine")}>
              My patients
            </Link>
            <Link href={patientListHref(state, { scope: "all", page: 1 })} aria-current={state.scope === "all" ? "page" : undefined} className={tab(state.scope === "all")}>
              All patients
            </Link>
          </nav>
          <nav aria-label="Patient status" className="flex gap-1">
            <Link href={patientListHref(state, { status: "active", page: 1 })} aria-current={state.status === "active" ? "page" : undefined} className={tab(state.status === "active")}>
              Active
            </Link>
            <Link href={patientListHref(state, { status: "archived", page: 1 })} aria-current={state.status === "archived" ? "page" : undefined} className={tab(state.status === "archived")}>
              Archived
            </Link>
          </nav>
        </div>
      </div>

      <PatientTable rows={rows} total={total} capped={capped} hasNext={hasNext} page={page} state={state} />
    </div>
  );
}
