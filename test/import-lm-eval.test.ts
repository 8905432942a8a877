// `muse import lm-eval` on a hand-made results file (test/fixtures/eval-logs): the catalog's primary
// metric per task, stderr ("N/A" allowed), n-shot as shots (a group's from its tasks), subtasks of an
// imported group left out, an unknown task under its own id; bad files write nothing and exit 65. The
// real results file in ../shared is imported too (skipped, visibly, when absent outside CI).
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { EXIT } from "../src/cli/main.js";
import { parsePythonJson } from "../src/import/shared/json.js";
import { runMuse } from "./helpers/run-muse.js";
import { sharedData } from "./helpers/shared-data.js";

const LOGS = "test/fixtures/eval-logs";
const RESULTS = `${LOGS}/results_2026-03-20T09-46-40.json`;
const work = mkdtempSync(join(tmpdir(), "muse-lm-eval-"));
let counter = 0;
const freshOut = () => join(work, `out-${++counter}`);
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe("muse import lm-eval", () => {
  it("imports each top-level task's primary metric in percent, with its stderr and shots", async () => {
    const out = freshOut();
    const r = await runMuse(["import", "lm-eval", RESULTS, "--out", out, "--json"]);
    expect(r.code, r.err).toBe(EXIT.ok);
    const rows = JSON.parse(r.out).files as Record<string, unknown>[];
    expect(rows.map((f) => [f.task, f.benchmark, f.known, f.setting, f.value, f.stderr])).toEqual([
      ["gpqa_diamond_zeroshot", "gpqa-diamond", true, "shots=0", 35.3535, 3.4062],
      ["mmlu", "mmlu", true, "shots=5", 65.12, 0.38],
      ["gsm8k", "gsm8k", true, "shots=5", 76.1941, 1.1731],
      ["acme_reading", "acme-reading", false, "shots=0", 42, null],
    ]);
    expect(r.err).toBe(
      `${RESULTS}: warning: task 'acme_reading': not in muse's catalog; imported as benchmark 'acme-reading' from metric 'f1,none' (fractions shown in percent)\n`,
    );
    const source = readFileSync(join(out, "sources", "lm-eval-acme-reasoner-7b-2026-03-20.yaml"), "utf8");
    expect(source).toContain(
      'title: "lm-evaluation-harness 0.4.9 run of Acme-Reasoner-7B: gpqa-diamond, mmlu, gsm8k, acme-reading"',
    );
    expect(source).toContain("published: 2026-03-20\n    kind: third-party\n");
    expect(source).toContain(
      'note: "Imported by muse from results_2026-03-20T09-46-40.json; run with lm-evaluation-harness 0.4.9. lm-evaluation-harness git abc1234. Model backend: hf. 2 subtasks are part of a group imported as a whole."',
    );
    expect(source).toContain("note: lm-evaluation-harness task 'gpqa_diamond_zeroshot', metric 'acc_norm,none'\n");
    expect(source).toContain(
      "note: lm-evaluation-harness task 'acme_reading', metric 'f1,none'; stderr N/A in the log\n",
    );
    const layered = await runMuse(["validate", "--registry", "default", "--registry", out]);
    expect(layered.code, layered.err).toBe(EXIT.ok);
  });

  it("ranks the run among the bundled scores under its own shots condition", async () => {
    const out = freshOut();
    await runMuse(["import", "lm-eval", RESULTS, "--out", out]);
    const r = await runMuse([
      "compare",
      "--bench",
      "gpqa-diamond",
      "--registry",
      "default",
      "--registry",
      out,
      "--setting",
      "shots=0",
      "--json",
    ]);
    expect(r.code, r.err).toBe(EXIT.ok);
    const rows = JSON.parse(r.out).rows as { model: string; value: number }[];
    expect(rows.map((row) => [row.model, row.value])).toEqual([["acme-reasoner-7b", 35.3535]]);
  });

  it.each([
    ["results_nan.json", "results_nan.json: task 'gsm8k': metric 'exact_match,strict-match' is NaN"],
    [
      "results_no-model.json",
      "results_no-model.json: no model name (model_name, config.model_args pretrained=...); pass --model",
    ],
    [
      "custom-task.json",
      "custom-task.json: an Inspect log, not lm-evaluation-harness results: use `muse import inspect`",
    ],
    ["not-a-log.json", "not-a-log.json: not an lm-evaluation-harness results file (no 'results' object)"],
  ])("refuses %s (nothing written, exit 65)", async (file, line) => {
    const out = freshOut();
    const r = await runMuse(["import", "lm-eval", RESULTS, `${LOGS}/${file}`, "--out", out]);
    expect(r.code).toBe(EXIT.invalidRegistry);
    expect(r.err.split("\n")).toContain(`${LOGS}/${line}`);
    expect(existsSync(out)).toBe(false);
  });
});

describe("parsePythonJson", () => {
  it("marks bare NaN and Infinity outside strings and leaves strings alone", () => {
    const parsed = parsePythonJson('{"a": NaN, "b": -Infinity, "c": "NaN Infinity", "d": [Infinity]}');
    expect(parsed).toEqual({
      ok: true,
      value: {
        a: "\u0000non-finite:NaN",
        b: "\u0000non-finite:-Infinity",
        c: "NaN Infinity",
        d: ["\u0000non-finite:Infinity"],
      },
    });
    expect(parsePythonJson("{").ok).toBe(false);
  });
});

const { path: SHARED, present, skip } = sharedData("eval-formats/lm-eval/");

describe.skipIf(skip)(`the real lm-eval results file (needs ${SHARED}; skipped when absent)`, () => {
  it("imports both of its tasks as unknown tasks, with their values and stderr in percent", async () => {
    expect(present, `${SHARED} must exist under CI=true`).toBe(true);
    const file = join(SHARED, "results_2026-01-21T03-44-18.458309.json");
    const r = await runMuse(["import", "lm-eval", file, "--out", freshOut(), "--json"]);
    expect(r.code, r.err).toBe(EXIT.ok);
    const rows = JSON.parse(r.out).files as Record<string, unknown>[];
    expect(rows.map((f) => [f.task, f.benchmark, f.known, f.model, f.setting, f.value, f.stderr])).toEqual([
      [
        "math_perturbed_full",
        "math-perturbed-full",
        false,
        "mem-qwen3-93m-minerva-math-rep-0-sbst-1.0000-epch-1-ot-1",
        "shots=0",
        0,
        0,
      ],
      [
        "math_rephrased_full",
        "math-rephrased-full",
        false,
        "mem-qwen3-93m-minerva-math-rep-0-sbst-1.0000-epch-1-ot-1",
        "shots=0",
        0.04,
        0.02828,
      ],
    ]);
  });
});
