import Link from "next/link";
import { buttonBase, buttonStyles } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import { formatDate } from "@/lib/format";

export type ReturnToRunCardData = { title: string; session: string; since: string; painLimit: number; goodRuns: number };

/**
 * The patient's walk-run stage (docs/clinical/return-to-running.md, "What the patient is told"):
 * the stage their therapist approved and today's session, the agreed pain limit and what to do
 * above it (the pain-monitoring model, Thomeé 1997; the run-pain-high advice), when the stage
 * began and how many good runs the therapist will see. Moving on is the therapist's decision.
 */
export function ReturnToRunCard({ running, headingLevel = 2 }: { running: ReturnToRunCardData; headingLevel?: 2 | 3 }) {
  const Heading = headingLevel === 2 ? "h2" : "h3";
  return (
    <section aria-labelledby="return-to-run" className="space-y-3 rounded-lg border border-slate-200 bg-white p-4 shadow-sm sm:p-5">
      <div>
        <Heading id="return-to-run" className="text-lg font-semibold text-slate-900">
          Return to running
        </Heading>
        <p className="text-2xl font-semibold text-brand-800">{running.title}</p>
      </div>
      <div>
        <p className="text-sm font-medium text-slate-600">Today&apos;s session</p>
        <p className="text-base leading-relaxed text-slate-900">{running.session}</p>
      </div>
      <ul className="list-disc space-y-2 pl-5 text-base leading-relaxed text-slate-800">
        <li>
          Pain while running up to <strong>{running.painLimit} out of 10</strong> is the limit you agreed with your therapist.
        </li>
        <li>
          If pain goes above {running.painLimit} out of 10 while running, keep your next run shorter or easier, or walk instead, and tell your therapist.
        </li>
        <li>Pain should have settled by the next morning. If your knee is worse the next morning than it usually is, do less next time and tell your therapist.</li>
      </ul>
      <p className="text-sm text-slate-600">
        This stage began on {formatDate(running.since)}. Runs since then within your limit and settled by the next morning: {running.goodRuns}. Your
        therapist decides when you move to the next stage.
      </p>
      <Link href="/my/log" className={cn(buttonBase, buttonStyles.secondary, "w-full sm:w-auto")}>
        Log a run
      </Link>
    </section>
  );
}
