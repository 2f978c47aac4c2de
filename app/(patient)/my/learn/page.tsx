import type { Metadata } from "next";
import { ModuleList } from "@/components/education/module-list";
import { Card } from "@/components/ui/card";
import { requirePermission } from "@/lib/auth/session";
import { listMyEducation } from "@/lib/dal/my-education";

export const metadata: Metadata = { title: "Learn" };

export default async function LearnPage() {
  const caller = await requirePermission("read:protocol:own");
  const modules = await listMyEducation(caller);
  return (
    <div className="space-y-5">
      <div>
        <h1 className="text-2xl font-semibold text-slate-900">Learn about your knee</h1>
        <p className="mt-1 text-base text-slate-700">Short reads your therapist chose for your plan. Each one says how strong the evidence behind it is.</p>
      </div>
      {modules && modules.length > 0 ? (
        <ModuleList modules={modules} />
      ) : (
        <Card title="Nothing to read yet">
          <p className="text-slate-700">Your therapist has not assigned a plan yet. Your reading will appear here when they do.</p>
        </Card>
      )}
    </div>
  );
}
