import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { isAlias, parse, parseDocument, visit } from "yaml";
import { type RegistryFile, registryFileSchema } from "../src/core/schema/index.js";

const DATA_DIR = fileURLToPath(new URL("../data/", import.meta.url));

function yamlFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...yamlFiles(path));
    else if (/\.ya?ml$/.test(name)) out.push(path);
  }
  return out;
}

const files = yamlFiles(DATA_DIR);
const texts = new Map(files.map((f) => [f, readFileSync(f, "utf8")]));
const parsed = new Map<string, RegistryFile>(
  files.map((f) => [f, registryFileSchema.parse(parse(texts.get(f) ?? ""))]),
);
const all = [...parsed.values()];
const benchmarks = all.flatMap((f) => f.benchmarks);
const models = all.flatMap((f) => f.models);
const sources = all.flatMap((f) => f.sources);

/** A setting as a stable string, so that key order does not matter. */
function settingKey(setting: Record<string, unknown>): string {
  return JSON.stringify(
    Object.keys(setting)
      .sort()
      .map((k) => [k, setting[k]]),
  );
}

function findScores(source: string, model: string, benchmark: string, setting: Record<string, unknown> = {}) {
  const src = sources.find((s) => s.id === source);
  if (!src) throw new Error(`no source ${source}`);
  return src.scores.filter(
    (s) => s.model === model && s.benchmark === benchmark && settingKey(s.setting) === settingKey(setting),
  );
}

