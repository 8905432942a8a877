// Bundles the CLI into dist/:
//   dist/muse.cjs   the program, one minified CommonJS file. Modules it imports with import() (the YAML parser
//                   and zod, most commands) are only run when needed.
//   dist/start.cjs  what bin/muse.cjs requires: runs muse.cjs with V8's code cache (src/cli/code-cache.ts), so
//                   that a start neither parses nor compiles the program again. CommonJS like bin/muse.cjs: an
//                   ES module anywhere on the way starts Node's ES module loader, about 10 ms more per run.
import { createHash } from "node:crypto";
import { readdirSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

const root = fileURLToPath(new URL("..", import.meta.url));
const packageJson = (path) => JSON.parse(readFileSync(join(root, path), "utf8"));
const { version } = packageJson("package.json");

/** A hash of everything that decides what the parse cache holds: entries from another build are never used. */
function cacheFingerprint() {
  const hash = createHash("sha1");
  hash.update(`muse ${version}\0yaml ${packageJson("node_modules/yaml/package.json").version}\0`);
  hash.update(`zod ${packageJson("node_modules/zod/package.json").version}\0`);
  const core = join(root, "src", "core");
  const files = readdirSync(core, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name))
    .sort();
  for (const file of files) hash.update(`${file.slice(root.length)}\0`).update(readFileSync(file));
  return `${version}-${hash.digest("hex").slice(0, 16)}`;
}

/**
 * commander loads node:child_process at start-up for executable subcommands, which muse does not use; give
 * it a stand-in that loads the real module on first use, so that every run does not pay for it.
 */
const lazyChildProcess = {
  name: "lazy-child-process",
  setup(b) {
    b.onResolve({ filter: /^node:child_process$/ }, (args) =>
      args.importer.includes(`${join("node_modules", "commander")}`)
        ? { path: "lazy", namespace: "lazy-child-process" }
        : undefined,
    );
    b.onLoad({ filter: /.*/, namespace: "lazy-child-process" }, () => ({
      contents:
        'let real; module.exports = new Proxy({}, { get: (_, key) => (real ??= require("node:child_process"))[key] });',
      loader: "js",
    }));
  },
};

/**
 * cli-table3 measures every cell with string-width, which runs a large emoji regex over each one (compiling it
 * is most of a small table's drawing time); give it src/render/text-width.ts, which returns string-width's answer
 * without that work for narrow text (the two are compared on random text in test/columns.test.ts).
 */
const narrowStringWidth = {
  name: "narrow-string-width",
  setup(b) {
    b.onResolve({ filter: /^string-width$/ }, (args) =>
      args.importer.includes(`${join("node_modules", "cli-table3")}`)
        ? { path: "text-width", namespace: "narrow-string-width" }
        : undefined,
    );
    b.onLoad({ filter: /.*/, namespace: "narrow-string-width" }, () => ({
      contents: `module.exports = require(${JSON.stringify(join(root, "src/render/text-width.ts"))}).textWidth;`,
      resolveDir: root,
      loader: "js",
    }));
  },
};

const minify = !process.argv.includes("--no-minify");
rmSync(join(root, "dist"), { recursive: true, force: true });
await build({
  entryPoints: [join(root, "src/cli/entry.ts")],
  outfile: join(root, "dist", "muse.cjs"),
  bundle: true,
  platform: "node",
  format: "cjs",
  target: "node20",
  minify,
  sourcemap: false,
  legalComments: "none",
  define: {
    __MUSE_VERSION__: JSON.stringify(version),
    __MUSE_CACHE_FINGERPRINT__: JSON.stringify(cacheFingerprint()),
    "import.meta.url": "__museImportMetaUrl",
  },
  banner: { js: 'var __museImportMetaUrl = require("node:url").pathToFileURL(__filename).href;' },
  plugins: [lazyChildProcess, narrowStringWidth],
  logLevel: "warning",
});
const bundleHash = createHash("sha1")
  .update(readFileSync(join(root, "dist", "muse.cjs")))
  .digest("hex")
  .slice(0, 20);
await build({
  entryPoints: [join(root, "src/cli/start.ts")],
  outfile: join(root, "dist", "start.cjs"),
  bundle: true,
  platform: "node",
  format: "cjs",
  target: "node20",
  minify,
  legalComments: "none",
  define: { __MUSE_BUNDLE_HASH__: JSON.stringify(bundleHash), "import.meta.url": "__museStartUrl" },
  banner: { js: 'var __museStartUrl = require("node:url").pathToFileURL(__filename).href;' },
  logLevel: "warning",
});
