// `muse diff OLD NEW`: scores added, removed and changed between two registries, by identity
// (source + model + benchmark + setting), in all four formats.
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { EXIT } from "../src/cli/main.js";
import { registryCacheFile } from "../src/core/cache/parse-cache.js";
import { diffScores, summarizeDiff } from "../src/core/diff.js";
import { loadRegistry } from "../src/core/load/load-registry.js";
import { runMuse } from "./helpers/run-muse.js";

const work = mkdtempSync(join(tmpdir(), "muse-diff-test-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const HEAD = `benchmarks:
  - { id: bench, name: Bench, category: reasoning, unit: percent, higher_is_better: true, description: A test benchmark. }
models:
  - { id: alpha, name: Alpha, org: Test }
  - { id: beta, name: Beta, org: Test }
`;

function registry(name: string, sources: string): string {
  const dir = join(work, name);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, "registry.yaml"), `${HEAD}sources:\n${sources}`);
  return dir;
}

const source = (id: string, scores: string) =>
  `  - id: ${id}\n    title: ${id}\n    publisher: Test\n    published: 2026-04\n    kind: third-party\n    scores:\n${scores}`;

const OLD = registry(
  "old",
  source(
    "one",
    `      - { model: alpha, benchmark: bench, value: 50 }
      - { model: alpha, benchmark: bench, value: 60, setting: { effort: high } }
      - { model: beta, benchmark: bench, value: 40, stderr: 1 }
      - { model: beta, benchmark: bench, value: 30, setting: { run: first }, note: dropped later }
`,
  ),
);
const NEW = registry(
  "new",
  source(
    "one",
    `      - { model: alpha, benchmark: bench, value: 50 }
      - { model: alpha, benchmark: bench, value: 62.5, setting: { effort: high } }
      - { model: beta, benchmark: bench, value: 40, stderr: 2 }
      - { model: alpha, benchmark: bench, value: 70, setting: { effort: xhigh } }
`,
  ) + source("two", "      - { model: alpha, benchmark: bench, value: 50 }\n"),
);

describe("diffScores", () => {
  it("matches scores by source, model, benchmark and setting, and names the fields that changed", async () => {
    const [before, after] = await Promise.all([loadRegistry([OLD]), loadRegistry([NEW])]);
    const diff = diffScores(before.scores, after.scores);
    expect(diff.added.map((s) => [s.source, s.model, s.value, s.setting])).toEqual([
      ["two", "alpha", 50, {}],
      ["one", "alpha", 70, { effort: "xhigh" }],
    ]);
    expect(diff.removed.map((s) => [s.source, s.model, s.value])).toEqual([["one", "beta", 30]]);
    expect(diff.changed.map((c) => [c.after.model, c.before.value, c.after.value, c.fields])).toEqual([
      ["alpha", 60, 62.5, ["value"]],
      ["beta", 40, 40, ["stderr"]],
    ]);
    expect(diff.unchanged).toBe(1);
  });

  it("finds nothing between a registry and itself", async () => {
    const r = await loadRegistry([OLD]);
    expect(diffScores(r.scores, r.scores)).toEqual({
      added: [],
      removed: [],
      changed: [],
      unchanged: 4,
      unchangedByBenchmark: new Map([["bench", 4]]),
    });
  });

  it("takes a score that only gained or lost its run label as the same score, unchanged or changed", async () => {
    const march = registry(
      "march",
      source(
        "one",
        `      - { model: alpha, benchmark: bench, value: 77.08 }
      - { model: beta, benchmark: bench, value: 10 }
      - { model: beta, benchmark: bench, value: 20, setting: { effort: high, run: recA } }
      - { model: beta, benchmark: bench, value: 21, setting: { effort: high, run: recB } }
`,
      ),
    );
    const april = registry(
      "april",
      source(
        "one",
        `      - { model: alpha, benchmark: bench, value: 77.08, setting: { run: recX } }
      - { model: alpha, benchmark: bench, value: 77.1, setting: { run: recY } }
      - { model: beta, benchmark: bench, value: 11, setting: { run: recZ } }
      - { model: beta, benchmark: bench, value: 20, setting: { effort: high, run: recC } }
`,
      ),
    );
    const [before, after] = await Promise.all([loadRegistry([march]), loadRegistry([april])]);
    const diff = diffScores(before.scores, after.scores);
    // alpha 77.08 gained run=recX; beta's 20 moved from recA to recC
    expect(diff.changed.map((c) => [c.after.model, c.before.value, c.after.value, c.fields])).toEqual([
      ["beta", 10, 11, ["value"]], // the one figure of beta, now labelled
    ]);
    expect(diff.added.map((s) => [s.model, s.value, s.setting.run])).toEqual([["alpha", 77.1, "recY"]]);
    // The same figure under another record id is the same score; a different figure under another run is not.
    expect(diff.removed.map((s) => [s.model, s.value, s.setting.run])).toEqual([["beta", 21, "recB"]]);
    expect(diff.unchanged).toBe(2);
    expect(summarizeDiff(diff)).toEqual([{ benchmark: "bench", added: 1, removed: 1, changed: 1, unchanged: 2 }]);
  });
});

describe("muse diff", () => {
  it("prints an object of added, removed and changed score rows as JSON", async () => {
    const r = await runMuse(["diff", OLD, NEW, "--json"]);
    expect(r.code).toBe(EXIT.ok);
    const json = JSON.parse(r.out);
    expect(Object.keys(json)).toEqual(["added", "removed", "changed"]);
    expect(json.added[1]).toMatchObject({
      model: "alpha",
      benchmark: "bench",
      value: 70,
      setting: { effort: "xhigh" },
    });
    expect(json.removed[0]).toMatchObject({
      model: "beta",
      value: 30,
      setting: { run: "first" },
      note: "dropped later",
    });
    expect(json.changed[0]).toEqual({
      model: "alpha",
      benchmark: "bench",
      setting: { effort: "high" },
      source: "one",
      unit: "percent",
      fields: ["value"],
      old: { value: 60, stderr: null, ci: null, approx: false, inferred: [], as_named: null, note: null, url: null },
      new: { value: 62.5, stderr: null, ci: null, approx: false, inferred: [], as_named: null, note: null, url: null },
      delta: 2.5,
    });
  });

  it("shows one table with a Change column, in table, markdown and csv", async () => {
    const table = await runMuse(["diff", OLD, NEW]);
    expect(table.out).toMatch(/^Change\s+Model\s+Benchmark\s+Setting\s+Source\s+Old\s+New\s+Δ\s+Fields/);
    expect(table.out).toMatch(/changed\s+alpha\s+bench\s+effort=high\s+one\s+60%\s+62\.5%\s+\+2\.5\s+value/);
    expect(table.out).toContain("2 added, 1 removed, 2 changed, 1 unchanged");
    const md = await runMuse(["diff", OLD, NEW, "--format", "markdown"]);
    expect(md.out).toContain("| removed | beta | bench | run=first | one | 30% |  |  |  |");
    const csv = await runMuse(["diff", OLD, NEW, "--format", "csv"]);
    const lines = csv.out.split("\r\n");
    expect(lines[0]).toBe("change,model,benchmark,setting,source,old,new,delta,fields");
    expect(lines).toContain("changed,beta,bench,,one,40,40,0,stderr");
    expect(lines).toContain("added,alpha,bench,effort=xhigh,one,,70,,");
  });

  it("reads both registries through the shared loader and its parse cache, the same answer warm or without it", async () => {
    const env = { XDG_CACHE_HOME: join(work, "cache"), HOME: work };
    const parsed = join(work, "cache", "muse", "parsed");
    const off = await runMuse(["--no-cache", "diff", OLD, NEW, "--json"], { env });
    expect(existsSync(parsed)).toBe(false);
    const cold = await runMuse(["diff", OLD, NEW, "--json"], { env });
    expect(readdirSync(parsed).sort()).toEqual(
      [registryCacheFile(parsed, OLD), registryCacheFile(parsed, NEW)].map((f) => f.slice(parsed.length + 1)).sort(),
    );
    const warm = await runMuse(["diff", OLD, NEW, "--json"], { env });
    expect([cold.code, warm.code]).toEqual([EXIT.ok, EXIT.ok]);
    expect(cold.out).toBe(off.out);
    expect(warm.out).toBe(off.out);
  });

  it("says so when nothing differs, and diffs the bundled registry against itself", async () => {
    const r = await runMuse(["diff", "default", "default"]);
    expect(r.code).toBe(EXIT.ok);
    expect(r.out).toContain("No score differs.");
    const json = await runMuse(["diff", "default", "default", "--json"]);
    expect(JSON.parse(json.out)).toEqual({ added: [], removed: [], changed: [] });
  });

  it("finds nothing between two imports of the same data (the import is deterministic)", async () => {
    const fixture = fileURLToPath(new URL("./fixtures/epoch/basic/", import.meta.url));
    const a = join(work, "import-a");
    const b = join(work, "import-b");
    await runMuse(["import", "epoch", fixture, "--out", a]);
    await runMuse(["import", "epoch", fixture, "--out", b, "--release", "2026-05"]);
    const r = await runMuse(["diff", a, b, "--json"]);
    expect(JSON.parse(r.out)).toEqual({ added: [], removed: [], changed: [] });
  });

  it("--summary: one row per benchmark, most changes first, in JSON and as a table", async () => {
    const r = await runMuse(["diff", OLD, NEW, "--summary", "--json"]);
    expect(r.code, r.err).toBe(EXIT.ok);
    expect(JSON.parse(r.out)).toEqual({
      benchmarks: [{ benchmark: "bench", added: 2, removed: 1, changed: 2, unchanged: 1 }],
      totals: { added: 2, removed: 1, changed: 2, unchanged: 1 },
    });
    const table = await runMuse(["diff", OLD, NEW, "--summary"]);
    expect(table.out).toMatch(/^Benchmark\s+Added\s+Removed\s+Changed\s+Unchanged\n/);
    expect(table.out).toMatch(/\nbench\s+2\s+1\s+2\s+1\n/);
    expect(table.out).toContain("1 benchmark: 2 added, 1 removed, 2 changed, 1 unchanged");
  });

  it("is a usage error for a missing registry and exit 65 for an invalid one", async () => {
    const missing = await runMuse(["diff", OLD, join(work, "nowhere")]);
    expect(missing.code).toBe(EXIT.usage);
    const broken = join(work, "broken");
    mkdirSync(broken, { recursive: true });
    writeFileSync(join(broken, "bad.yaml"), "models:\n  - { id: Not An Id }\n");
    const invalid = await runMuse(["diff", OLD, broken]);
    expect(invalid.code).toBe(EXIT.invalidRegistry);
    expect(invalid.err).toMatch(/bad\.yaml:\d+:\d+: /);
  });
});
