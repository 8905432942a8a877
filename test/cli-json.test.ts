// The JSON contracts of scores, list, show and validate, pinned: exact keys, and the type of every value.
import { describe, expect, it } from "vitest";
import { fixture, runMuse } from "./helpers/run-muse.js";

type Kind = "string" | "number" | "boolean" | "object" | "array" | "null";
const kindOf = (v: unknown): Kind => (v === null ? "null" : Array.isArray(v) ? "array" : (typeof v as Kind));

/** Each key of a row and the kinds its value may have; the row must have exactly these keys. */
function expectShape(row: unknown, shape: Record<string, readonly Kind[]>): void {
  expect(kindOf(row)).toBe("object");
  const record = row as Record<string, unknown>;
  expect(Object.keys(record)).toEqual(Object.keys(shape));
  for (const [key, kinds] of Object.entries(shape)) {
    expect(kinds, `${key} is ${kindOf(record[key])}`).toContain(kindOf(record[key]));
  }
}

const SCORE_ROW: Record<string, readonly Kind[]> = {
  model: ["string"],
  model_name: ["string"],
  benchmark: ["string"],
  benchmark_name: ["string"],
  value: ["number"],
  unit: ["string"],
  decimals: ["number"],
  setting: ["object"],
  inferred: ["array"],
  source: ["string"],
  source_kind: ["string"],
  stderr: ["number", "null"],
  ci: ["array", "null"],
  approx: ["boolean"],
  as_named: ["string", "null"],
  note: ["string", "null"],
  url: ["string", "null"],
  notes: ["array"],
};
const BENCHMARK_ROW: Record<string, readonly Kind[]> = {
  id: ["string"],
  name: ["string"],
  category: ["string"],
  unit: ["string"],
  higher_is_better: ["boolean"],
  aliases: ["array"],
  description: ["string"],
  url: ["string", "null"],
  scores: ["number"],
};
const MODEL_ROW: Record<string, readonly Kind[]> = {
  id: ["string"],
  name: ["string"],
  org: ["string"],
  released: ["string", "null"],
  open_weights: ["boolean", "null"],
  aliases: ["array"],
  note: ["string", "null"],
  scores: ["number"],
};
const SOURCE_ROW: Record<string, readonly Kind[]> = {
  id: ["string"],
  title: ["string"],
  publisher: ["string"],
  published: ["string"],
  kind: ["string"],
  repeats: ["object", "null"],
  url: ["string", "null"],
  license: ["string", "null"],
  note: ["string", "null"],
  layer: ["string"],
  scores: ["number"],
};

async function json(argv: string[]): Promise<unknown> {
  const r = await runMuse(argv);
  expect(r.err).toBe("");
  expect(r.code).toBe(0);
  return JSON.parse(r.out);
}

describe("scores --json", () => {
  it("is an array of rows with exactly the contract's keys and types", async () => {
    const rows = (await json(["scores", "--json"])) as unknown[];
    expect(rows.length).toBeGreaterThan(50);
    for (const row of rows) expectShape(row, SCORE_ROW);
  });

  it("names models and benchmarks by id, values as published, settings as objects", async () => {
    const rows = (await json(["scores", "--bench", "arc-agi-2", "--model", "gpt-5.4", "--json"])) as Record<
      string,
      unknown
    >[];
    expect(rows[0]).toEqual({
      model: "gpt-5.4",
      model_name: "GPT-5.4",
      benchmark: "arc-agi-2",
      benchmark_name: "ARC-AGI-2",
      value: 76.1,
      unit: "percent",
      decimals: 1,
      setting: { effort: "xhigh" },
      inferred: ["effort"],
      source: "eigent-muse-spark",
      source_kind: "first-party",
      stderr: null,
      ci: null,
      approx: false,
      as_named: "GPT",
      note: null,
      url: null,
      notes: [
        {
          about: "model",
          text: "Meta's launch chart compared against this model at Xhigh reasoning effort; figures taken from that chart carry `effort: xhigh`.",
        },
      ],
    });
  });

  it("gives an empty setting as {} and a chart reading as approx: true", async () => {
    const rows = (await json(["scores", "--setting", "agents=16", "--json"])) as Record<string, unknown>[];
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((r) => r.approx === true)).toBe(true);
    const plain = (await json(["scores", "--bench", "arc-agi-2", "--model", "muse-spark", "--json"])) as {
      setting: unknown;
    }[];
    expect(plain.map((r) => r.setting)).toEqual([{}, {}]);
  });

  it("says whose claim a press figure is: the kind of whoever it repeats", async () => {
    const rows = (await json(["scores", "--source", "decoder-muse-spark-aa", "--json"])) as { source_kind: string }[];
    expect(new Set(rows.map((r) => r.source_kind))).toEqual(new Set(["third-party"]));
  });

  it("is an empty array when nothing matches", async () => {
    expect(await json(["scores", "--bench", "arc-agi-2", "--source", "decoder-muse-spark-aa", "--json"])).toEqual([]);
  });
});