describe("bundled registry data", () => {
  it("has the expected files", () => {
    const rel = files.map((f) => relative(DATA_DIR, f).split("\\").join("/"));
    expect(rel).toEqual(
      expect.arrayContaining([
        "benchmarks.yaml",
        "models.yaml",
        "sources/blog-muse-spark.yaml",
        "sources/decoder-muse-spark.yaml",
        "sources/pop-muse-spark.yaml",
        "sources/eigent-muse-spark.yaml",
      ]),
    );
  });

  it.each(files.map((f) => [relative(DATA_DIR, f), f]))("%s starts with the schema modeline", (_rel, file) => {
    const depth = relative(DATA_DIR, file).split(/[\\/]/).length - 1;
    const expected = `# yaml-language-server: $schema=${"../".repeat(depth + 1)}schema/registry.schema.json`;
    expect((texts.get(file) ?? "").split("\n")[0]).toBe(expected);
  });

  it.each(files.map((f) => [relative(DATA_DIR, f), f]))("%s has no anchors or aliases", (_rel, file) => {
    const doc = parseDocument(texts.get(file) ?? "");
    expect(doc.errors).toEqual([]);
    let found = 0;
    visit(doc, {
      Node(_key, node) {
        if (isAlias(node) || ("anchor" in node && node.anchor)) found++;
      },
    });
    expect(found).toBe(0);
  });

  it("has unique ids", () => {
    for (const ids of [benchmarks.map((b) => b.id), models.map((m) => m.id), sources.map((s) => s.id)]) {
      expect(new Set(ids).size).toBe(ids.length);
    }
  });

  it("never lets a name or alias point at two different models or benchmarks", () => {
    for (const records of [models, benchmarks]) {
      const owner = new Map<string, string>();
      for (const r of records) {
        for (const name of [r.id, r.name, ...r.aliases]) {
          const key = name.toLowerCase();
          const prev = owner.get(key);
          if (prev !== undefined) expect(prev, `"${name}"`).toBe(r.id);
          owner.set(key, r.id);
        }
      }
    }
  });

  it("only refers to known models and benchmarks", () => {
    const modelIds = new Set(models.map((m) => m.id));
    const benchmarkIds = new Set(benchmarks.map((b) => b.id));
    for (const s of sources) {
      for (const sc of s.scores) {
        expect(modelIds.has(sc.model), `${s.id}: model ${sc.model}`).toBe(true);
        expect(benchmarkIds.has(sc.benchmark), `${s.id}: benchmark ${sc.benchmark}`).toBe(true);
      }
    }
  });

  it("has every model and benchmark used by at least one score", () => {
    const used = sources.flatMap((s) => s.scores);
    for (const m of models)
      expect(
        used.some((sc) => sc.model === m.id),
        m.id,
      ).toBe(true);
    for (const b of benchmarks)
      expect(
        used.some((sc) => sc.benchmark === b.id),
        b.id,
      ).toBe(true);
  });

  it("has no duplicate (model, benchmark, setting) within a source", () => {
    for (const s of sources) {
      const keys = s.scores.map((sc) => `${sc.model}|${sc.benchmark}|${settingKey(sc.setting)}`);
      const dupes = keys.filter((k, i) => keys.indexOf(k) !== i);
      expect(dupes, s.id).toEqual([]);
    }
  });

  it("keeps percent values within 0..100 and Elo values positive", () => {
    const unit = new Map(benchmarks.map((b) => [b.id, b.unit]));
    for (const s of sources) {
      for (const sc of s.scores) {
        if (unit.get(sc.benchmark) === "percent") {
          expect(sc.value, `${s.id} ${sc.model} ${sc.benchmark}`).toBeGreaterThanOrEqual(0);
          expect(sc.value, `${s.id} ${sc.model} ${sc.benchmark}`).toBeLessThanOrEqual(100);
        }
        if (unit.get(sc.benchmark) === "elo") expect(sc.value).toBeGreaterThan(0);
      }
    }
  });

  it("records who originated every press figure", () => {
    for (const s of sources) {
      expect(s.kind).toBe("press");
      expect(s.repeats, s.id).toBeDefined();
    }
    expect(sources.find((s) => s.id === "decoder-muse-spark-aa")?.repeats).toEqual({
      name: "Artificial Analysis",
      kind: "third-party",
    });
    expect(sources.find((s) => s.id === "decoder-muse-spark-meta")?.repeats).toEqual({
      name: "Meta",
      kind: "first-party",
    });
  });

  it("has Muse Spark's model facts", () => {
    const muse = models.find((m) => m.id === "muse-spark");
    expect(muse?.released).toBe("2026-04-08");
    expect(muse?.open_weights).toBe(false);
    expect(sources.find((s) => s.id === "eigent-muse-spark")?.published).toBe("2026-04-09");
  });

  type Pin = [source: string, model: string, benchmark: string, setting: Record<string, unknown>, value: number];
  const pins: Pin[] = [
    ["pop-muse-spark", "muse-spark", "arc-agi-2", {}, 42.5],
    ["eigent-muse-spark", "muse-spark", "arc-agi-2", {}, 42.5],
    ["pop-muse-spark", "xlabs", "arc-agi-2", {}, 76.1],
    ["eigent-muse-spark", "grok-4.5", "arc-agi-2", {}, 53.3],
    ["decoder-muse-spark-aa", "muse-spark", "gdpval-aa", {}, 1427],
    ["decoder-muse-spark-aa", "claude-sonnet-4.6", "gdpval-aa", {}, 1648],
    ["decoder-muse-spark-aa", "gpt-5.4", "gdpval-aa", {}, 1676],
    ["eigent-muse-spark", "muse-spark", "gdpval-aa", {}, 1444],
    ["eigent-muse-spark", "gpt-5.4", "gdpval-aa", { effort: "xhigh" }, 1672],
    ["eigent-muse-spark", "grok-4.5", "gdpval-aa", {}, 1055],
    ["decoder-muse-spark-aa", "muse-spark", "aa-intelligence-index", {}, 52],
    ["decoder-muse-spark-aa", "llama-4-maverick", "aa-intelligence-index", {}, 18],
    ["decoder-muse-spark-aa", "llama-4-scout", "aa-intelligence-index", {}, 13],
    ["decoder-muse-spark-aa", "muse-spark", "aa-intelligence-index-output-tokens", {}, 58],
    ["decoder-muse-spark-aa", "gemini-3.1-pro", "aa-intelligence-index-output-tokens", {}, 57],
    ["decoder-muse-spark-aa", "claude-opus-4.6", "aa-intelligence-index-output-tokens", {}, 157],
    ["decoder-muse-spark-aa", "gpt-5.4", "aa-intelligence-index-output-tokens", {}, 120],
    ["pop-muse-spark", "muse-spark", "screenspot-pro", {}, 72.2],
    ["eigent-muse-spark", "muse-spark", "screenspot-pro", { tools: "python" }, 84.1],
    ["blog-muse-spark", "muse-spark", "humanitys-last-exam", { mode: "contemplating" }, 58],
    ["decoder-muse-spark-meta", "muse-spark", "humanitys-last-exam", { mode: "contemplating" }, 58],
    ["decoder-muse-spark-meta", "muse-spark", "frontierscience-research", { mode: "contemplating" }, 38],
    ["pop-muse-spark", "muse-spark", "humanitys-last-exam", { mode: "contemplating" }, 58.4],
    ["eigent-muse-spark", "muse-spark", "humanitys-last-exam", { tools: "none" }, 42.8],
    ["eigent-muse-spark", "muse-spark", "humanitys-last-exam", { mode: "contemplating", tools: "none" }, 50.2],
    ["eigent-muse-spark", "muse-spark", "humanitys-last-exam", { mode: "contemplating", tools: "any" }, 58.4],
    ["eigent-muse-spark", "gpt-5.4-pro", "humanitys-last-exam", { tools: "any" }, 58.7],
    ["eigent-muse-spark", "muse-spark", "ipho-2025", { mode: "contemplating" }, 82.6],
    ["eigent-muse-spark", "gemini-3.1-deep-think", "frontierscience-research", {}, 23.3],
    ["pop-muse-spark", "gpt-4.5", "healthbench-hard", {}, 20.6],
    ["pop-muse-spark", "gpt-5.4", "healthbench-hard", { effort: "xhigh" }, 40.1],
    ["pop-muse-spark", "claude-opus-4.6", "gpqa-diamond", { effort: "max" }, 92.7],
    ["eigent-muse-spark", "gpt-5.4", "gpqa-diamond", { effort: "xhigh" }, 92.8],
    ["eigent-muse-spark", "muse-spark", "healthbench-hard", {}, 42.8],
    ["eigent-muse-spark", "gpt-5.4", "medxpertqa-text", { effort: "xhigh" }, 59.6],
    ["eigent-muse-spark", "muse-spark", "medxpertqa-multimodal", {}, 78.4],
    ["eigent-muse-spark", "muse-spark", "biotier-bioweapons-refusal", {}, 98.0],
    ["eigent-muse-spark", "kimi-k2.5", "biotier-bioweapons-refusal", {}, 21.2],
    ["eigent-muse-spark", "muse-spark", "tau2-bench-telecom", {}, 91.5],
    ["eigent-muse-spark", "muse-spark", "terminal-bench-2", {}, 59.0],
  ];

  it.each(pins)("%s: %s on %s %j is %d", (source, model, benchmark, setting, value) => {
    const found = findScores(source, model, benchmark, setting);
    expect(found).toHaveLength(1);
    expect(found[0]?.value).toBe(value);
  });

  it("has the HLE agent-scaling curve, each point approximate", () => {
    const curve = [1, 2, 4, 16].map((agents) => {
      const found = findScores("eigent-muse-spark", "muse-spark", "humanitys-last-exam", {
        mode: "contemplating",
        tools: "any",
        agents,
      });
      expect(found, `agents: ${agents}`).toHaveLength(1);
      expect(found[0]?.approx).toBe(true);
      return found[0]?.value;
    });
    expect(curve).toEqual([50, 56, 57, 58.5]);
  });

  it("keeps the printed names of doubtful models", () => {
    expect(findScores("pop-muse-spark", "gpt-4.5", "healthbench-hard")[0]?.as_named).toBe("GPT-4.5");
    expect(findScores("pop-muse-spark", "xlabs", "arc-agi-2")[0]?.as_named).toBe("Xlabs");
    expect(findScores("eigent-muse-spark", "grok-4.5", "arc-agi-2")[0]?.as_named).toBe("Grok 4.5");
    expect(findScores("pop-muse-spark", "claude-opus-4.6", "healthbench-hard", { effort: "max" })[0]?.as_named).toBe(
      "Claude Opus",
    );
  });
});
