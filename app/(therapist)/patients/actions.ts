"use server";

import { authedAction } from "@/lib/auth/authed-action";
import { appBaseUrl } from "@/lib/app-url";
import { createPatientInvite } from "@/lib/dal/invites";
import { createPatientResetLink } from "@/lib/dal/reset-links";
import { createPatientRecord, setPatientArchived, updatePatientRecord } from "@/lib/dal/patient-writes";
import { patientIdField, patientSchema, patientUpdateSchema } from "@/lib/validation/patient";

export const createPatient = authedAction(patientSchema, "write:patient:clinic", async ({ input, caller, tx }) => {
  const id = await createPatientRecord(tx, caller, input);
  return {
    audit: { action: "patient.created", entity: "patient", entityId: id, patientId: id },
    revalidate: ["/patients", "/dashboard"],
    redirectTo: `/patients/${id}?saved=created`,
  };
});

export const updatePatient = authedAction(patientUpdateSchema, "write:patient:clinic", async ({ input: { patientId, ...input }, caller, tx }) => {
  await updatePatientRecord(tx, caller, patientId, input);
  return {
    audit: { action: "patient.updated", entity: "patient", entityId: patientId, patientId },
    revalidate: ["/patients", `/patients/${patientId}`],
    redirectTo: `/patients/${patientId}?saved=updated`,
  };
});

export const archivePatient = authedAction(patientIdField, "write:patient:clinic", async ({ input: { patientId }, caller, tx }) => {
  await setPatientArchived(tx, caller, patientId, true);
  return {
    audit: { action: "patient.archived", entity: "patient", entityId: patientId, patientId },
    revalidate: ["/patients", `/patients/${patientId}`, "/dashboard"],
    message: "Patient archived. They no longer appear in the active list; nothing was deleted.",
  };
});

export const unarchivePatient = authedAction(patientIdField, "write:patient:clinic", async ({ input: { patientId }, caller, tx }) => {
  await setPatientArchived(tx, caller, patientId, false);
  return {
    audit: { action: "patient.unarchived", entity: "patient", entityId: patientId, patientId },
    revalidate: ["/patients", `/patients/${patientId}`, "/dashboard"],
    message: "Patient restored to the active list.",
  };
});

export const createPortalInvite = authedAction(patientIdField, "invite:patient:clinic", async ({ input: { patientId }, caller, tx }) => {
  const { token, expiresAt } = await createPatientInvite(tx, caller, patientId);
  return {
    audit: { action: "invite.created", entity: "patient", entityId: patientId, patientId, detail: { expiresAt: expiresAt.toISOString() } },
    revalidate: [`/patients/${patientId}`],
    message: "Invite link created. Copy it now: for the patient's privacy it is shown only once. Any earlier link no longer works.",
    data: { link: `${await appBaseUrl()}/invite/${token}`, expiresAt: expiresAt.toISOString() },
  };
});

/** "Reset portal access": a new single-use link; the patient's current password works until it is used. */
export const resetPortalAccess = authedAction(patientIdField, "invite:patient:clinic", async ({ input: { patientId }, caller, tx }) => {
  const { token, expiresAt, inviteId, userId } = await createPatientResetLink(tx, caller, patientId);
  return {
    audit: { action: "portal-reset.created", entity: "user", entityId: userId, patientId, detail: { link: inviteId, expiresAt: expiresAt.toISOString() } },
    revalidate: [`/patients/${patientId}`],
    message: "Reset link created. Copy it now: it is shown only once. The patient's current password keeps working until they use it.",
    data: { link: `${await appBaseUrl()}/reset/${token}`, expiresAt: expiresAt.toISOString() },
  };
});
