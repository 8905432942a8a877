// The test set Stryker runs against each mutant: the in-process tests. Tests that spawn the built binary or a
// child process cannot see a mutant (they run dist/, not the mutated source), and the ../shared integration
// test is slow; they are left out here and still run in `npm test`.
import { defineConfig, mergeConfig } from "vitest/config";
import base from "./vitest.config.js";

export default mergeConfig(
  base,
  defineConfig({
    test: {
      env: { MUSE_PROPERTY_RUNS: "20" },
      setupFiles: ["test/helpers/mutation-setup.ts"],
      // Test files share one module graph per worker: loading zod, yaml and commander once, not once per file,
      // is most of the time of a run that Stryker repeats for every mutant.
      isolate: false,
      exclude: [
        "**/node_modules/**",
        "test/e2e.test.ts",
        "test/corpus.test.ts",
        "test/atomic.test.ts",
        "test/import-april.test.ts",
      ],
    },
  }),
);
