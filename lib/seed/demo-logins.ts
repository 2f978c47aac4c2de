/**
 * The demo accounts of DESIGN.md ("Demo data"). No imports, so the terminal banner and the
 * Playwright personas can read them without loading the seed (which reaches server-only DAL code).
 */
export const DEMO_PASSWORD = "stride-demo-2026";

export const DEMO_LOGINS = [
  { email: "admin@riverside.test", role: "admin", clinic: "Riverside Physio" },
  { email: "maya@riverside.test", role: "therapist", clinic: "Riverside Physio" },
  { email: "leo@riverside.test", role: "therapist", clinic: "Riverside Physio" },
  { email: "sam@riverside.test", role: "patient", clinic: "Riverside Physio" },
  { email: "jordan@riverside.test", role: "patient", clinic: "Riverside Physio" },
  { email: "ana@harbor.test", role: "therapist", clinic: "Harbor PT" },
  { email: "kim@harbor.test", role: "patient", clinic: "Harbor PT" },
] as const;
