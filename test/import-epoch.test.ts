// importEpoch on a small fixture of our own: catalog, guessing, mapping onto the bundled models,
// distinct re-runs, reported rows, and documents that the registry loader accepts on their own and layered.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { linkLayers } from "../src/core/load/link.js";
import { loadRegistry } from "../src/core/load/load-registry.js";
import { type ParsedFile, parseRegistryText } from "../src/core/load/parse-file.js";
import type { Score } from "../src/core/schema/index.js";
import { EPOCH_CATALOG } from "../src/import/epoch/catalog.js";
import { type EpochImport, importEpoch } from "../src/import/epoch/import.js";
import { citationOf } from "../src/import/epoch/release.js";
import { knownColumns } from "../src/import/epoch/spec.js";
import { registryYaml } from "../src/import/shared/yaml-out.js";

const FIXTURE = fileURLToPath(new URL("./fixtures/epoch/basic/", import.meta.url));
const DATA = fileURLToPath(new URL("../data/", import.meta.url));

const csvFiles = readdirSync(FIXTURE)
  .filter((f) => f.endsWith(".csv"))
  .map((name) => ({ name, text: readFileSync(join(FIXTURE, name), "utf8") }));
const bundled = await loadRegistry([DATA]);
const result: EpochImport = importEpoch(
  csvFiles,
  { benchmarks: bundled.benchmarks.values(), models: bundled.models.values() },
  {
    release: { published: "2026-03", from: "README" },
    attribution: citationOf(readFileSync(join(FIXTURE, "README.md"), "utf8")),
  },
);

const fileResult = (name: string) => {
  const found = result.files.find((f) => f.file === name);
  if (found === undefined) throw new Error(`no result for ${name}`);
  return found;
};
const scoresOf = (name: string): Score[] => fileResult(name).scores;
const parsedDocuments: ParsedFile[] = result.documents.map((d) => {
  const outcome = parseRegistryText(d.path, registryYaml(d.content, "test"));
  if (!outcome.ok) throw new Error(JSON.stringify(outcome.problems));
  return outcome.file;
});

describe("a known file (gpqa_diamond.csv)", () => {
  const scores = scoresOf("gpqa_diamond.csv");

  it("maps Epoch model versions onto the bundled models, with the setting their suffixes give", () => {
    expect(scores.find((s) => s.as_named === "muse-spark")).toMatchObject({
      model: "muse-spark",
      benchmark: "gpqa-diamond",
      value: 89.8,
      stderr: 2.2,
      setting: {},
    });
    // gpt-5.4-2026-03-05 is an alias of the bundled gpt-5.4: that snapshot is the model, so it is not a setting.
    expect(scores.find((s) => s.as_named === "gpt-5.4-2026-03-05_xhigh")).toMatchObject({
      model: "gpt-5.4",
      value: 93.3,
      stderr: 1.81,
      setting: { effort: "xhigh" },
      url: "https://logs.epoch.ai/viewer.html?log_file=abc.eval",
    });
  });

  it("keeps every re-run as its own score, told apart by Epoch's record id exactly as written", () => {
    const runs = scores.filter((s) => s.model === "claude-opus-4.6");
    expect(runs.map((s) => [s.value, s.setting])).toEqual([
      [87, { budget: "32k", run: "RunOne" }],
      [88, { budget: "32k", run: "RunTwo" }],
      [86, { budget: "32k", run: "RunThree" }],
    ]);
  });

  it("imports ragged rows, and reports every row it cannot import with its line and reason", () => {
    expect(scores.find((s) => s.model === "short-model")).toMatchObject({ value: 50 });
    expect(scores.find((s) => s.model === "short-model")?.stderr).toBeUndefined();
    expect(fileResult("gpqa_diamond.csv").reported).toEqual([
      { file: "gpqa_diamond.csv", line: 8, reason: "no score in column 'mean_score'" },
      { file: "gpqa_diamond.csv", line: 11, reason: "no model version" },
      { file: "gpqa_diamond.csv", line: 12, reason: "score 'n/a' in column 'mean_score' is not a number" },
      { file: "gpqa_diamond.csv", line: 13, reason: "score 1.5 in column 'mean_score' is 150 %, outside 0-100" },
    ]);
    const f = fileResult("gpqa_diamond.csv");
    expect(f.rows).toBe(11);
    expect(f.imported + f.reported.length).toBe(f.rows);
  });

  it("warns about a column the catalog does not know and about cells beyond the header", () => {
    expect(fileResult("gpqa_diamond.csv").warnings).toEqual([
      { file: "gpqa_diamond.csv", line: null, message: "column not in muse's catalog, ignored: 'Judge notes'" },
      { file: "gpqa_diamond.csv", line: 10, message: "2 cells beyond the header's columns ignored" },
    ]);
  });
});

