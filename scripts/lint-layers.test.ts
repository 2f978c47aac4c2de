import { ESLint } from "eslint";
import { beforeAll, describe, expect, it } from "vitest";

/**
 * The layer rules of eslint.config.mjs (docs/decisions/0010-layers-checked-by-the-linter.md),
 * run on one-line files placed in each layer: what must fail fails, what is allowed passes.
 */
let eslint: ESLint;
beforeAll(() => {
  eslint = new ESLint({ cwd: process.cwd() });
});

async function problems(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(`${code}\nexport const used = [x];\n`, { filePath });
  return (result?.messages ?? []).filter((m) => m.ruleId !== null).map((m) => `${m.ruleId}: ${m.message}`);
}

const restricted = expect.arrayContaining([expect.stringMatching(/^@typescript-eslint\/no-restricted-imports: /)]);

describe("layer rules", () => {
  it.each([
    ["components/ui/probe.tsx", 'import { getDb as x } from "@/db/client";'],
    ["components/ui/probe.tsx", 'import { getDb as x } from "../../db/client";'],
    ["components/ui/probe.tsx", 'import { createPatient as x } from "@/app/(therapist)/patients/actions";'],
    ["components/ui/probe.tsx", 'import { getPatientRecord as x } from "@/lib/dal/patient-record";'],
    ["app/(therapist)/probe/page.tsx", 'import { patients as x } from "@/db/schema";'],
    ["lib/clinical/probe.ts", 'import type { Side as x } from "@/db/schema";'],
    ["lib/clinical/probe.ts", 'import { assertCan as x } from "@/lib/dal/guard";'],
    ["lib/dal/probe.ts", 'import { headers as x } from "next/headers";'],
    ["lib/dal/probe.ts", 'import { authedAction as x } from "@/lib/auth/authed-action";'],
    ["lib/pdf/probe.ts", 'import { endProtocolAction as x } from "@/app/(therapist)/patients/[id]/protocol/actions";'],
    ["db/probe.ts", 'import { hashPassword as x } from "@/lib/auth/password";'],
    ["db/schema/probe.ts", 'import { assertCan as x } from "../../lib/dal/guard";'],
  ])("%s may not: %s", async (file, line) => {
    expect(await problems(file, line)).toEqual(restricted);
  });

  it.each([
    ["components/ui/probe.tsx", 'import type { PatientRecord as x } from "@/lib/dal/patient-record";'],
    ["app/(therapist)/probe/page.tsx", 'import type { Side as x } from "@/db/schema";'],
    ["app/(therapist)/probe/page.tsx", 'import { getPatientRecord as x } from "@/lib/dal/patient-record";'],
    ["lib/dal/probe.ts", 'import { getDb as x } from "@/db/client";'],
    ["db/schema/probe.ts", 'import { EXERCISE_GROUPS as x } from "@/lib/clinical/exercise-library";'],
    ["db/probe.ts", 'import { getEnv as x } from "@/lib/env";'],
  ])("%s may: %s", async (file, line) => {
    expect(await problems(file, line)).toEqual([]);
  });

  it("refuses a drizzle delete or update without where", async () => {
    const code = 'import { patients as x } from "@/db/schema";\nexport async function wipe(tx: { delete: (t: unknown) => Promise<void> }) { await tx.delete(x); }';
    expect(await problems("lib/dal/probe.ts", code)).toEqual(expect.arrayContaining([expect.stringMatching(/^drizzle\/enforce-delete-with-where/)]));
  });
});
