import { DEMO_PASSWORD } from "@/lib/seed/demo-logins";
import { LARGE_CLINIC_THERAPIST } from "@/lib/seed/large-clinic-logins";

/** The demo personas of DESIGN.md, named as the authorization matrix names them. */
export const PERSONAS = {
  admin: { email: "admin@riverside.test", home: "/dashboard" },
  therapist: { email: "maya@riverside.test", home: "/dashboard" },
  otherTherapist: { email: "leo@riverside.test", home: "/dashboard" },
  patientA: { email: "sam@riverside.test", home: "/my" },
  patientB: { email: "jordan@riverside.test", home: "/my" },
  harborTherapist: { email: "ana@harbor.test", home: "/dashboard" },
  harborPatient: { email: "kim@harbor.test", home: "/my" },
  /** End-to-end only (scripts/e2e-server.ts): a clinic of more patients than the table counts. */
  largeClinicTherapist: { email: LARGE_CLINIC_THERAPIST, home: "/dashboard" },
} as const;

export type Persona = keyof typeof PERSONAS;
export const PASSWORD = DEMO_PASSWORD;
export const storageStatePath = (persona: Persona) => `e2e/.auth/${persona}.json`;
