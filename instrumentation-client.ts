// Runs in the browser before the app hydrates (Next.js instrumentation-client). On its first parse
// zod probes `new Function("")` to decide whether it may compile validators; the policy allows no
// eval (proxy.ts), so the browser reports that probe as a CSP violation even though zod catches
// it. The forms' validation in the browser is small: run it interpreted, and nothing is reported.
//
// Written into the object zod keeps its settings in (`globalThis.__zod_globalConfig`, which
// zod/v4/core creates only if it is missing and which `z.config()` writes), not through an import:
// this file is in every page's first load, and most pages (the patient portal's) load no zod at
// all. Whichever runs first, zod and this line share the one object.
const zodSettings = ((globalThis as { __zod_globalConfig?: Record<string, unknown> }).__zod_globalConfig ??= {});
zodSettings.jitless = true;

// A module (for the type checker and the test that imports it); it exports nothing.
export {};
