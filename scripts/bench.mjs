// `npm run bench`: how fast muse starts and how it scales, each figure against a baseline measured in
// the same run (the two commands alternate, several rounds, medians). Prints one table.
//   node scripts/bench.mjs [--rounds 10] [--sizes 1000,10000,100000] [--no-build] [--keep]
// Targets (reported, never asserted in unit tests): start-up ≤ 1.5× `node -e 0`; at 100k scores, warm
// ≤ 1× jq on the same rows, cold < 3 s, peak RSS < 300 MiB.
import { spawnSync } from "node:child_process";
import {
  appendFileSync,
  closeSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { cpus, tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { writeEpochRelease } from "./bench/gen-epoch.mjs";
import { writeEvalLogs } from "./bench/gen-logs.mjs";
import { compareRuns, HAVE_TIME, have } from "./bench/harness.mjs";
import { mib, ms, ratio, renderTable } from "./bench/table.mjs";
import { writeRegistry } from "./gen-registry.mjs";

const ROOT = dirname(dirname(fileURLToPath(import.meta.url)));
const { values: opts } = parseArgs({
  options: {
    rounds: { type: "string", default: "10" },
    sizes: { type: "string", default: "1000,10000,100000" },
    "no-build": { type: "boolean", default: false },
    keep: { type: "boolean", default: false },
  },
});
const ROUNDS = Number(opts.rounds);
const SCALE_ROUNDS = Math.max(3, Math.round(ROUNDS / 2));
const SIZES = opts.sizes.split(",").filter(Boolean).map(Number);
const BENCH = "arc-agi-2";
const MiB300 = 300 * 1024;

if (!opts["no-build"]) {
  const built = spawnSync(process.execPath, [join(ROOT, "scripts/build.mjs")], { stdio: "inherit" });
  if (built.status !== 0) process.exit(built.status ?? 1);
}

const work = mkdtempSync(join(tmpdir(), "muse-bench-"));
const cacheHome = join(work, "cache");
// No fetched Epoch data: the default layers are the bundled ones (launch articles + Epoch's April release).
const env = { ...process.env, XDG_CACHE_HOME: cacheHome, XDG_DATA_HOME: join(work, "data"), NO_COLOR: "1" };
delete env.MUSE_REGISTRY;
delete env.FORCE_COLOR;
const MUSE = [process.execPath, join(ROOT, "bin/muse.cjs")];
const NODE0 = { cmd: [process.execPath, "-e", "0"], env };
const muse = (...args) => spawnSync(MUSE[0], [...MUSE.slice(1), ...args], { env, encoding: "utf8" });
/** Whether `muse [parent] --help` lists `name` among its commands (an unknown one would just print help). */
const hasCommand = (name, parent) => {
  const help = muse(...(parent ? [parent] : []), "--help");
  return help.status === 0 && new RegExp(`^\\s+${name}\\b`, "m").test(help.stdout);
};

// `compare` is the query the issue names; until it exists, `scores` selects the same rows.
const QUERY = hasCommand("compare") ? "compare" : "scores";
const HAVE_JQ = have("jq");
const rows = [];
const log = (text) => process.stderr.write(`bench: ${text}\n`);

log(
  `node ${process.version}, ${cpus().length} CPUs, query \`muse ${QUERY} --bench ${BENCH}\`, ${ROUNDS} rounds (scale ${SCALE_ROUNDS})`,
);
if (!HAVE_TIME) log("/usr/bin/time not found (Debian package `time`): peak RSS is not measured");

// 1. Start-up on the bundled registry (the default layers: launch articles, then Epoch's April release), warm.
for (const [figure, args] of [
  [`start-up: muse ${QUERY} --bench ${BENCH}`, [QUERY, "--bench", BENCH]],
  ["start-up: muse --version", ["--version"]],
]) {
  log(figure);
  const r = compareRuns({ cmd: [...MUSE, ...args], env }, NODE0, ROUNDS);
  const x = r.subject.ms / r.baseline.ms;
  rows.push({
    figure,
    value: ms(r.subject.ms),
    baselineName: "node -e 0",
    baseline: ms(r.baseline.ms),
    ratio: ratio(r.subject.ms, r.baseline.ms),
    target: "≤ 1.50×",
    pass: x <= 1.5,
  });
}

// 1b. With Epoch's April release bundled (the default layers): a first run after install (no parse cache) must
// answer within 0.5 s; the launch articles alone for comparison.
{
  const clearCache = () => rmSync(cacheHome, { recursive: true, force: true });
  log(`first run (no cache): muse ${QUERY} --bench ${BENCH}`);
  const first = compareRuns({ cmd: [...MUSE, QUERY, "--bench", BENCH], env, before: clearCache }, NODE0, ROUNDS);
  rows.push({
    figure: `first run, no cache: muse ${QUERY} --bench ${BENCH} (launch + Epoch)`,
    value: ms(first.subject.ms),
    baselineName: "node -e 0",
    baseline: ms(first.baseline.ms),
    ratio: ratio(first.subject.ms, first.baseline.ms),
    target: "< 500 ms",
    pass: first.subject.ms < 500,
  });
  log(`start-up, launch layer only: muse ${QUERY} --bench ${BENCH} --registry launch`);
  const launch = compareRuns({ cmd: [...MUSE, QUERY, "--bench", BENCH, "--registry", "launch"], env }, NODE0, ROUNDS);
  rows.push({
    figure: `start-up: muse ${QUERY} --bench ${BENCH} --registry launch`,
    value: ms(launch.subject.ms),
    baselineName: "node -e 0",
    baseline: ms(launch.baseline.ms),
    ratio: ratio(launch.subject.ms, launch.baseline.ms),
    target: "",
    pass: null,
  });
}

// 2. Scale: synthetic registries, cold and warm, against jq on the same data exported as JSON.
for (const size of SIZES) {
  const label = size >= 1000 ? `${size / 1000}k` : String(size);
  const dir = join(work, `reg-${label}`);
  log(`${label}: generating`);
  writeRegistry(dir, size);
  const json = join(work, `reg-${label}.json`);
  const fd = openSync(json, "w");
  const exported = spawnSync(MUSE[0], [...MUSE.slice(1), "--registry", dir, "scores", "--json"], {
    env,
    stdio: ["ignore", fd, "pipe"],
  });
  closeSync(fd);
  if (exported.status !== 0) throw new Error(`export of ${label} failed: ${exported.stderr}`);

  const query = [...MUSE, "--registry", dir, QUERY, "--bench", BENCH];
  const filter = `[.[] | select(.benchmark == "${BENCH}")] | sort_by((.setting | tojson), -.value)`;
  const jq = HAVE_JQ ? { cmd: ["jq", filter, json], env } : null;
  const sourceFiles = readdirSync(join(dir, "sources")).map((f) => join(dir, "sources", f));
  let edits = 0;
  const editOneFile = () => appendFileSync(sourceFiles[edits++ % sourceFiles.length], `# bench edit ${edits}\n`);
  const clearCache = () => rmSync(cacheHome, { recursive: true, force: true });
  const big = size >= 100_000;

  for (const [kind, before] of [
    ["warm (repeat)", undefined],
    ["cold (1 file edited)", editOneFile],
    ["cold (no cache)", clearCache],
  ]) {
    log(`${label}: ${kind}`);
    const figure = `${label} scores: ${kind}`;
    const subject = { cmd: query, env, before };
    const r = jq ? compareRuns(subject, jq, SCALE_ROUNDS) : compareRuns(subject, subject, SCALE_ROUNDS);
    const jqMs = jq ? r.baseline.ms : null;
    const isWarm = before === undefined;
    rows.push({
      figure,
      value: ms(r.subject.ms),
      baselineName: jq ? "jq" : "jq (not installed)",
      baseline: ms(jqMs),
      ratio: ratio(r.subject.ms, jqMs),
      target: big ? (isWarm ? "≤ 1.00× jq" : "< 3 s") : "",
      pass: !big ? null : isWarm ? (jqMs === null ? null : r.subject.ms <= jqMs) : r.subject.ms < 3000,
    });
    rows.push({
      figure: `${label} peak RSS: ${kind}`,
      value: mib(r.subject.rssKiB),
      baselineName: jq ? "jq" : "jq (not installed)",
      baseline: mib(jq ? r.baseline.rssKiB : null),
      ratio: ratio(r.subject.rssKiB, jq ? r.baseline.rssKiB : null),
      target: big ? "< 300 MiB" : "",
      pass: !big || r.subject.rssKiB === null ? null : r.subject.rssKiB < MiB300,
    });
  }
}

// 3. The Epoch import of the whole April release, when ../shared and the command are both there.
const epoch = join(ROOT, "..", "shared", "datasets", "epoch-benchmarking-hub-2026-04");
const importFigure = "Epoch import (April release)";
if (!existsSync(epoch)) rows.push({ figure: importFigure, skipped: `${epoch} not present` });
else if (!/\bepoch\b/.test(muse("import", "--help").stdout ?? "")) {
  rows.push({ figure: importFigure, skipped: "no `muse import epoch` command yet" });
} else {
  log(importFigure);
  const out = join(work, "epoch-out");
  const csvs = readdirSync(epoch)
    .filter((f) => f.endsWith(".csv"))
    .map((f) => join(epoch, f));
  const subject = {
    cmd: [...MUSE, "import", "epoch", epoch, "--out", out],
    env,
    before: () => rmSync(out, { recursive: true, force: true }),
  };
  // Baseline: jq reading the same CSV bytes once (a floor for any tool that reads the release).
  const baseline = HAVE_JQ ? { cmd: ["jq", "-Rs", "length", ...csvs], env } : NODE0;
  const r = compareRuns(subject, baseline, SCALE_ROUNDS);
  rows.push({
    figure: importFigure,
    value: ms(r.subject.ms),
    baselineName: HAVE_JQ ? "jq -Rs (read CSVs)" : "node -e 0",
    baseline: ms(r.baseline.ms),
    ratio: ratio(r.subject.ms, r.baseline.ms),
  });
}

// 4. Hostile files within the size limit: reading them is linear and bounded (exit 65, every problem placed).
const hostile = (name, text) => {
  const dir = join(work, `hostile-${name}`);
  mkdirSync(dir);
  writeFileSync(join(dir, "a.yaml"), text);
  return { cmd: [...MUSE, "--no-cache", "validate", "--registry", dir], env, status: 65 };
};
const unknownKeys = (n) => Array.from({ length: n }, (_, i) => `k${i}xyzab: 1\n`).join("");
const keys40k = hostile("keys-40k", unknownKeys(40_000));
const keys80k = hostile("keys-80k", unknownKeys(80_000));
const depth = (8 * 1024 * 1024 - 16) >> 1;
const nested = hostile("nested-8mib", `a: ${"[".repeat(depth)}${"]".repeat(depth)}\n`);
log("hostile files");
{
  const r = compareRuns(keys40k, NODE0, SCALE_ROUNDS);
  rows.push({
    figure: "hostile: 40k unknown keys",
    value: ms(r.subject.ms),
    baselineName: "node -e 0",
    baseline: ms(r.baseline.ms),
    ratio: ratio(r.subject.ms, r.baseline.ms),
  });
  const twice = compareRuns(keys80k, keys40k, SCALE_ROUNDS);
  rows.push({
    figure: "hostile: 80k unknown keys",
    value: ms(twice.subject.ms),
    baselineName: "40k unknown keys",
    baseline: ms(twice.baseline.ms),
    ratio: ratio(twice.subject.ms, twice.baseline.ms),
    target: "< 3× (linear 2×, quadratic 4×)",
    pass: twice.subject.ms < 3 * twice.baseline.ms,
  });
  const deep = compareRuns(nested, NODE0, SCALE_ROUNDS);
  rows.push({
    figure: "hostile: 8 MiB of nested brackets, peak RSS",
    value: mib(deep.subject.rssKiB),
    baselineName: "node -e 0",
    baseline: mib(deep.baseline.rssKiB),
    ratio: ratio(deep.subject.rssKiB, deep.baseline.rssKiB),
    target: "< 300 MiB",
    pass: deep.subject.rssKiB === null ? null : deep.subject.rssKiB < MiB300,
  });
}

// 5. Import throughput, each importer against `node -e 0` in the same rounds: a synthetic 100k-row Epoch
// release (target ≥ 50k rows/s), and a few hundred lm-eval results files and Inspect logs.
{
  const release = join(work, "epoch-synthetic");
  const ROWS = 100_000;
  writeEpochRelease(release, ROWS);
  const logs = join(work, "eval-logs");
  const LOGS = 300;
  writeEvalLogs(logs, LOGS);
  const out = join(work, "import-out");
  const fresh = () => rmSync(out, { recursive: true, force: true });
  const filesIn = (dir) => readdirSync(dir).map((f) => join(dir, f));
  for (const [figure, args, count, unit, target] of [
    [`import epoch: synthetic release, ${ROWS / 1000}k rows`, ["epoch", release], ROWS, "rows", 50_000],
    [`import lm-eval: ${LOGS} results files`, ["lm-eval", ...filesIn(join(logs, "lm-eval"))], LOGS, "files", null],
    [
      `import inspect: ${LOGS} logs (.json, .eval)`,
      ["inspect", ...filesIn(join(logs, "inspect"))],
      LOGS,
      "files",
      null,
    ],
  ]) {
    log(figure);
    const r = compareRuns({ cmd: [...MUSE, "import", ...args, "--out", out], env, before: fresh }, NODE0, SCALE_ROUNDS);
    const perSecond = Math.round(count / (r.subject.ms / 1000));
    rows.push({
      figure: `${figure} (${perSecond} ${unit}/s)`,
      value: ms(r.subject.ms),
      baselineName: "node -e 0",
      baseline: ms(r.baseline.ms),
      ratio: ratio(r.subject.ms, r.baseline.ms),
      target: target === null ? "" : `≥ ${target / 1000}k ${unit}/s`,
      pass: target === null ? null : perSecond >= target,
    });
  }
}

console.log(
  `muse bench: node ${process.version}, ${cpus().length} CPUs, query \`muse ${QUERY}\`, ${ROUNDS} rounds (scale ${SCALE_ROUNDS}), medians`,
);
console.log(renderTable(rows));
if (opts.keep) log(`kept ${work}`);
else rmSync(work, { recursive: true, force: true });
