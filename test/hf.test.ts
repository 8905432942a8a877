// Hugging Face eval results: `muse import hf` on a model repo written from the Hub's specification
// (test/fixtures/hf), and `muse export hf` of the bundled registry read back with a YAML parser and
// imported again.
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { parse } from "yaml";
import { EXIT } from "../src/cli/main.js";
import { notesOf, variantOf } from "../src/export/hf/export.js";
import { runMuse } from "./helpers/run-muse.js";

const REPO_DIR = fileURLToPath(new URL("./fixtures/hf/model-repo/", import.meta.url));
const work = mkdtempSync(join(tmpdir(), "muse-hf-test-"));
let counter = 0;
const freshOut = () => join(work, `out-${++counter}`);
afterAll(() => rmSync(work, { recursive: true, force: true }));

// biome-ignore lint/suspicious/noExplicitAny: parsed YAML of registry files, checked field by field below
const sourcesOf = (out: string): any[] =>
  readdirSync(join(out, "sources")).flatMap((f) => parse(readFileSync(join(out, "sources", f), "utf8")).sources);

describe("muse import hf", () => {
  it("needs a date for results that give none: reports it, writes nothing, exits 65", async () => {
    const out = freshOut();
    const r = await runMuse(["import", "hf", REPO_DIR, "--model", "example-org/example-model", "--out", out]);
    expect(r.code).toBe(EXIT.invalidRegistry);
    expect(r.err).toContain(
      `${join(REPO_DIR, "README.md")}: no result of source 'hf-open-llm-leaderboard' has a date; pass --date YYYY-MM-DD`,
    );
    expect(existsSync(out)).toBe(false);
  });

  it("reads .eval_results/*.yaml and the model card's model-index of a repo directory", async () => {
    const out = freshOut();
    const args = ["import", "hf", REPO_DIR, "--model", "example-org/example-model", "--date", "2026-03-01"];
    const r = await runMuse([...args, "--out", out, "--json"]);
    expect(r.code, r.err).toBe(EXIT.ok);
    const json = JSON.parse(r.out);
    expect(json.model).toBe("example-model");
    expect(json.totals).toMatchObject({ files: 4, results: 8, imported: 5, reported: 3, warnings: 1 });
    const lines = r.err.trim().split("\n");
    const gpqa = join(REPO_DIR, ".eval_results/gpqa_diamond.yaml");
    expect(lines).toContain(`${gpqa}:12: no dataset.task_id`);
    expect(lines).toContain(`${gpqa}:15: value NaN is not a finite number`);
    expect(lines).toContain(
      `${join(REPO_DIR, "README.md")}:6: metric 'acc_norm' not imported: only a result's first metric is`,
    );
    const sources = sourcesOf(out);
    const traces = sources.find((s: { id: string }) => s.id === "hf-example-org");
    expect(traces).toMatchObject({
      title: "Eval traces",
      publisher: "example-org",
      published: "2026-03-16",
      url: "https://huggingface.co/spaces/example-org/hle-logs",
      kind: "third-party",
    });
    expect(traces.scores).toEqual([
      {
        model: "example-model",
        benchmark: "humanitys-last-exam",
        value: 20.9,
        setting: { tools: "none" },
        note: "The Hub entry carries a verifyToken (a signature that the run can be verified). Dataset revision 5503434ddd753f426f4b38109466949a1217c2bb. Run on 2026-03-15.",
      },
      { model: "example-model", benchmark: "humanitys-last-exam", value: 31.5, setting: { tools: "any" } },
    ]);
    const card = sources.find((s: { id: string }) => s.id === "hf-open-llm-leaderboard");
    expect(card.scores).toEqual([
      {
        model: "example-model",
        benchmark: "mmlu-pro",
        value: 45.5,
        setting: { shots: 5 },
        note: "Metric: accuracy (5-shot).",
      },
    ]);
    const plain = sources.find((s: { id: string }) => s.id === "hf-example-model-eval-results");
    expect(
      plain.scores.map((s: { benchmark: string; value: number; note?: string }) => [s.benchmark, s.value, s.note]),
    ).toEqual([
      ["gpqa-diamond", 71.2, "Hub notes: chain-of-thought."],
      ["hf-example-unknown-bench-main", 12.5, undefined],
    ]);
    expect(parse(readFileSync(join(out, "models.yaml"), "utf8")).models).toEqual([
      {
        id: "example-model",
        name: "example-model",
        org: "example-org",
        aliases: ["example-org/example-model"],
        note: "Created by `muse import hf` for the model whose Hugging Face eval results were imported.",
      },
    ]);
    const layered = await runMuse(["validate", "--registry", "default", "--registry", out]);
    expect(layered.code, layered.err).toBe(EXIT.ok);
  });

  it("scales fractions with --scale fraction, and warns about values of 1 or less otherwise", async () => {
    const dir = join(work, "fraction");
    mkdirSync(dir);
    writeFileSync(
      join(dir, "gpqa.yaml"),
      "- dataset:\n    id: Idavidrein/gpqa\n    task_id: diamond\n  value: 0.412\n  date: '2026-01-02'\n",
    );
    const asPercent = await runMuse(["import", "hf", join(dir, "gpqa.yaml"), "--model", "m", "--out", freshOut()]);
    expect(asPercent.err).toContain("value 0.412 on gpqa-diamond read as 0.412%; pass --scale fraction");
    const out = freshOut();
    const r = await runMuse([
      "import",
      "hf",
      join(dir, "gpqa.yaml"),
      "--model",
      "m",
      "--scale",
      "fraction",
      "--out",
      out,
    ]);
    expect(r.code, r.err).toBe(EXIT.ok);
    expect(sourcesOf(out)[0].scores[0]).toMatchObject({ benchmark: "gpqa-diamond", value: 41.2 });
  });

  it("refuses a missing --model and a bad --scale as usage errors", async () => {
    expect((await runMuse(["import", "hf", REPO_DIR, "--out", freshOut()])).code).toBe(EXIT.usage);
    const bad = await runMuse(["import", "hf", REPO_DIR, "--model", "m", "--scale", "ratio", "--out", freshOut()]);
    expect(bad.code).toBe(EXIT.usage);
    expect(bad.err).toContain("--scale expects percent or fraction, got 'ratio'");
  });
});

