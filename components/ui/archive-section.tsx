import type { FormAction } from "@/lib/auth/action-state";
import { ConfirmAction } from "./confirm-action";

type Props = {
  /** "exercise", "template": used in the button ("Archive exercise"). */
  noun: string;
  name: string;
  /** What archiving does, shown beside the button. */
  effect: string;
  /** What the confirmation dialog says will happen. */
  confirmation: string;
  action: FormAction;
  fields: Record<string, string>;
};

/** The "Archive" panel at the foot of an edit page: nothing is deleted, and it asks first. */
export function ArchiveSection({ noun, name, effect, confirmation, action, fields }: Props) {
  return (
    <section aria-labelledby="archive-heading" className="rounded-lg border border-slate-200 bg-white p-5">
      <h2 id="archive-heading" className="font-semibold text-slate-900">Archive</h2>
      <p className="mt-1 text-sm text-slate-600">{effect}</p>
      <div className="mt-3">
        <ConfirmAction
          action={action}
          fields={fields}
          trigger={`Archive ${noun}`}
          title={`Archive ${name}?`}
          description={confirmation}
          confirmLabel="Archive"
          pendingLabel="Archiving…"
        />
      </div>
    </section>
  );
}
