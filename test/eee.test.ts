// Every Eval Ever: the real records in ../shared (read there, never copied) import; muse's export of the
// bundled registry validates against the 0.3.0 schema, is byte-identical when repeated, and imports back
// to the same scores, settings, sources and uncertainties.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { loadRegistry } from "../src/core/load/load-registry.js";
import { Store } from "../src/core/store.js";
import { exportEee } from "../src/export/eee/export.js";
import { importEee } from "../src/import/eee/import.js";
import { parseEeeRecord } from "../src/import/eee/parse.js";
import { REPO } from "./helpers/run-muse.js";

const EEE = fileURLToPath(new URL("../../shared/datasets/eval-formats/every-eval-ever/", import.meta.url));
const present = existsSync(EEE);
const ci = process.env.CI === "true";
const REAL = ["record-v0.2.0.json", "record-v0.2.2.json", "record-v0.3.0.json"];

async function bundled(): Promise<Store> {
  return new Store(await loadRegistry([join(REPO, "data")]));
}

describe.skipIf(!present && !ci)(`the real Every Eval Ever records (needs ${EEE}; skipped when absent)`, () => {
  const files = () => REAL.map((name) => ({ name, text: readFileSync(join(EEE, name), "utf8") }));

  it("each passes the schema of its own version", () => {
    expect(present, `${EEE} must exist under CI=true`).toBe(true);
    expect(files().map((f) => parseEeeRecord(f.text).ok)).toEqual([true, true, true]);
  });

  it("imports every result, with its source, model and value in percent", async () => {
    const store = await bundled();
    const result = importEee(files(), { benchmarks: store.benchmarks.values(), models: store.models.values() });
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
    const first = exportEee(store, store.scores);
    const second = exportEee(store, store.scores);
    expect(first.files).toHaveLength(store.scores.length);
    expect(second.files).toEqual(first.files);
    for (const f of first.files) {
      expect(f.path).toMatch(
        /^[a-z0-9.-]+\/[a-z0-9.-]+\/[a-z0-9.-]+\/[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}\.json$/,
      );
      const parsed = parseEeeRecord(f.text);
      expect(parsed.ok, f.path).toBe(true);
    }
    expect(new Set(first.files.map((f) => f.path)).size).toBe(first.files.length);
  });

  it("imports back to the same scores, settings, sources and uncertainties", async () => {
    const store = await bundled();
    const exported = exportEee(store, store.scores);
    const back = importEee(
      exported.files.map((f) => ({ name: f.path, text: f.text })),
      { benchmarks: store.benchmarks.values(), models: store.models.values() },
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