describe("muse export hf", () => {
  it("writes one file per variant for the benchmarks the catalog maps, readable as the Hub's spec", async () => {
    const out = freshOut();
    const r = await runMuse(["export", "hf", "--model", "muse-spark", "--out", out, "--json"]);
    expect(r.code, r.err).toBe(EXIT.ok);
    const names = readdirSync(join(out, ".eval_results")).sort();
    expect(names).toEqual([
      "gpqa_diamond.yaml",
      "hle.yaml",
      "hle_mode_contemplating.yaml",
      "hle_mode_contemplating_no_tools.yaml",
      "hle_mode_contemplating_with_tools.yaml",
      "hle_mode_contemplating_with_tools_agents_1.yaml",
      "hle_mode_contemplating_with_tools_agents_16.yaml",
      "hle_mode_contemplating_with_tools_agents_2.yaml",
      "hle_mode_contemplating_with_tools_agents_4.yaml",
    ]);
    const hle = parse(readFileSync(join(out, ".eval_results/hle.yaml"), "utf8"));
    expect(hle).toEqual([
      { dataset: { id: "cais/hle", task_id: "default" }, value: 42.8, date: "2026-04-09", notes: "no-tools" },
    ]);
    const json = JSON.parse(r.out);
    expect(json.format).toBe("hf");
    expect(json.files[0]).toEqual({
      path: ".eval_results/gpqa_diamond.yaml",
      benchmark: "gpqa-diamond",
      model: "muse-spark",
      setting: {},
      value: 89.5,
      source: "eigent-muse-spark",
    });
    expect(json.not_exported).toContainEqual({
      benchmark: "arc-agi-2",
      model: "muse-spark",
      setting: {},
      value: 42.5,
      source: "eigent-muse-spark",
      reason: "no Hub leaderboard in muse's catalog",
    });
  });

  it("writes hle.yaml and hle_with_tools.yaml for a model scored without and with tools", async () => {
    const out = freshOut();
    expect((await runMuse(["export", "hf", "--model", "gpt-5.4-pro", "--out", out])).code).toBe(EXIT.ok);
    expect(readdirSync(join(out, ".eval_results")).sort()).toEqual(["hle.yaml", "hle_with_tools.yaml"]); // no lock left
    expect(parse(readFileSync(join(out, ".eval_results/hle_with_tools.yaml"), "utf8"))).toEqual([
      // the registry marks this tools=any as inferred by its curator, and the Hub file says so
      {
        dataset: { id: "cais/hle", task_id: "default" },
        value: 58.7,
        date: "2026-04-09",
        notes: "with tools (inferred)",
      },
    ]);
    expect(readFileSync(join(out, ".eval_results/hle.yaml"), "utf8")).toBe(
      [
        "# Written by `muse export hf` from muse's registry: gpt-5.4-pro on humanitys-last-exam, source pop-muse-spark (press).",
        "- dataset:",
        '    id: "cais/hle"',
        '    task_id: "default"',
        "  value: 58.7",
        '  date: "2026-04"',
        "",
      ].join("\n"),
    );
  });

  it("keeps the curator's inferred mark through an export and an import", async () => {
    const out = freshOut();
    await runMuse(["export", "hf", "--model", "gpt-5.4-pro", "--out", out]);
    const back = freshOut();
    expect((await runMuse(["import", "hf", out, "--model", "gpt-5.4-pro", "--out", back])).code).toBe(EXIT.ok);
    const scores = sourcesOf(back).flatMap((s) => s.scores);
    expect(scores.map((s) => [s.setting ?? {}, s.inferred])).toEqual([
      [{}, undefined],
      [{ tools: "any" }, ["tools"]],
    ]);
  });

  it("imports back to the same values and settings", async () => {
    const out = freshOut();
    await runMuse(["export", "hf", "--model", "muse-spark", "--out", out]);
    const back = freshOut();
    const r = await runMuse(["import", "hf", out, "--model", "muse-spark", "--out", back]);
    expect(r.code, r.err).toBe(EXIT.ok);
    const exported = JSON.parse(
      (await runMuse(["export", "hf", "--model", "muse-spark", "--out", freshOut(), "--json"])).out,
    );
    const imported = sourcesOf(back).flatMap((s) => s.scores);
    const identity = (s: { benchmark: string; value: number; setting?: object }) =>
      `${s.benchmark} ${s.value} ${JSON.stringify(s.setting ?? {})}`;
    expect(imported.map(identity).sort()).toEqual(exported.files.map(identity).sort());
  });

  it("replaces its own files but never a file it did not write", async () => {
    const out = freshOut();
    expect((await runMuse(["export", "hf", "--model", "muse-spark", "--out", out])).code).toBe(EXIT.ok);
    expect((await runMuse(["export", "hf", "--model", "muse-spark", "--out", out])).code).toBe(EXIT.ok);
    const foreign = freshOut();
    mkdirSync(join(foreign, ".eval_results"), { recursive: true });
    writeFileSync(join(foreign, ".eval_results/hle.yaml"), "- dataset: {id: cais/hle, task_id: default}\n  value: 1\n");
    const r = await runMuse(["export", "hf", "--model", "muse-spark", "--out", foreign]);
    expect(r.code).toBe(EXIT.usage);
    expect(r.err).toContain("refusing to replace");
    expect(readdirSync(join(foreign, ".eval_results"))).toEqual(["hle.yaml"]);
  });

  it("names variants and notes from the setting", () => {
    expect(variantOf({}, false)).toBe("");
    expect(variantOf({ tools: "none" }, false)).toBe("");
    expect(variantOf({ tools: "none" }, true)).toBe("_no_tools");
    expect(variantOf({ tools: "any" }, false)).toBe("_with_tools");
    expect(variantOf({ tools: "python", effort: "xhigh" }, false)).toBe("_with_python_effort_xhigh");
    expect(notesOf({})).toBeUndefined();
    expect(notesOf({ mode: "pro", tools: "python", agents: 4 })).toBe("mode=pro, with tools: python, agents=4");
    expect(notesOf({ tools: "none", effort: "high" }, ["effort"])).toBe("no-tools, effort=high (inferred)");
  });
});
