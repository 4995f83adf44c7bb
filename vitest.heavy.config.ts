// The slow test projects outside `npm test`: "bench" (the render benchmark at a tiny size, four renderers in
// Chromium) and "fuzz" (schemathesis over the OpenAPI document; `npm run setup:fuzz` installs it first).
import { defineConfig } from "vitest/config";
import { API_FUZZ_TESTS, RENDER_BENCH_TESTS } from "./test/support/heavy-tests.js";

export default defineConfig({
  test: {
    projects: [
      { extends: true, test: { name: "bench", include: RENDER_BENCH_TESTS, testTimeout: 240_000 } },
      { extends: true, test: { name: "fuzz", include: API_FUZZ_TESTS, testTimeout: 120_000 } },
    ],
  },
});
