// Every Eval Ever: the real records in ../shared (read there, never copied) import; muse's export of the
// bundled registry validates against the 0.3.0 schema, is byte-identical when repeated, and imports back
// to the same scores, settings, sources and uncertainties.
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { parse } from "yaml";
import { EXIT } from "../src/cli/main.js";
import { loadRegistry } from "../src/core/load/load-registry.js";
import { Store } from "../src/core/store.js";
import { exportEee } from "../src/export/eee/export.js";
import { importEee } from "../src/import/eee/import.js";
import { parseEeeRecord } from "../src/import/eee/parse.js";
import { checkEeeRecord } from "../src/import/eee/schema-check.js";
import { REPO, runMuse } from "./helpers/run-muse.js";
import { sharedData } from "./helpers/shared-data.js";

const { path: EEE, present, skip } = sharedData("eval-formats/every-eval-ever/");
const REAL = ["record-v0.2.0.json", "record-v0.2.2.json", "record-v0.3.0.json"];

async function bundled(): Promise<Store> {
  return new Store(await loadRegistry([join(REPO, "data")]));
}

describe.skipIf(skip)(`the real Every Eval Ever records (needs ${EEE}; skipped when absent)`, () => {
  const files = () => REAL.map((name) => ({ name, text: readFileSync(join(EEE, name), "utf8") }));

  it("each passes the schema of its own version", () => {
    expect(present, `${EEE} must exist under CI=true`).toBe(true);
    expect(files().map((f) => parseEeeRecord(f.text, checkEeeRecord).ok)).toEqual([true, true, true]);
  });

  it("imports every result, with its source, model and value in percent", async () => {
    const store = await bundled();
    const base = { benchmarks: store.benchmarks.values(), models: store.models.values() };
    const result = importEee(files(), base, checkEeeRecord);
    expect(result.problems).toEqual([]);
    expect(result.files.map((f) => [f.file, f.version, f.source, f.model, f.imported])).toEqual([
      ["record-v0.2.0.json", "0.2.0", "eee-hf-open-llm-v2", "llama-pro-8b-instruct", 6],
      ["record-v0.2.2.json", "0.2.2", "eee-mmlu-pro-leaderboard", "yi-1.5-34b-chat", 15],
      ["record-v0.3.0.json", "0.3.0", "eee-platform", "demo-model", 1],
    ]);
    const sources = result.documents.flatMap((d) => d.content.sources);
    const openLlm = sources.find((s) => s.id === "eee-hf-open-llm-v2");
    expect(openLlm).toMatchObject({
      title: "HF Open LLM v2",
      publisher: "Hugging Face",
      kind: "third-party",
      published: "2026-02-10",
    });
    expect(openLlm?.scores.find((s) => s.benchmark === "mmlu-pro")).toMatchObject({ value: 19.46, setting: {} });
    const tiger = sources.find((s) => s.id === "eee-mmlu-pro-leaderboard");
    expect(tiger?.scores[0]).toMatchObject({ benchmark: "mmlu-pro", value: 52.29, model: "yi-1.5-34b-chat" });
  });
});

describe("muse's Every Eval Ever export of the bundled registry", () => {
  it("is one valid 0.3.0 record per score, in the datastore layout, the same bytes twice", async () => {
    const store = await bundled();
    const first = exportEee(store, store.scores, checkEeeRecord);
    const second = exportEee(store, store.scores, checkEeeRecord);
    expect(first.files).toHaveLength(store.scores.length);
    expect(second.files).toEqual(first.files);
    for (const f of first.files) {
      expect(f.path).toMatch(
        /^[a-z0-9.-]+\/[a-z0-9.-]+\/[a-z0-9.-]+\/[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}\.json$/,
      );
      const parsed = parseEeeRecord(f.text, checkEeeRecord);
      expect(parsed.ok, f.path).toBe(true);
    }
    expect(new Set(first.files.map((f) => f.path)).size).toBe(first.files.length);
  });

  it("imports back to the same scores, settings, sources and uncertainties", async () => {
    const store = await bundled();
    const exported = exportEee(store, store.scores, checkEeeRecord);
    const back = importEee(
      exported.files.map((f) => ({ name: f.path, text: f.text })),
      { benchmarks: store.benchmarks.values(), models: store.models.values() },
      checkEeeRecord,
    );
    expect(back.problems).toEqual([]);
    const key = (s: { source: string; model: string; benchmark: string; setting: object }) =>
      JSON.stringify([s.source, s.model, s.benchmark, s.setting]);
    const strip = ({ origin: _o, decimals: _d, line: _l, col: _c, ...rest }: Record<string, unknown>) => rest;
    const original = store.scores.map((s) => strip(s as unknown as Record<string, unknown>));
    const imported = back.documents.flatMap((d) =>
      d.content.sources.flatMap((s) => s.scores.map((x) => ({ ...x, source: s.id }))),
    );
    const sorted = (list: Record<string, unknown>[]) =>
      [...list].sort((a, b) => (key(a as never) < key(b as never) ? -1 : 1));
    expect(sorted(imported as never)).toEqual(sorted(original));
    const sources = back.documents.flatMap((d) => d.content.sources).map(({ scores: _s, ...rest }) => rest);
    const originalSources = [...store.sources.values()].map(({ origin: _o, ...rest }) => rest);
    expect(sources.sort((a, b) => (a.id < b.id ? -1 : 1))).toEqual(
      originalSources.sort((a, b) => (a.id < b.id ? -1 : 1)),
    );
  });
});

