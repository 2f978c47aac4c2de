import { config } from "zod/v4/core";

// Runs in the browser before the app hydrates (Next.js instrumentation-client). On its first parse
// zod probes `new Function("")` to decide whether it may compile validators; the policy allows no
// eval (proxy.ts), so the browser reports that probe as a CSP violation even though zod catches
// it. The forms' validation in the browser is small: run it interpreted, and nothing is reported.
// `config` from zod's core (the same global setting `z.config` writes), not `z` itself: importing
// `z` here put all of zod (30 kB gzipped) into every page's first load, pages without a form too.
config({ jitless: true });
