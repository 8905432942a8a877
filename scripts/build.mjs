// Bundles the CLI into one file (dist/muse.mjs): one file starts faster than many modules.
import { readFileSync } from "node:fs";
import { build } from "esbuild";

const { version } = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8"));

await build({
  entryPoints: ["src/cli/entry.ts"],
  outfile: "dist/muse.mjs",
  bundle: true,
  platform: "node",
  format: "esm",
  target: "node20",
  minify: false,
  sourcemap: false,
  legalComments: "none",
  define: { __MUSE_VERSION__: JSON.stringify(version) },
  banner: {
    // Some bundled CommonJS dependencies call require(); give the ESM bundle one.
    js: "import { createRequire as __museCreateRequire } from 'node:module'; const require = __museCreateRequire(import.meta.url);",
  },
  logLevel: "warning",
});
