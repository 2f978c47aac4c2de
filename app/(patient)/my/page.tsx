import type { Metadata } from "next";
import Link from "next/link";
import { ExerciseCard } from "@/components/patient-portal/exercise-card";
import { ExerciseTick } from "@/components/patient-portal/exercise-tick";
import { TodayLogCard } from "@/components/patient-portal/today-log-card";
import { ReturnToRunCard } from "@/components/patient-portal/return-to-run-card";
import { getMyRunningStage } from "@/lib/dal/my-running";
import { PlanChangeNotes } from "@/components/suggestions/plan-change-note";
import { Card } from "@/components/ui/card";
import { requirePermission } from "@/lib/auth/session";
import { todayInZone } from "@/lib/dates";
import { getMyPlan } from "@/lib/dal/my-plan";
import { currentMediaByExercise } from "@/lib/dal/exercise-media";
import { getOwnPainLog, listOwnCompletions } from "@/lib/dal/pain-logs";
import { getPatientHome } from "@/lib/dal/patient-home";
import { listMyPlanChanges } from "@/lib/dal/suggestion-reads";
import { toggleExerciseDone } from "./actions";
import { DueQuestionnaireCard } from "@/components/outcomes/due-questionnaire-card";
import { myOutcomesAtAGlance } from "@/lib/dal/my-outcomes";

export const metadata: Metadata = { title: "Today" };

function longDay(iso: string): string {
  return new Date(`${iso}T12:00:00`).toLocaleDateString("en-GB", { weekday: "long", day: "numeric", month: "long" });
}

export default async function PatientHomePage() {
  const caller = await requirePermission("read:patient:own");
  // The patient's day is the clinic's day: the same one the log form and the therapist count in.
  const today = todayInZone(caller.timeZone);
  const [home, plan, todayLog, ticks, running, changes, outcomes] = await Promise.all([
    getPatientHome(caller),
    getMyPlan(caller),
    getOwnPainLog(caller, today),
    listOwnCompletions(caller, { from: today, to: today }),
    getMyRunningStage(caller),
    listMyPlanChanges(caller),
    myOutcomesAtAGlance(caller),
  ]);
  // The clinic's own pictures and videos of the prescribed exercises (only those the plan includes).
  const media = plan ? await currentMediaByExercise(caller, plan.items.map((i) => i.exerciseId)) : {};
  const done = new Set(ticks.map((t) => t.exerciseId));
  const doneCount = plan ? new Set(plan.items.filter((i) => done.has(i.exerciseId)).map((i) => i.exerciseId)).size : 0;
  const exerciseCount = plan ? new Set(plan.items.map((i) => i.exerciseId)).size : 0;

  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-semibold text-slate-900">Hello, {home.firstName}</h1>
        <p className="text-slate-600">{longDay(today)}</p>
      </div>

      <DueQuestionnaireCard {...outcomes} today={today} />
      <PlanChangeNotes changes={changes} />
      <TodayLogCard log={todayLog} />

      {running ? <ReturnToRunCard running={running} /> : null}

      {plan ? (
        <section aria-labelledby="today-exercises" className="space-y-3">
          <div>
            <h2 id="today-exercises" className="text-xl font-semibold text-slate-900">
              Today&apos;s exercises
            </h2>
            <p className="text-sm text-slate-600">
              {plan.title} ·{" "}
              <Link href="/my/plan" className="font-medium text-brand-800 underline">
                see the whole plan
              </Link>
            </p>
            <p className="mt-1 text-base font-medium text-slate-800" aria-live="polite">
              {doneCount} of {exerciseCount} done today
            </p>
          </div>
          <ul className="space-y-3">
            {plan.items.map((item, i) => (
              <li key={`${item.exerciseId}-${i}`}>
                <ExerciseCard item={item} media={media[item.exerciseId]} instructions="collapsed">
                  <ExerciseTick exerciseId={item.exerciseId} exerciseName={item.name} done={done.has(item.exerciseId)} action={toggleExerciseDone} />
                </ExerciseCard>
              </li>
            ))}
          </ul>
        </section>
      ) : (
        <Card title="Your plan">
          <p className="text-slate-700">Your therapist has not assigned a plan yet. Your exercises will appear here when they do.</p>
        </Card>
      )}

      {plan ? (
        <Card title="Learn about your knee">
          <p className="text-slate-700">Short reads your therapist chose for your plan.</p>
          <Link href="/my/learn" className="mt-2 inline-flex min-h-11 items-center font-medium text-brand-800 underline">
            Read them in Learn
          </Link>
        </Card>
      ) : null}

      <Card title="Your therapist">
        <p className="text-slate-900">{home.therapistName ?? "Not assigned yet"}</p>
        <p className="text-sm text-slate-600">{home.clinicName}</p>
      </Card>
    </div>
  );
}
