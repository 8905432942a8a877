// Mutation testing of the pure layers (`npm run mutate`; slow, not part of CI). The report lands in reports/.
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
const config = {
  testRunner: "vitest",
  vitest: { configFile: "vitest.mutate.config.ts" },
  // All of src/core and src/render is some 5,000 mutants: about four hours on a two-core machine. The run is scoped
  // to the files that stand between hostile input and the user: reading and checking registry files, settings and
  // names, and every text renderer's escaping. `npx stryker run --mutate "src/core/**/*.ts,src/render/**/*.ts"`
  // runs the lot.
  mutate: [
    "src/core/load/parse-file.ts",
    "src/core/load/yaml-inspect.ts",
    "src/core/load/discover.ts",
    "src/core/load/read-file.ts",
    "src/core/load/link.ts",
    "src/core/setting.ts",
    "src/core/suggest.ts",
    "src/render/sanitize.ts",
    "src/render/markdown.ts",
    "src/render/csv.ts",
    "src/render/json.ts",
    "src/render/format-value.ts",
  ],
  coverageAnalysis: "perTest",
  concurrency: 2,
  incremental: true,
  incrementalFile: "reports/stryker-incremental.json",
  ignoreStatic: true,
  reporters: ["clear-text", "dots", "html", "json"],
  htmlReporter: { fileName: "reports/mutation/index.html" },
  jsonReporter: { fileName: "reports/mutation/mutation.json" },
  thresholds: { high: 90, low: 80, break: null },
  timeoutMS: 10000,
  tempDirName: ".stryker-tmp",
  cleanTempDir: "always",
};
export default config;
