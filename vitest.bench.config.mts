import path from "node:path";
import { defineConfig } from "vitest/config";

// Benchmarks run through vitest only for its module aliases (the DAL imports `server-only`);
// they are not tests, print figures instead of asserting times, and never run in `npm test`.
export default defineConfig({
  resolve: {
    alias: {
      "@": path.resolve(import.meta.dirname),
      "server-only": path.resolve(import.meta.dirname, "lib/testing/empty-module.ts"),
    },
  },
  test: {
    include: ["scripts/bench/**/*.bench-run.ts"],
    environment: "node",
    testTimeout: 900_000,
    hookTimeout: 900_000,
    fileParallelism: false,
  },
});
