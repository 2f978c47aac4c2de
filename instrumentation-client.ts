import { z } from "zod";

// Runs in the browser before the app hydrates (Next.js instrumentation-client). On its first parse
// zod probes `new Function("")` to decide whether it may compile validators; the policy allows no
// eval (proxy.ts), so the browser reports that probe as a CSP violation even though zod catches
// it. The forms' validation in the browser is small: run it interpreted, and nothing is reported.
z.config({ jitless: true });
