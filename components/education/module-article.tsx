import type { EducationModule } from "@/lib/clinical/education";
import { EvidenceTag } from "./evidence-tag";

/** One module as the patient reads it: large, plain type in a readable measure. */
export function ModuleArticle({ lesson }: { lesson: EducationModule }) {
  return (
    <article aria-labelledby="module-title" className="max-w-prose space-y-4">
      <header className="space-y-2">
        <h1 id="module-title" className="text-2xl font-semibold leading-tight text-slate-900">
          {lesson.title}
        </h1>
        <EvidenceTag tag={lesson.evidence} />
        <p className="text-lg font-medium leading-relaxed text-slate-800">{lesson.summary}</p>
      </header>
      {lesson.body.map((block, i) =>
        block.kind === "paragraph" ? (
          <p key={i} className="text-lg leading-relaxed text-slate-800">
            {block.text}
          </p>
        ) : (
          <ul key={i} className="list-disc space-y-2 pl-6 text-lg leading-relaxed text-slate-800">
            {block.items.map((item) => (
              <li key={item}>{item}</li>
            ))}
          </ul>
        ),
      )}
      <p className="border-t border-slate-200 pt-3 text-sm text-slate-600">
        This is general information chosen by your therapist for your plan. Your therapist can tell you how it applies to you.
      </p>
    </article>
  );
}