describe("an external file (terminalbench_external.csv)", () => {
  const scores = scoresOf("terminalbench_external.csv");

  it("reads the agent as the harness and tells same-harness re-runs apart by their record ids", () => {
    expect(scores.map((s) => [s.model, s.value, s.setting])).toEqual([
      ["gpt-5.4", 75, { effort: "xhigh", harness: "Codex CLI", run: "recAAA" }],
      ["gpt-5.4", 77, { effort: "xhigh", harness: "Codex CLI", run: "recBBB" }],
      ["gpt-5.4", 70, { effort: "xhigh", harness: "Terminus 2" }],
      ["llama-4-scout", 20, { harness: "Terminus 2" }],
    ]);
  });

  it("keeps where Epoch took each figure from, its notes and its link (a non-link is left out)", () => {
    expect(scores[1]?.note).toBe("Epoch's note: Second run, same agent; reported by: Terminal-Bench v2 Leaderboard");
    expect(scores[0]?.url).toBe("https://www.tbench.ai/leaderboard/terminal-bench/2.0");
    expect(scores[2]?.url).toBeUndefined();
    expect(scores[0]?.stderr).toBe(2);
    expect(scores[3]?.as_named).toBe("chutes/Llama-4-Scout-17B-16E Instruct");
  });
});

describe("display names and identities (names/arc_agi_2_external.csv)", () => {
  const NAMES = fileURLToPath(new URL("./fixtures/epoch/names/", import.meta.url));
  const names = importEpoch(
    [{ name: "arc_agi_2_external.csv", text: readFileSync(join(NAMES, "arc_agi_2_external.csv"), "utf8") }],
    { benchmarks: bundled.benchmarks.values(), models: bundled.models.values() },
    { release: { published: "2026-04", from: "option" }, attribution: "test" },
  );
  const f = names.files[0];
  const scores = f?.scores ?? [];

  it("takes the effort from the Name column beside the budget the model version gives", () => {
    const claude = scores.filter((s) => s.model === "claude-opus-4.6" && s.setting.budget === "120k");
    expect(claude.map((s) => [s.value, s.setting])).toEqual([
      [69.17, { budget: "120k", effort: "high" }],
      [68.75, { budget: "120k", effort: "max" }],
      [64.58, { budget: "120k", effort: "low" }],
    ]);
  });

  it("lets the Name state an effort the version calls unknown, and notes a Name that disagrees with the version", () => {
    expect(scores.find((s) => s.as_named === "claude-opus-4-6_unknown")?.setting).toEqual({ effort: "high" });
    const conflict = scores.find((s) => s.value === 5);
    expect(conflict?.setting).toEqual({ effort: "low", snapshot: "2025-08-07", run: "recConflict" });
    expect(conflict?.note).toBe("Epoch's Name column says effort medium; the model version's effort is kept");
  });

  it("collapses identical rows into one score with a note, and counts them", () => {
    const gpt5 = scores.filter((s) => s.as_named === "gpt-5-2025-08-07_low" && s.value === 1.94);
    expect(gpt5).toHaveLength(1);
    // Another figure of the same setting (0.05, below) gives this one the smallest of its record ids as its run.
    expect(gpt5[0]?.setting).toEqual({ effort: "low", snapshot: "2025-08-07", run: "rec66wbMAhLTeT1Mv" });
    expect(gpt5[0]?.note).toBe("Epoch lists this figure 2 times (records rec66wbMAhLTeT1Mv, recIgLhVAZcjtBEEr)");
    expect([f?.rows, f?.imported, f?.collapsed, f?.reported.length]).toEqual([10, 9, 1, 0]);
  });

  it("resolves a provider prefix and Fireworks' k2p5 spelling to the registry's model", () => {
    expect(scores.find((s) => s.as_named === "fireworks/kimi-k2p5")?.model).toBe("kimi-k2.5");
  });

  it("tells two figures of one model and setting apart by record id, never by line", () => {
    const gemini = scores.filter((s) => s.model === "gemini-3.1-pro");
    expect(gemini.map((s) => [s.value, s.setting])).toEqual([
      [77.08, { run: "recGem1" }],
      [77, { run: "recGem2" }],
    ]);
  });

  it("lists the names that matched no registry model, with their row counts", () => {
    expect(names.unresolved.find((u) => u.name === "gpt-5-2025-08-07")).toEqual({ name: "gpt-5-2025-08-07", count: 3 });
    expect(names.unresolved.some((u) => u.name === "kimi-k2p5")).toBe(false);
  });
});

