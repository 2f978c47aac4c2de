import type { FormAction } from "@/lib/auth/action-state";
import { ConfirmAction } from "@/components/ui/confirm-action";

/** Ending is final for this episode (a new protocol can be started), so it always asks first. */
export function EndProtocolButton({ action, protocolId, title, versions }: { action: FormAction; protocolId: string; title: string; versions: number }) {
  return (
    <ConfirmAction
      action={action}
      fields={{ protocolId }}
      trigger="End protocol"
      title={`End “${title}”?`}
      description={
        <p>
          The patient will no longer see it as their current plan. The protocol and its {versions} {versions === 1 ? "version stays" : "versions stay"} in the record, and
          you can start a new protocol afterwards.
        </p>
      }
      confirmLabel="End protocol"
      pendingLabel="Ending…"
    />
  );
}
