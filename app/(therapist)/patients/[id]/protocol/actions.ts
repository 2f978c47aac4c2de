"use server";

import { authedAction } from "@/lib/auth/authed-action";
import { endProtocol, saveProtocol } from "@/lib/dal/protocol-writes";
import { endProtocolSchema, protocolFormSchema } from "@/lib/validation/protocol";

/** Every save is a new version (v1 starts the protocol); older versions are kept for the change list. */
export const saveProtocolAction = authedAction(protocolFormSchema, "write:protocol:clinic", async ({ input, caller, tx }) => {
  const saved = await saveProtocol(caller, tx, input);
  return {
    audit: {
      action: saved.started ? "protocol.started" : "protocol.version-saved",
      entity: "protocol", entityId: saved.protocolId, patientId: saved.patientId, detail: { version: saved.version },
    },
    revalidate: [`/patients/${saved.patientId}`, `/patients/${saved.patientId}/protocol`, "/dashboard"],
    redirectTo: `/patients/${saved.patientId}/protocol?saved=${saved.version}`,
  };
});

export const endProtocolAction = authedAction(endProtocolSchema, "write:protocol:clinic", async ({ input, caller, tx }) => {
  const ended = await endProtocol(caller, tx, input.protocolId);
  return {
    audit: { action: "protocol.ended", entity: "protocol", entityId: ended.protocolId, patientId: ended.patientId },
    revalidate: [`/patients/${ended.patientId}`, `/patients/${ended.patientId}/protocol`, "/dashboard"],
    message: "Protocol ended.",
  };
});
