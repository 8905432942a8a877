// Bundles the CLI into dist/:
//   dist/muse.cjs   the program, one minified CommonJS file. Modules it imports with import() (the YAML parser
//                   and zod, most commands) are only run when needed.
//   dist/seed-cache/ the parse cache of the bundled layers (data/, data/epoch/), made by running the built muse
//                   once: a first run after install parses nothing. Entries are keyed by the build and the bytes
//                   of each file, so an edited data file is simply parsed again (and the next build re-seeds).
//   dist/start.cjs  what bin/muse.cjs requires: runs muse.cjs with V8's code cache (src/cli/code-cache.ts), so
//                   that a start neither parses nor compiles the program again. CommonJS like bin/muse.cjs: an
//                   ES module anywhere on the way starts Node's ES module loader, about 10 ms more per run.
//   dist/output-check-worker.cjs  the worker thread that checks an import's output (the loader, yaml and zod) while
//                   the import runs, started only by `muse import`.
//   dist/eee-schema.cjs  the Every Eval Ever schema check (ajv and the schemas), required by muse.cjs only when
//                   `import eee` or `export eee` runs: every other run neither reads nor compiles it.

import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
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

/**
 * The Every Eval Ever schemas (src/import/eee/schemas/*.json) go into dist/eee-schema.cjs as JSON text that is
 * parsed when the module loads: V8 reads a string literal and JSON.parse faster than the same object literal.
 */
const jsonAsText = {
  name: "json-as-text",
  setup(b) {
    b.onLoad({ filter: /[\\/]import[\\/]eee[\\/]schemas[\\/][^\\/]+\.json$/ }, (args) => ({
      contents: `module.exports = JSON.parse(${JSON.stringify(JSON.stringify(JSON.parse(readFileSync(args.path, "utf8"))))});`,
      loader: "js",
    }));
  },
};

/**
 * The EEE schema check (src/import/eee/schema-check.ts: the JSON Schema validator and the schemas, a fifth of
 * the program) is built into dist/eee-schema.cjs, which only `import eee` and `export eee` load: in the main
 * bundle it made every run start a few ms slower.
 */
const eeeSchemaApart = {
  name: "eee-schema-apart",
  setup(b) {
    // `import("…/schema-check.js")` becomes a module that requires the file at run time (the bundle runs in a
    // vm.Script, where a real dynamic import cannot load anything).
    b.onResolve({ filter: /eee\/schema-check\.js$|^\.\/schema-check\.js$/ }, (args) =>
      args.importer.includes(join("src", "")) ? { path: "eee-schema", namespace: "eee-schema" } : undefined,
    );
    b.onLoad({ filter: /.*/, namespace: "eee-schema" }, () => ({
      contents: 'module.exports = require("./eee-schema.cjs");',
      loader: "js",
    }));
    b.onResolve({ filter: /^\.\/eee-schema\.cjs$/ }, () => ({ path: "./eee-schema.cjs", external: true }));
  },
};

/**
 * The YAML parser and zod (together half of the program's text) are built into bundles of their own,
 * dist/vendor-yaml.cjs and dist/vendor-zod.cjs, required when code that uses them first runs: a query answered from
 * the parse cache or the bundled snapshot parses no YAML and checks no schema, and no longer reads, or
 * deserialises the code cache of, what it never runs (a warm `muse compare` ~4% faster).
 */
const VENDORED = ["yaml", "zod"];
const vendorsApart = {
  name: "vendors-apart",
  setup(b) {
    const names = new RegExp(`^(${VENDORED.join("|")})$`);
    b.onResolve({ filter: names }, (args) => ({ path: `./vendor-${args.path}.cjs`, external: true }));
  },
};

