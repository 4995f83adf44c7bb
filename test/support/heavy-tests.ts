// Tests kept out of `npm test` because they drive four renderers in Chromium or need a fuzzer from PyPI:
// `npm run test:bench` and `npm run test:fuzz` run them (vitest.heavy.config.ts), and `.ci/run` calls both.
export const RENDER_BENCH_TESTS = ["test/bench/render-bench.test.ts"];
export const API_FUZZ_TESTS = ["test/reliability/schemathesis.test.ts"];
export const HEAVY_TESTS = [...RENDER_BENCH_TESTS, ...API_FUZZ_TESTS];
