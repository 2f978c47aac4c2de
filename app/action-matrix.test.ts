import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { createSession, createUser } from "@/lib/seed/factories";
import { users, type Role } from "@/db/schema";
import type { ActionState } from "@/lib/auth/action-state";
import { resetEnvCache } from "@/lib/env";
import { setupTestDatabase } from "@/lib/testing/test-database";
import { createTwoClinicWorld, NOT_FOUND } from "@/lib/testing/world";

/**
 * The authorization matrix for server actions: every exported action of every actions file under
 * app/, found by globbing the code (so a new action without an expected answer fails the first
 * test), called by every persona through the REAL session check (lib/auth/session.ts: the
 * server-side session row, the disabled flag) with next-auth's cookie reading stubbed.
 *
 * An empty form carries no ids, so this proves the permission boundary of each action; scoping of
 * ids (another clinic's patient, patient B's run) is proven per feature in the DAL and action
 * tests, with forged ids.
 */
const persona = vi.hoisted(() => ({ current: null as null | { userId: string; sessionId: string } }));
vi.mock("next-auth/jwt", () => ({
  getToken: async () => (persona.current ? { uid: persona.current.userId, sid: persona.current.sessionId } : null),
}));
vi.mock("next/server", () => ({ connection: async () => undefined }));
vi.mock("next/headers", () => import("@/lib/testing/next-mocks"));
vi.mock("next/cache", () => import("@/lib/testing/next-mocks"));

const modules = import.meta.glob<Record<string, unknown>>(["./**/actions.ts", "./**/*-actions.ts"]);

type Persona = "anonymous" | "disabled" | "patientA" | "patientB" | "therapist" | "admin" | "otherTherapist";
const PERSONAS: Persona[] = ["anonymous", "disabled", "patientA", "patientB", "therapist", "admin", "otherTherapist"];

/** Who may use each action. "link" = anyone holding a single-use link: the token is the credential. */
type Allowed = readonly Role[] | "link";
const STAFF = ["therapist", "admin"] as const;
const ADMIN = ["admin"] as const;
const PATIENT = ["patient"] as const;
const EVERYONE = ["patient", "therapist", "admin"] as const;

const EXPECTED: Record<string, Allowed> = {
  "(account)/account/actions.ts#changePasswordAction": EVERYONE,
  "(account)/account/actions.ts#signOutOtherSessionsAction": EVERYONE,
  "(auth)/invite/[token]/actions.ts#acceptPortalInvite": "link",
  "(auth)/reset/[token]/actions.ts#resetPassword": "link",
  "(patient)/my/actions.ts#toggleExerciseDone": PATIENT,
  "(patient)/my/log/actions.ts#savePainLog": PATIENT,
  "(patient)/my/log/run-actions.ts#addRun": PATIENT,
  "(patient)/my/log/run-actions.ts#updateRun": PATIENT,
  "(patient)/my/log/run-actions.ts#deleteRun": PATIENT,
  "(patient)/my/outcomes/actions.ts#saveAkpsDraft": PATIENT,
  "(patient)/my/outcomes/actions.ts#submitAkps": PATIENT,
  "(therapist)/admin/clinic/actions.ts#updateClinicSettingsAction": ADMIN,
  "(therapist)/admin/therapists/actions.ts#inviteStaff": ADMIN,
  "(therapist)/admin/therapists/actions.ts#changeRole": ADMIN,
  "(therapist)/admin/therapists/actions.ts#setStaffStatus": ADMIN,
  "(therapist)/admin/therapists/actions.ts#createStaffReset": ADMIN,
  "(therapist)/dashboard/actions.ts#reviewFlag": STAFF,
  "(therapist)/exercises/actions.ts#createExerciseAction": STAFF,
  "(therapist)/exercises/actions.ts#updateExerciseAction": STAFF,
  "(therapist)/exercises/actions.ts#duplicateExerciseAction": STAFF,
  "(therapist)/exercises/actions.ts#archiveExerciseAction": STAFF,
  "(therapist)/exercises/actions.ts#removeExerciseMediaAction": STAFF,
  "(therapist)/patients/[id]/flag-actions.ts#reviewAllFlags": STAFF,
  "(therapist)/patients/[id]/outcome-actions.ts#requestAkpsAction": STAFF,
  "(therapist)/patients/[id]/outcome-actions.ts#cancelAkpsAction": STAFF,
  "(therapist)/patients/[id]/suggestion-actions.ts#approveSuggestionAction": STAFF,
  "(therapist)/patients/[id]/suggestion-actions.ts#dismissSuggestionAction": STAFF,
  "(therapist)/patients/[id]/protocol/actions.ts#saveProtocolAction": STAFF,
  "(therapist)/patients/[id]/protocol/actions.ts#endProtocolAction": STAFF,
  "(therapist)/patients/actions.ts#createPatient": STAFF,
  "(therapist)/patients/actions.ts#updatePatient": STAFF,
  "(therapist)/patients/actions.ts#archivePatient": STAFF,
  "(therapist)/patients/actions.ts#unarchivePatient": STAFF,
  "(therapist)/patients/actions.ts#createPortalInvite": STAFF,
  "(therapist)/patients/actions.ts#resetPortalAccess": STAFF,
  "(therapist)/templates/actions.ts#createTemplateAction": STAFF,
  "(therapist)/templates/actions.ts#updateTemplateAction": STAFF,
  "(therapist)/templates/actions.ts#archiveTemplateAction": STAFF,
  "(therapist)/templates/actions.ts#duplicateTemplateAction": STAFF,
};

