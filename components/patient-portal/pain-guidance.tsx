import { DEFAULT_PAIN_MONITORING_LIMITS } from "@/lib/clinical/pain-log-types";

/**
 * The pain-monitoring model (Thomeé 1997) in the patient's words. The limit comes from the same
 * constant the triage rules use, so the advice and the flags cannot drift apart.
 */
export function PainGuidance() {
  const limit = DEFAULT_PAIN_MONITORING_LIMITS.acceptableExercisePain;
  return (
    <section aria-labelledby="pain-guidance" className="space-y-3 rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
      <h2 id="pain-guidance" className="text-lg font-semibold text-slate-900">
        How much pain is OK?
      </h2>
      <ul className="list-disc space-y-2 pl-5 text-base leading-relaxed text-slate-800">
        <li>
          Some pain while you exercise is expected and safe: up to <strong>{limit} out of 10</strong> is acceptable.
        </li>
        <li>It should have settled by the next morning. Morning pain back to your usual level means your knee tolerated the load.</li>
        <li>Your pain should not creep up from week to week.</li>
        <li>
          If pain goes above {limit} out of 10 during an exercise, or your knee is worse the next morning, do less next time and tell your therapist.
        </li>
      </ul>
      <p className="text-sm text-slate-600">Logging your pain every day lets your therapist see this and adjust your plan.</p>
    </section>
  );
}
