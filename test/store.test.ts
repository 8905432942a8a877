import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import { UsageError } from "../src/core/errors.js";
import { linkLayers } from "../src/core/load/link.js";
import { loadRegistry } from "../src/core/load/load-registry.js";
import { parseRegistryText } from "../src/core/load/parse-file.js";
import { Store } from "../src/core/store.js";

const BUNDLED = fileURLToPath(new URL("../data/", import.meta.url));
const VALID = fileURLToPath(new URL("./fixtures/registries/valid/", import.meta.url));

/** A store from inline YAML (one file), for cases the fixtures do not need to carry. */
function storeFromYaml(text: string, sharedNames = false): Store {
  const outcome = parseRegistryText("inline.yaml", text);
  if (!outcome.ok) throw new Error(outcome.problems.map((p) => p.message).join("; "));
  const { registry, problems } = linkLayers([[outcome.file]]);
  // The loader refuses a name two models answer to; the store still resolves such a registry defensively.
  const kept = sharedNames ? problems.filter((p) => !p.message.endsWith("one name must name one model")) : problems;
  expect(kept).toEqual([]);
  return new Store(registry);
}

/** The UsageError a call throws (fails the test when it throws nothing or something else). */
function usageError(fn: () => unknown): UsageError {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(UsageError);
    return error as UsageError;
  }
  throw new Error("expected a UsageError");
}

describe("store over the bundled registry", () => {
  let store: Store;
  beforeAll(async () => {
    store = new Store(await loadRegistry([BUNDLED]));
  });

  it.each(["arc-agi-2", "ARC AGI 2", "arcagi2", "ARC-AGI-2", " arc_agi 2 ", "Arc.Agi.2"])(
    "resolves the benchmark %j ignoring case, spaces and punctuation",
    (name) => {
      expect(store.resolveBenchmark(name).id).toBe("arc-agi-2");
    },
  );

  it("resolves models by id, name and alias", () => {
    expect(store.resolveModel("GPT 5.4").id).toBe("gpt-5.4");
    expect(store.resolveModel("gpt-5.4-2026-03-05").id).toBe("gpt-5.4");
    expect(store.resolveModel("Muse Spark").id).toBe("muse-spark");
    expect(store.resolveModel("Gemini 3.1 Pro Preview").id).toBe("gemini-3.1-pro");
  });

  it("tells GPT-5.4 from GPT-5.4 Pro and GPT-4.5", () => {
    expect(store.resolveModel("gpt-5.4-pro").id).toBe("gpt-5.4-pro");
    expect(store.resolveModel("GPT 4.5").id).toBe("gpt-4.5");
  });

  it("resolves `show` names to a model or a benchmark", () => {
    expect(store.resolveAny("muse spark")).toMatchObject({ kind: "model", record: { id: "muse-spark" } });
    expect(store.resolveAny("Humanity's Last Exam")).toMatchObject({
      kind: "benchmark",
      record: { id: "humanitys-last-exam" },
    });
  });

  it("indexes scores by model, benchmark and source", () => {
    const arc = store.scoresOfBenchmark("arc-agi-2");
    expect(arc.length).toBeGreaterThan(0);
    expect(arc.every((s) => s.benchmark === "arc-agi-2")).toBe(true);
    expect(store.scoresOfModel("muse-spark").every((s) => s.model === "muse-spark")).toBe(true);
    const total = [...store.sources.keys()].reduce((n, id) => n + store.scoresOfSource(id).length, 0);
    expect(total).toBe(store.scores.length);
    expect(store.scoresOfModel("no-such-model")).toEqual([]);
  });

  it("keeps records in Maps, so data cannot reach Object.prototype", () => {
    expect(store.models).toBeInstanceOf(Map);
    expect(store.benchmarks).toBeInstanceOf(Map);
    expect(store.sources).toBeInstanceOf(Map);
    expect(() => store.resolveModel("__proto__")).toThrow(UsageError);
    expect(() => store.resolveBenchmark("constructor")).toThrow(UsageError);
  });

  it("makes an unknown name a usage error with the nearest ids", () => {
    const error = usageError(() => store.resolveBenchmark("arc-agi"));
    expect(error.suggestions).toContain("arc-agi-2");
    expect(error.message).toMatch(/^unknown benchmark 'arc-agi' \(did you mean .*arc-agi-2.*\?\)$/);
    expect(usageError(() => store.resolveModel("muse-sprak")).suggestions).toEqual(["muse-spark"]);
    expect(usageError(() => store.resolveAny("gpt")).message).toMatch(/did you mean .*gpt-5\.4/);
  });

  it("points at the list command when nothing is near", () => {
    const error = usageError(() => store.resolveBenchmark("zzzzzzzzzzzz"));
    expect(error.suggestions).toEqual([]);
    expect(error.message).toBe("unknown benchmark 'zzzzzzzzzzzz'; see `muse list benchmarks`");
  });
});

describe("ambiguous names", () => {
  const store = storeFromYaml(
    `
benchmarks:
  - { id: opus, name: Opus bench, category: other, unit: points, higher_is_better: true, description: A benchmark. }
models:
  - { id: claude-opus-4.6, name: Claude Opus 4.6, org: Anthropic, aliases: ["Opus"] }
  - { id: claude-opus-4.5, name: Claude Opus 4.5, org: Anthropic, aliases: ["Opus"] }
  - { id: gpt-5.4, name: GPT-5.4, org: OpenAI }
  - { id: gpt54, name: GPT 54, org: Someone }
sources:
  - { id: s, title: A source, publisher: P, published: "2026", kind: first-party }
`,
    true,
  );

  it("refuses a name that several models go by, naming them", () => {
    const error = usageError(() => store.resolveModel("opus"));
    expect(error.message).toBe("model 'opus' is ambiguous: it names claude-opus-4.5, claude-opus-4.6");
  });

  it("prefers the exact id when folded names collide", () => {
    expect(store.resolveModel("gpt-5.4").id).toBe("gpt-5.4");
    expect(store.resolveModel("gpt54").id).toBe("gpt54");
    expect(() => store.resolveModel("GPT 5 4")).toThrow(/ambiguous/);
  });

  it("never finds a model's exact display name ambiguous", () => {
    expect(store.resolveModel("GPT 54").id).toBe("gpt54");
    expect(store.resolveModel("GPT-5.4").id).toBe("gpt-5.4");
  });

  it("lets `show` prefer an exact id, and refuse a name shared by a model and a benchmark", () => {
    expect(store.resolveAny("opus")).toMatchObject({ kind: "benchmark", record: { id: "opus" } });
    expect(() => store.resolveAny("Opus")).toThrow(/ambiguous: it names claude-opus-4\.6, claude-opus-4\.5, opus/);
  });

  it("resolves sources by id and by title", () => {
    expect(store.resolveSource("s").id).toBe("s");
    expect(store.resolveSource("a source").id).toBe("s");
  });
});

describe("store over a small fixture", () => {
  it("counts what it holds", async () => {
    const store = new Store(await loadRegistry([VALID]));
    expect([store.benchmarks.size, store.models.size, store.sources.size, store.scores.length]).toEqual([2, 2, 2, 4]);
    expect(store.scoresOfBenchmark("gdpval-aa").map((s) => s.source)).toEqual(["launch", "lab"]);
  });
});
