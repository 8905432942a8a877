// Loaded before each test file under `npm run mutate` (vitest.mutate.config.ts). Property tests get a fixed seed,
// which also fixes their names (fast-check's vitest binding ends each with "with seed=N"), so that Stryker finds
// again the tests that covered a mutant; and fewer runs, since a mutant they can see is caught in the first few.
import { fc } from "@fast-check/vitest";

fc.configureGlobal({ seed: 20260408, numRuns: Number(process.env.MUSE_PROPERTY_RUNS ?? 20) });