const minify = !process.argv.includes("--no-minify");
/** What every bundle shares: one CommonJS file for Node 20. */
const NODE_BUNDLE = { bundle: true, platform: "node", format: "cjs", target: "node20", logLevel: "warning" };
/** What every shipped bundle (in dist/) shares besides: minified unless --no-minify, no licence comments. */
const SHIPPED = { ...NODE_BUNDLE, minify, legalComments: "none" };
const fingerprint = cacheFingerprint();
rmSync(join(root, "dist"), { recursive: true, force: true });
await build({
  entryPoints: [join(root, "src/cli/entry.ts")],
  outfile: join(root, "dist", "muse.cjs"),
  ...SHIPPED,
  define: {
    __MUSE_VERSION__: JSON.stringify(version),
    __MUSE_CACHE_FINGERPRINT__: JSON.stringify(fingerprint),
    "import.meta.url": "__museImportMetaUrl",
  },
  banner: { js: 'var __museImportMetaUrl = require("node:url").pathToFileURL(__filename).href;' },
  plugins: [lazyChildProcess, narrowStringWidth, eeeSchemaApart, vendorsApart],
});
for (const name of VENDORED) {
  await build({
    stdin: { contents: `export * from ${JSON.stringify(name)};`, resolveDir: root, loader: "js" },
    outfile: join(root, "dist", `vendor-${name}.cjs`),
    ...SHIPPED,
  });
}
await build({
  entryPoints: [join(root, "src/import/eee/schema-check.ts")],
  outfile: join(root, "dist", "eee-schema.cjs"),
  ...SHIPPED,
  plugins: [jsonAsText],
});
// The output check of imports on a worker thread (src/cli/output-check.ts), loaded only by `muse import`.
await build({
  entryPoints: [join(root, "src/cli/output-check-worker.ts")],
  outfile: join(root, "dist", "output-check-worker.cjs"),
  ...SHIPPED,
  define: { "import.meta.url": "__museWorkerUrl" },
  banner: { js: 'var __museWorkerUrl = require("node:url").pathToFileURL(__filename).href;' },
});
/** A built file's hash (it names its code caches) and how the loader reads it: latin1 when all ASCII. */
const bundleFacts = (name) => {
  const bytes = readFileSync(join(root, "dist", name));
  const hash = createHash("sha1").update(bytes).digest("hex").slice(0, 20);
  return { hash, encoding: bytes.every((b) => b < 0x80) ? "latin1" : "utf8" };
};
const program = bundleFacts("muse.cjs");
// The loader reads a bundle as latin1 when every byte is ASCII (its text then, without UTF-8's decoding). The
// program's must be in a release build (esbuild escapes non-ASCII in strings, not in regular expressions: write those
// as \u escapes); a --no-minify build keeps comments, which may not be, and is read as UTF-8.
if (program.encoding !== "latin1" && minify) {
  const text = readFileSync(join(root, "dist", "muse.cjs"), "latin1");
  const at = /[^\x00-\x7f]/.exec(text)?.index ?? 0;
  throw new Error(
    `dist/muse.cjs must be ASCII; found a non-ASCII byte in: ${JSON.stringify(text.slice(Math.max(0, at - 60), at + 20))}`,
  );
}
// The bundles the program requires beside it, each run by the loader with a code cache of its own.
const siblings = Object.fromEntries(
  [...VENDORED.map((name) => `vendor-${name}.cjs`), "eee-schema.cjs"].map((name) => [`./${name}`, bundleFacts(name)]),
);
await build({
  entryPoints: [join(root, "src/cli/start.ts")],
  outfile: join(root, "dist", "start.cjs"),
  ...SHIPPED,
  define: {
    __MUSE_BUNDLE_HASH__: JSON.stringify(program.hash),
    __MUSE_BUNDLE_ENCODING__: JSON.stringify(program.encoding),
    __MUSE_SIBLINGS__: JSON.stringify(siblings),
    "import.meta.url": "__museStartUrl",
  },
  banner: { js: 'var __museStartUrl = require("node:url").pathToFileURL(__filename).href;' },
});

// The parse cache of the bundled layers, made by the built muse itself (same code, same keys as at run time).
const seedHome = mkdtempSync(join(tmpdir(), "muse-seed-"));
try {
  const seeded = spawnSync(process.execPath, [join(root, "bin", "muse.cjs"), "validate"], {
    env: { PATH: process.env.PATH ?? "", XDG_CACHE_HOME: seedHome, XDG_DATA_HOME: join(seedHome, "no-data") },
    encoding: "utf8",
  });
  if (seeded.status !== 0) throw new Error(`seeding the parse cache failed: ${seeded.stderr}`);
  // Laid out as a cache directory (seed-cache/parsed/*.jsonl), so that the loader reads it as it reads a user's.
  mkdirSync(join(root, "dist", "seed-cache", "parsed"), { recursive: true });
  for (const name of readdirSync(join(seedHome, "muse", "parsed"))) {
    copyFileSync(join(seedHome, "muse", "parsed", name), join(root, "dist", "seed-cache", "parsed", name));
  }
} finally {
  rmSync(seedHome, { recursive: true, force: true });
}

// The linked snapshot of the default layers (src/core/cache/linked-snapshot.ts), made by the same code with the same
// fingerprint, bundled into dist/ for the moment it runs so that it finds the bundled registry as muse does.
const snapshotter = join(root, "dist", "seed-snapshot.cjs");
try {
  await build({
    entryPoints: [join(root, "scripts/seed-snapshot.ts")],
    outfile: snapshotter,
    ...NODE_BUNDLE,
    define: { __MUSE_CACHE_FINGERPRINT__: JSON.stringify(fingerprint), "import.meta.url": "__museSnapshotUrl" },
    banner: { js: 'var __museSnapshotUrl = require("node:url").pathToFileURL(__filename).href;' },
  });
  const made = spawnSync(process.execPath, [snapshotter], { env: { PATH: process.env.PATH ?? "" }, encoding: "utf8" });
  if (made.status !== 0) throw new Error(`making the linked snapshot failed: ${made.stderr}`);
} finally {
  rmSync(snapshotter, { force: true });
}