type Action = (prev: ActionState, formData: FormData) => Promise<ActionState>;
const t = setupTestDatabase();
const actions = new Map<string, Action>();
const signIns = new Map<Persona, { userId: string; sessionId: string; role: Role } | null>();

beforeAll(async () => {
  process.env.NEXTAUTH_SECRET ??= "action-matrix-secret-not-for-production";
  resetEnvCache();
  for (const [path, load] of Object.entries(modules)) {
    for (const [name, value] of Object.entries(await load())) {
      if (typeof value === "function") actions.set(`${path.replace(/^\.\//, "")}#${name}`, value as Action);
    }
  }
  const db = t.db();
  const w = await createTwoClinicWorld(db);
  const disabled = await createUser(db, { clinicId: w.home.id, role: "therapist" });
  await db.update(users).set({ disabledAt: new Date() }).where(eq(users.id, disabled.id));
  const open = async (caller: { userId: string; clinicId: string; role: Role }) => {
    const row = await createSession(db, { userId: caller.userId, clinicId: caller.clinicId });
    return { userId: caller.userId, sessionId: row.id, role: caller.role };
  };
  signIns.set("anonymous", null);
  signIns.set("disabled", await open({ userId: disabled.id, clinicId: w.home.id, role: "therapist" }));
  for (const p of ["patientA", "patientB", "therapist", "admin", "otherTherapist"] as const) signIns.set(p, await open(w.as[p]));
});

describe("server action authorization matrix", () => {
  it("knows every action in the code, and every entry names an action that exists", () => {
    const found = [...actions.keys()].sort();
    expect(found.filter((key) => !(key in EXPECTED))).toEqual([]);
    expect(Object.keys(EXPECTED).filter((key) => !actions.has(key))).toEqual([]);
    expect(found).toHaveLength(Object.keys(EXPECTED).length);
  });

  it(`answers every action x persona as expected (${Object.keys(EXPECTED).length} actions x ${PERSONAS.length} personas)`, async () => {
    const answers: string[] = [];
    for (const [key, allowed] of Object.entries(EXPECTED)) {
      const action = actions.get(key) as Action;
      for (const who of PERSONAS) {
        const signIn = signIns.get(who) ?? null;
        persona.current = signIn;
        let answer: string;
        try {
          const state = await action({}, new FormData());
          answer = state.ok ? "ok" : "refused-input";
        } catch (error) {
          const digest = String((error as { digest?: string }).digest ?? (error as Error).message);
          answer = NOT_FOUND.test(digest) ? "404" : digest.startsWith("NEXT_REDIRECT") && digest.includes("/login") ? "login" : `error: ${digest.slice(0, 80)}`;
        }
        const expected =
          allowed === "link" ? "refused-input" // no token: nothing to act on, and never a session needed
          : !signIn || who === "disabled" ? "login" // no session, or a disabled account: no session at all
          : allowed.includes(signIn.role) ? "allowed"
          : "404";
        const got = answer === "ok" || answer === "refused-input" ? (allowed === "link" ? answer : "allowed") : answer;
        answers.push(`${key} as ${who}: ${got === expected ? "as expected" : `expected ${expected}, got ${answer}`}`);
      }
    }
    expect(answers.filter((a) => !a.endsWith("as expected"))).toEqual([]);
    expect(answers).toHaveLength(Object.keys(EXPECTED).length * PERSONAS.length);
  });
});
