import { defineConfig } from "vitest/config";
import unitConfig from "./vitest.config.mjs";

// Benchmarks run through vitest only for its module aliases (the DAL imports `server-only`);
// they are not tests, print figures instead of asserting times, and never run in `npm test`.
export default defineConfig({
  resolve: unitConfig.resolve,
  test: {
    include: ["scripts/bench/**/*.bench-run.ts"],
    environment: "node",
    testTimeout: 900_000,
    hookTimeout: 900_000,
    fileParallelism: false,
  },
});