describe("files the catalog does not know", () => {
  it("imports an unknown file with a guessed score column, unit and uncertainty, and says so", () => {
    const f = fileResult("mystery_bench_external.csv");
    expect(f.known).toBe(false);
    expect(f.benchmark).toMatchObject({ id: "mystery-bench", unit: "percent", category: "other" });
    expect(f.scores.map((s) => [s.model, s.value, s.stderr, s.setting])).toEqual([
      ["o3", 61, 3, { effort: "high", snapshot: "2025-04-16" }],
      ["gemini-2.5-pro", 55, 2, {}],
    ]);
    expect(f.warnings[0]?.message).toMatch(/^file not in muse's catalog; imported as benchmark 'mystery-bench'/);
  });

  it("skips a file with no score column at all with one warning, not a line per row", () => {
    const f = fileResult("comments_only.csv");
    expect([f.rows, f.imported, f.skipped, f.reported.length]).toEqual([2, 0, 2, 0]);
    expect(f.warnings.map((w) => w.message)).toEqual([
      "file not in muse's catalog and no numeric score column found; skipped",
    ]);
  });

  it("skips a wide file holding several benchmarks at once, or one without a model column, with one warning", () => {
    const base = { benchmarks: bundled.benchmarks.values(), models: bundled.models.values() };
    const options = { release: { published: "2026-04", from: "option" as const }, attribution: "test" };
    const wide = "Model version,GPQA,MMLU,HLE,ARC,SWE\nm1,0.5,0.6,0.1,0.2,0.3\nm2,0.4,0.7,0.2,0.1,0.2\n";
    const noModel = "Benchmark,Score\nGPQA,0.5\n";
    const run = importEpoch(
      [
        { name: "all_benchmarks.csv", text: wide },
        { name: "benchmarks_meta.csv", text: noModel },
      ],
      base,
      options,
    );
    expect(run.files.map((f) => [f.file, f.skipped, f.reported.length, f.warnings.map((w) => w.message)])).toEqual([
      [
        "all_benchmarks.csv",
        2,
        0,
        [
          "file not in muse's catalog and not one benchmark's table: it has 5 numeric columns ('GPQA', 'MMLU', 'HLE', 'ARC', 'SWE'), several benchmarks at once; skipped",
        ],
      ],
      [
        "benchmarks_meta.csv",
        1,
        0,
        [
          "file not in muse's catalog and not one benchmark's table: it has no 'Model version' or 'Name' column; skipped",
        ],
      ],
    ]);
  });
});

describe("a later release that renamed a known file's score column", () => {
  it("guesses the new score column, keeps the known uncertainty column, and says what it did", () => {
    const text = "Model version,Acc (%),Release date,Accuracy Standard Error,id\nmuse-spark,0.5,2026-04-08,0.01,recA\n";
    const later = importEpoch(
      [{ name: "hle_external.csv", text }],
      { benchmarks: [], models: [] },
      { release: { published: "2026-06", from: "option" }, attribution: "x" },
    );
    const [file] = later.files;
    expect(file?.scores).toEqual([
      {
        model: "muse-spark",
        benchmark: "humanitys-last-exam",
        value: 50,
        setting: {},
        stderr: 1,
        as_named: "muse-spark",
      },
    ]);
    expect(file?.warnings.map((w) => w.message)).toEqual([
      "score column 'Accuracy' is missing; using 'Acc (%)' instead (guessed)",
    ]);
  });
});

describe("the registry documents", () => {
  it("give one source per file with Epoch's provenance, licence and citation", () => {
    const sources = parsedDocuments.flatMap((d) => d.sources);
    expect(sources.map((s) => s.id).sort()).toEqual([
      "epoch-comments-only",
      "epoch-gpqa-diamond",
      "epoch-mystery-bench-external",
      "epoch-terminalbench-external",
    ]);
    for (const s of sources) {
      expect(s).toMatchObject({
        publisher: "Epoch AI",
        kind: "third-party",
        published: "2026-03",
        url: "https://epoch.ai/benchmarks",
        license: "CC BY 4.0",
        attribution: expect.stringMatching(/^Epoch AI, ‘AI Benchmarking Hub’/),
      });
    }
  });

  it("load on their own, and layered over the bundled registry without losing its facts", () => {
    const alone = linkLayers([parsedDocuments]);
    expect(alone.problems).toEqual([]);
    const dataFiles = readdirSync(DATA, { recursive: true })
      .map(String)
      .filter((f) => f.endsWith(".yaml") && !f.startsWith("epoch/"))
      .map((f) => {
        const outcome = parseRegistryText(f, readFileSync(join(DATA, f), "utf8"));
        if (!outcome.ok) throw new Error(f);
        return outcome.file;
      });
    const layered = linkLayers([dataFiles, parsedDocuments]);
    expect(layered.problems).toEqual([]);
    const gpt = layered.registry.models.get("gpt-5.4");
    const original = bundled.models.get("gpt-5.4");
    expect(gpt?.note).toBe(original?.note);
    // The bundled record has no release date; Epoch's rows give one, and the written-back record carries it.
    expect(original?.released).toBeUndefined();
    expect(gpt?.released).toBe("2026-03-05");
    expect(layered.registry.models.get("muse-spark")?.released).toBe(bundled.models.get("muse-spark")?.released);
    expect(gpt?.aliases).toEqual([...(original?.aliases ?? []), "gpt-5.4-2026-03-05_xhigh"]);
    expect(layered.registry.benchmarks.get("gpqa-diamond")?.description).toBe(
      bundled.benchmarks.get("gpqa-diamond")?.description,
    );
  });

  it("create a model record for a model the base registry lacks, from what Epoch's rows say", () => {
    const models = parsedDocuments.flatMap((d) => d.models);
    expect(models.find((m) => m.id === "o3")).toMatchObject({
      name: "o3",
      org: "OpenAI",
      released: "2025-04-16",
      aliases: ["o3-2025-04-16", "o3-2025-04-16_high"],
    });
    expect(models.map((m) => m.id)).not.toContain("new-model-x");
  });
});

describe("the catalog", () => {
  it("gives every file a benchmark whose unit matches how its score is scaled", () => {
    for (const [file, spec] of EPOCH_CATALOG) {
      if (spec.score.scale === 100) expect(spec.benchmark.unit, file).toBe("percent");
      expect(knownColumns(spec).has(spec.score.column), file).toBe(true);
    }
    expect(EPOCH_CATALOG.size).toBe(50);
  });

  it("reuses the bundled ids where the benchmark is the same", () => {
    const ids = new Set([...EPOCH_CATALOG.values()].map((s) => s.benchmark.id));
    for (const id of ["gpqa-diamond", "arc-agi-2", "humanitys-last-exam", "swe-bench-verified", "terminal-bench-2"]) {
      expect(ids.has(id), id).toBe(true);
      expect(bundled.benchmarks.has(id), id).toBe(true);
    }
  });
});
