import type { Metadata } from "next";
import { groupInOrder } from "@/lib/clinical/exercise-labels";
import { ExerciseCard } from "@/components/patient-portal/exercise-card";
import { PainGuidance } from "@/components/patient-portal/pain-guidance";
import { ReturnToRunCard } from "@/components/patient-portal/return-to-run-card";
import { getMyRunningStage } from "@/lib/dal/my-running";
import { PlanChangeNotes } from "@/components/suggestions/plan-change-note";
import { buttonBase, buttonStyles } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { cn } from "@/components/ui/cn";
import { requirePermission } from "@/lib/auth/session";
import { getMyPlan } from "@/lib/dal/my-plan";
import { currentMediaByExercise } from "@/lib/dal/exercise-media";
import { listMyPlanChanges } from "@/lib/dal/suggestion-reads";
import { formatDate } from "@/lib/format";

export const metadata: Metadata = { title: "My plan" };

export default async function MyPlanPage() {
  const caller = await requirePermission("read:protocol:own");
  const [plan, running, changes] = await Promise.all([getMyPlan(caller), getMyRunningStage(caller), listMyPlanChanges(caller)]);
  // The clinic's own pictures and videos of the prescribed exercises (only those the plan includes).
  const media = plan ? await currentMediaByExercise(caller, plan.items.map((i) => i.exerciseId)) : {};

  if (!plan) {
    return (
      <div className="space-y-5">
        <h1 className="text-2xl font-semibold text-slate-900">My plan</h1>
        <Card title="No plan yet">
          <p className="text-slate-700">Your therapist has not assigned a plan yet. It will appear here when they do.</p>
        </Card>
        <PainGuidance />
      </div>
    );
  }

  const groups = groupInOrder(plan.items);
  return (
    <div className="space-y-6">
      <div className="space-y-2">
        <h1 className="text-2xl font-semibold text-slate-900">{plan.title}</h1>
        <dl className="grid grid-cols-2 gap-x-4 gap-y-1 text-sm text-slate-700">
          <div>
            <dt className="inline text-slate-500">Phase </dt>
            <dd className="inline font-medium">{plan.phase}</dd>
          </div>
          <div>
            <dt className="inline text-slate-500">Version </dt>
            <dd className="inline font-medium">{plan.version}</dd>
          </div>
          <div>
            <dt className="inline text-slate-500">Started </dt>
            <dd className="inline font-medium">{formatDate(plan.startDate)}</dd>
          </div>
          {plan.therapistName ? (
            <div>
              <dt className="inline text-slate-500">Therapist </dt>
              <dd className="inline font-medium">{plan.therapistName}</dd>
            </div>
          ) : null}
        </dl>
        {/* The route is the PDF handout's (app/protocols/[id]/pdf); it serves a patient their own current version. */}
        <a href={`/protocols/${plan.id}/pdf`} download className={cn(buttonBase, buttonStyles.secondary, "w-full sm:w-auto")}>
          Download as PDF
        </a>
      </div>
      <PlanChangeNotes changes={changes} />

      <PainGuidance />

      {running ? <ReturnToRunCard running={running} /> : null}

      {groups.map(({ group, label, items }) => (
        <section key={group} aria-labelledby={`group-${group}`} className="space-y-3">
          <h2 id={`group-${group}`} className="text-xl font-semibold text-slate-900">
            {label}
          </h2>
          <ul className="space-y-3">
            {items.map((item, i) => (
              <li key={`${item.exerciseId}-${i}`}>
                <ExerciseCard item={item} media={media[item.exerciseId]} instructions="open" />
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