describe("muse import eee and muse export eee, from the command line", () => {
  const work = mkdtempSync(join(tmpdir(), "muse-eee-test-"));
  let counter = 0;
  const freshOut = () => join(work, `out-${++counter}`);
  afterAll(() => rmSync(work, { recursive: true, force: true }));
  const FIXTURES = fileURLToPath(new URL("./fixtures/eee/", import.meta.url));

  it("reads source, model, values, uncertainty and the stated setting of a record", async () => {
    const out = freshOut();
    const file = join(FIXTURES, "agentic.json");
    const r = await runMuse(["import", "eee", file, "--out", out, "--json"]);
    expect(r.code, r.err).toBe(EXIT.ok);
    const message =
      "evaluation_results[1] 'Terminal tasks' is not in muse's catalog; imported as benchmark 'terminal-tasks'";
    expect(JSON.parse(r.out)).toEqual({
      out,
      unresolved: [{ name: "example-model", count: 1 }],
      files: [
        {
          file,
          version: "0.3.0",
          source: "eee-example-agent-leaderboard",
          model: "example-model",
          results: 2,
          imported: 2,
          warnings: 1,
        },
      ],
      totals: { files: 1, results: 2, imported: 2, warnings: 1, benchmarks: 2, models: 1, sources: 1 },
      reported: [],
      warnings: [{ file, line: null, message }],
    });
    expect(r.err).toBe(`${file}: warning: ${message}\n`);
    const [source] = parse(readFileSync(join(out, "sources/eee-example-agent-leaderboard.yaml"), "utf8")).sources;
    expect(source).toMatchObject({
      publisher: "Example Evals",
      published: "2026-01-01",
      url: "https://evals.example.org",
      kind: "first-party",
      note: "Every Eval Ever gives the evaluator's relationship to the model as 'collaborative'.",
    });
    expect(source.scores).toEqual([
      {
        model: "example-model",
        benchmark: "gpqa-diamond",
        value: 71.21,
        setting: { tools: "bash+python", effort: "high" },
        stderr: 3.22,
        ci: [64.89, 77.53],
        note: "Every Eval Ever: GPQA Diamond, metric accuracy. Confidence interval at 90%.",
        as_named: "example-model",
      },
      {
        model: "example-model",
        benchmark: "terminal-tasks",
        value: 1234,
        setting: { effort: "medium" },
        note: "Every Eval Ever: Terminal tasks.",
        as_named: "example-model",
      },
    ]);
    const benchmarks = parse(readFileSync(join(out, "benchmarks.yaml"), "utf8")).benchmarks;
    expect(benchmarks.find((b: { id: string }) => b.id === "terminal-tasks")).toMatchObject({ unit: "elo" });
  });

  it("reports a record that breaks its schema with the file and the schema path, writes nothing, exits 65", async () => {
    const out = freshOut();
    const broken = join(FIXTURES, "broken.json");
    const r = await runMuse(["import", "eee", join(FIXTURES, "agentic.json"), broken, "--out", out]);
    expect(r.code).toBe(EXIT.invalidRegistry);
    expect(r.err.split("\n")).toContain(
      `${broken}: at /source_metadata/evaluator_relationship: must be equal to one of the allowed values (schema 0.3.0 #/properties/source_metadata/properties/evaluator_relationship/enum)`,
    );
    expect(existsSync(out)).toBe(false);
  });

  it("prints what it wrote as JSON: one row per record", async () => {
    const r = await runMuse(["export", "eee", "--out", freshOut(), "--bench", "gdpval-aa", "--json"]);
    expect(r.code, r.err).toBe(EXIT.ok);
    const json = JSON.parse(r.out);
    expect(json.format).toBe("eee");
    expect(json.not_exported).toEqual([]);
    expect(json.files).toHaveLength(7);
    expect(json.files[0]).toEqual({
      path: "gdpval-aa/anthropic/claude-sonnet-4.6/87a54a9f-fb5a-49ec-93ff-95eceaaeadcc.json",
      benchmark: "gdpval-aa",
      model: "claude-sonnet-4.6",
      setting: {},
      value: 1648,
      source: "decoder-muse-spark-aa",
    });
  });

  it("exports the same bytes twice, refuses a non-empty --out, and imports its own datastore tree", async () => {
    const [a, b] = [freshOut(), freshOut()];
    expect((await runMuse(["export", "eee", "--out", a, "--bench", "hle,gpqa-diamond"])).code).toBe(EXIT.ok);
    expect((await runMuse(["export", "eee", "--out", b, "--bench", "hle,gpqa-diamond"])).code).toBe(EXIT.ok);
    const files = (dir: string) =>
      readdirSync(dir, { recursive: true, withFileTypes: true })
        .filter((e) => e.isFile())
        .map((e) => join(e.parentPath, e.name).slice(dir.length))
        .sort();
    expect(files(a).length).toBeGreaterThan(10);
    expect(files(a).every((f) => f.endsWith(".json"))).toBe(true); // no registry marker, no lock left behind
    expect(files(b)).toEqual(files(a));
    for (const f of files(a)) expect(readFileSync(join(b, f), "utf8")).toBe(readFileSync(join(a, f), "utf8"));
    const again = await runMuse(["export", "eee", "--out", a]);
    expect(again.code).toBe(EXIT.usage);
    const back = freshOut();
    const r = await runMuse(["import", "eee", a, "--out", back, "--json"]);
    expect(r.code, r.err).toBe(EXIT.ok);
    expect(JSON.parse(r.out).totals.imported).toBe(files(a).length);
    const alone = await runMuse(["validate", "--registry", back]);
    expect(alone.code, alone.err).toBe(EXIT.ok);
    const layered = await runMuse(["validate", "--registry", "default", "--registry", back]);
    expect(layered.code, layered.err).toBe(EXIT.ok);
  });
});
