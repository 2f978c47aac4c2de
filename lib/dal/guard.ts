import "server-only";
import { notFound } from "next/navigation";
import type { Caller } from "@/lib/auth/caller";
import { can, type Permission } from "@/lib/auth/permissions";

/**
 * Every DAL function starts here. A missing permission answers exactly like a missing row (404),
 * so nothing tells a caller that something exists outside their scope.
 */
export function assertCan(caller: Caller, permission: Permission): void {
  if (!can(caller.role, permission)) notFound();
}

/** For patient-scoped reads: the patient id comes from the verified session, never from input. */
export function ownPatientId(caller: Caller): string {
  if (caller.role !== "patient" || !caller.patientId) notFound();
  return caller.patientId;
}

export function foundOr404<T>(row: T | undefined | null): T {
  if (row === undefined || row === null) notFound();
  return row;
}
