// Bundles the CLI into dist/: dist/muse.mjs (what bin/muse.js starts) and chunks that it imports only when
// needed (the YAML parser and zod, loaded when a registry file is not in the parse cache). Minified: less
// for Node to read and compile at every start.
import { createHash } from "node:crypto";
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
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

// Some bundled CommonJS dependencies call require(); the chunks that do get one (the others skip the cost).
const REQUIRE_BANNER =
  "import { createRequire as __museCreateRequire } from 'node:module'; const require = __museCreateRequire(import.meta.url);\n";

rmSync(join(root, "dist"), { recursive: true, force: true });
const result = await build({
  entryPoints: { muse: join(root, "src/cli/entry.ts") },
  outdir: join(root, "dist"),
  outExtension: { ".js": ".mjs" },
  chunkNames: "chunks/[name]-[hash]",
  bundle: true,
  splitting: true,
  platform: "node",
  format: "esm",
  target: "node20",
  minify: !process.argv.includes("--no-minify"),
  sourcemap: false,
  legalComments: "none",
  define: {
    __MUSE_VERSION__: JSON.stringify(version),
    __MUSE_CACHE_FINGERPRINT__: JSON.stringify(cacheFingerprint()),
  },
  plugins: [lazyChildProcess],
  write: false,
  logLevel: "warning",
});
for (const file of result.outputFiles) {
  mkdirSync(dirname(file.path), { recursive: true });
  writeFileSync(file.path, /\brequire\b/.test(file.text) ? REQUIRE_BANNER + file.text : file.text);
}