describe("list --json", () => {
  it("lists benchmarks as rows", async () => {
    const rows = (await json(["list", "benchmarks", "--json"])) as { id: string }[];
    for (const row of rows) expectShape(row, BENCHMARK_ROW);
    expect(rows.map((r) => r.id)).toContain("arc-agi-2");
  });
  it("lists models as rows", async () => {
    const rows = (await json(["list", "models", "--json"])) as { id: string; open_weights: unknown }[];
    for (const row of rows) expectShape(row, MODEL_ROW);
    expect(rows.find((r) => r.id === "muse-spark")?.open_weights).toBe(false);
  });
  it("lists sources as rows, with whose figures a press source repeats", async () => {
    const rows = (await json(["list", "sources", "--json"])) as { id: string; repeats: unknown }[];
    for (const row of rows) expectShape(row, SOURCE_ROW);
    expect(rows.find((r) => r.id === "decoder-muse-spark-aa")?.repeats).toEqual({
      name: "Artificial Analysis",
      kind: "third-party",
    });
  });
  it("names each source's layer: launch and epoch by default, else the --registry as given", async () => {
    const rows = (await runMuse(["list", "sources", "--json"], { env: { MUSE_REGISTRY: undefined } })).out;
    const layers = new Map((JSON.parse(rows) as { id: string; layer: string }[]).map((r) => [r.id, r.layer]));
    expect(layers.get("pop-muse-spark")).toBe("launch");
    expect(layers.get("epoch-gpqa-diamond")).toBe("epoch");
    const mine = (await json(["list", "sources", "--registry", "test/fixtures/registries/valid", "--json"])) as {
      layer: string;
    }[];
    expect(mine.map((r) => r.layer)).toEqual(["test/fixtures/registries/valid", "test/fixtures/registries/valid"]);
  });
  it("applies the filters", async () => {
    const health = (await json(["list", "benchmarks", "--category", "health", "--json"])) as { category: string }[];
    expect(health.length).toBeGreaterThan(0);
    expect(health.every((b) => b.category === "health")).toBe(true);
    const openai = (await json(["list", "models", "--org", "OPENAI", "--json"])) as { org: string }[];
    expect(openai.map((m) => m.org)).toEqual(openai.map(() => "OpenAI"));
    expect(openai.length).toBeGreaterThan(0);
    const third = (await json(["list", "sources", "--kind", "third-party", "--json"])) as unknown[];
    expect(third).toEqual([]);
  });
});

describe("show --json", () => {
  it("is the record (as its list row) and its scores grouped by setting", async () => {
    const doc = (await json(["show", "ARC AGI 2", "--json"])) as {
      kind: string;
      record: unknown;
      groups: { setting: Record<string, unknown>; rows: unknown[] }[];
    };
    expect(Object.keys(doc)).toEqual(["kind", "record", "groups"]);
    expect(doc.kind).toBe("benchmark");
    expectShape(doc.record, BENCHMARK_ROW);
    expect(doc.groups.map((g) => g.setting)).toEqual([{}, { effort: "high" }, { effort: "xhigh" }]);
    for (const group of doc.groups) {
      expect(Object.keys(group)).toEqual(["setting", "rows"]);
      for (const row of group.rows) expectShape(row, SCORE_ROW);
    }
  });
  it("shows a model with null for what is not known", async () => {
    const doc = (await json(["show", "grok-4.5", "--json"])) as { kind: string; record: Record<string, unknown> };
    expect(doc.kind).toBe("model");
    expectShape(doc.record, MODEL_ROW);
    expect(doc.record.released).toBeNull();
    expect(doc.record.open_weights).toBeNull();
  });
});

describe("validate --json", () => {
  it("is one object of counts", async () => {
    const doc = await json(["validate", "--registry", fixture("valid"), "--json"]);
    expect(doc).toEqual({
      valid: true,
      registries: [fixture("valid").replace(/\/$/, "")],
      benchmarks: 2,
      models: 2,
      sources: 2,
      scores: 4,
      files: 1,
    });
  });
});
