import { describe, expect, it } from "vitest";
import {
  benchmarkSchema,
  modelSchema,
  registryFileSchema,
  scoreSchema,
  settingSchema,
  sourceSchema,
} from "../src/core/schema/index.js";

const benchmark = {
  id: "arc-agi-2",
  name: "ARC-AGI-2",
  category: "reasoning",
  unit: "percent",
  higher_is_better: true,
  description: "Abstract grid puzzles.",
};
const model = { id: "gpt-5.4", name: "GPT-5.4", org: "OpenAI", released: "2026-03", open_weights: false };
const score = { model: "muse-spark", benchmark: "arc-agi-2", value: 42.5 };
const source = {
  id: "pop-muse-spark",
  title: "A report",
  publisher: "Pop",
  published: "2026-04-08",
  kind: "press",
  repeats: { name: "Meta", kind: "first-party" },
  scores: [score],
};

/** The paths (dotted) of every issue a schema raises for `value`; [] when it is accepted. */
function issuePaths(schema: { safeParse(v: unknown): { success: boolean; error?: unknown } }, value: unknown) {
  const result = schema.safeParse(value) as { success: boolean; error?: { issues: { path: PropertyKey[] }[] } };
  return result.success ? [] : (result.error?.issues ?? []).map((i) => i.path.map(String).join("."));
}

describe("record schemas accept good records", () => {
  it("accepts a benchmark and fills in empty aliases", () => {
    expect(benchmarkSchema.parse(benchmark).aliases).toEqual([]);
  });
  it("accepts a model with a partial release date", () => {
    expect(issuePaths(modelSchema, model)).toEqual([]);
    expect(issuePaths(modelSchema, { ...model, released: "2026" })).toEqual([]);
  });
  it("accepts a score and gives it an empty setting", () => {
    expect(scoreSchema.parse(score).setting).toEqual({});
  });
  it("accepts a full score", () => {
    const full = {
      ...score,
      setting: { mode: "contemplating", tools: "any", agents: 16, effort: "xhigh" },
      stderr: 1.2,
      ci: [40, 45],
      approx: true,
      as_named: "Muse",
      note: "read off a chart",
      url: "https://example.org/run",
    };
    expect(issuePaths(scoreSchema, full)).toEqual([]);
  });
  it("accepts a press source that says whose figures it repeats", () => {
    expect(issuePaths(sourceSchema, source)).toEqual([]);
  });
  it("accepts an empty registry file", () => {
    expect(registryFileSchema.parse({})).toEqual({ benchmarks: [], models: [], sources: [] });
  });
});

describe("record schemas reject bad records at the right path", () => {
  it("rejects ids that are not lowercase kebab-case", () => {
    expect(issuePaths(benchmarkSchema, { ...benchmark, id: "ARC AGI 2" })).toEqual(["id"]);
    expect(issuePaths(modelSchema, { ...model, id: "gpt_5.4" })).toEqual(["id"]);
  });
  it("rejects an unknown category and unit", () => {
    expect(issuePaths(benchmarkSchema, { ...benchmark, category: "vibes", unit: "furlongs" })).toEqual([
      "category",
      "unit",
    ]);
  });
  it("rejects a wrong type", () => {
    expect(issuePaths(benchmarkSchema, { ...benchmark, higher_is_better: "yes" })).toEqual(["higher_is_better"]);
  });
  it("rejects a missing required field", () => {
    const { org: _org, ...noOrg } = model;
    expect(issuePaths(modelSchema, noOrg)).toEqual(["org"]);
  });
  it("rejects unknown keys (strict objects)", () => {
    const result = modelSchema.safeParse({ ...model, orgg: "OpenAI" });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]).toMatchObject({ code: "unrecognized_keys", keys: ["orgg"], path: [] });
  });
  it("rejects impossible dates", () => {
    expect(issuePaths(modelSchema, { ...model, released: "2026-13-01" })).toEqual(["released"]);
    expect(issuePaths(sourceSchema, { ...source, published: "April 2026" })).toEqual(["published"]);
  });
  it("rejects non-finite and negative uncertainty", () => {
    expect(issuePaths(scoreSchema, { ...score, value: Number.POSITIVE_INFINITY })).toEqual(["value"]);
    expect(issuePaths(scoreSchema, { ...score, stderr: -1 })).toEqual(["stderr"]);
    expect(issuePaths(scoreSchema, { ...score, ci: [1] })).toEqual(["ci"]);
  });
  it("rejects a press source that does not say whose figures it repeats", () => {
    const { repeats: _repeats, ...bare } = source;
    expect(issuePaths(sourceSchema, bare)).toEqual(["repeats"]);
  });
  it("rejects an unknown source kind", () => {
    expect(issuePaths(sourceSchema, { ...source, kind: "blog" })).toEqual(["kind"]);
  });
  it("points into nested records", () => {
    const file = { sources: [{ ...source, scores: [score, { ...score, value: "42.5" }] }] };
    expect(issuePaths(registryFileSchema, file)).toEqual(["sources.0.scores.1.value"]);
  });
});

describe("setting schema", () => {
  it("accepts the controlled vocabulary", () => {
    expect(issuePaths(settingSchema, { mode: "deep-think", attempts: 2, shots: 0, harness: "Terminus 2" })).toEqual([]);
  });
  it("rejects keys outside the vocabulary", () => {
    expect(settingSchema.safeParse({ temperature: "0" }).success).toBe(false);
  });
  it("rejects upper-case tokens and non-positive counts", () => {
    expect(issuePaths(settingSchema, { tools: "Python" })).toEqual(["tools"]);
    expect(issuePaths(settingSchema, { agents: 0 })).toEqual(["agents"]);
    expect(issuePaths(settingSchema, { agents: 1.5 })).toEqual(["agents"]);
  });
});
