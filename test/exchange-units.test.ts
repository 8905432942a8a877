// The pure pieces of the Every Eval Ever and Hugging Face exchange: scales, stated settings, dates, ids.
import { describe, expect, it } from "vitest";
import { epochSecondsOf, scoreUuid } from "../src/export/identity.js";
import { benchmarkOf } from "../src/import/eee/benchmark.js";
import { readRecord } from "../src/import/eee/map-record.js";
import type { EeeRecord, EeeResult } from "../src/import/eee/record.js";
import { scaled, scaleOf } from "../src/import/eee/scale.js";
import { settingOf } from "../src/import/eee/settings.js";
import { dateOf as eeeDate, sourceOf } from "../src/import/eee/source.js";
import { hubBenchmarkOf } from "../src/import/hf/catalog.js";
import { draftOf } from "../src/import/hf/map-result.js";
import { dateOf as hubDate } from "../src/import/hf/read.js";

const result = (over: Partial<EeeResult> = {}): EeeResult => ({
  evaluation_name: "Some Bench",
  source_data: { dataset_name: "x", source_type: "other" },
  metric_config: { lower_is_better: false },
  score_details: { score: 0.5 },
  ...over,
});

const record = (over: Partial<EeeRecord> = {}, results = [result()]): EeeRecord => ({
  schema_version: "0.3.0",
  evaluation_id: "bench/org_model/1",
  retrieved_timestamp: "1770682486.623709",
  source_metadata: {
    source_type: "documentation",
    source_organization_name: "Org",
    evaluator_relationship: "third_party",
  },
  model_info: { name: "Model-X", id: "org/model-x" },
  evaluation_results: results,
  ...over,
});

describe("Every Eval Ever metric scales", () => {
  it("reads proportions and 0..1 ranges as percent ×100, percent and 0..100 as they stand", () => {
    expect(scaleOf({ lower_is_better: false, metric_unit: "proportion" })).toEqual({ unit: "percent", factor: 100 });
    expect(scaleOf({ lower_is_better: false, min_score: 0, max_score: 1 })).toEqual({ unit: "percent", factor: 100 });
    expect(scaleOf({ lower_is_better: false, max_score: 1 })).toEqual({ unit: "percent", factor: 100 });
    expect(scaleOf({ lower_is_better: false, min_score: -1, max_score: 1 })).toEqual({ unit: "points", factor: 1 });
    expect(scaleOf({ lower_is_better: false, metric_unit: "Percent" })).toEqual({ unit: "percent", factor: 1 });
    expect(scaleOf({ lower_is_better: false, min_score: 0, max_score: 100 })).toEqual({ unit: "percent", factor: 1 });
    expect(scaleOf({ lower_is_better: false, metric_kind: "elo" })).toEqual({ unit: "elo", factor: 1 });
    expect(scaleOf({ lower_is_better: false, metric_unit: "usd" })).toEqual({ unit: "usd", factor: 1 });
    expect(scaleOf({ lower_is_better: false, metric_unit: "ms" })).toEqual({ unit: "points", factor: 1 });
  });

  it("multiplies without binary noise", () => {
    expect(0.5229 * 100).not.toBe(52.29);
    expect(scaled(0.5229, 100)).toBe(52.29);
    expect(scaled(0.0249, 100)).toBe(2.49);
    expect(scaled(1234.5, 1)).toBe(1234.5);
  });
});

describe("Every Eval Ever settings: only what a record states", () => {
  it("takes tools from available_tools, joined and sorted", () => {
    const tools = result({
      generation_config: {
        generation_args: { agentic_eval_config: { available_tools: [{ name: "Web Search" }, { name: "bash" }, {}] } },
      },
    });
    expect(settingOf(record(), tools).setting).toEqual({ tools: "bash+web-search" });
  });

  it("takes an effort from details or from the model's segment of evaluation_id, and never from elsewhere", () => {
    const stated = result({ generation_config: { additional_details: { reasoning_effort: "High" } } });
    expect(settingOf(record(), stated).setting).toEqual({ effort: "high" });
    const model = record({ model_info: { name: "M", id: "o/m", additional_details: { inference_effort: "low" } } });
    expect(settingOf(model, result()).setting).toEqual({ effort: "low" });
    expect(settingOf(record({ evaluation_id: "hal/org_model-x_xhigh/1" }), result()).setting).toEqual({
      effort: "xhigh",
    });
    expect(settingOf(record({ evaluation_id: "hal/other-model_high/1" }), result()).setting).toEqual({});
    expect(settingOf(record({ evaluation_id: "hal/model-x_fast/1" }), result()).setting).toEqual({});
    const unknown = result({ generation_config: { additional_details: { reasoning_effort: "turbo" } } });
    expect(settingOf(record(), unknown).setting).toEqual({});
  });

  it("keeps the case of a run label, as the registry does (an Epoch record id)", () => {
    const own = result({ generation_config: { additional_details: { muse_setting_run: "recoyJG3t2fzQ52qJ" } } });
    expect(settingOf(record(), own).setting).toEqual({ run: "recoyJG3t2fzQ52qJ" });
    const upper = result({ generation_config: { additional_details: { muse_setting_mode: "Pro" } } });
    expect(settingOf(record(), upper).setting).toEqual({});
  });

  it("reads muse's own setting details back, and names a value that does not fit", () => {
    const own = result({
      generation_config: {
        additional_details: {
          muse_setting_mode: "pro",
          muse_setting_agents: "4",
          muse_setting_shots: "x",
          muse_setting_colour: "red",
        },
      },
    });
    expect(settingOf(record(), own)).toEqual({
      setting: { mode: "pro", agents: 4 },
      warnings: [
        "generation detail muse_setting_shots: 'x' is not a muse setting value",
        "generation detail muse_setting_colour: 'red' is not a muse setting value",
      ],
    });
  });
});

describe("Every Eval Ever records muse exported", () => {
  it("keep the curator's inferred keys that the setting has, and the note and name as they were", () => {
    const own = record({ model_info: { name: "M", id: "o/m", additional_details: { muse_model_id: "m" } } }, [
      result({
        generation_config: { additional_details: { muse_setting_effort: "high" } },
        score_details: { score: 1, details: { muse_inferred: "effort,tools", muse_note: "n" } },
      }),
    ]);
    const read = readRecord(own);
    expect("scores" in read && read.scores[0]).toMatchObject({
      setting: { effort: "high" },
      inferred: ["effort"],
      note: "n",
    });
    expect("scores" in read && read.scores[0]?.as_named).toBeUndefined();
    expect("model" in read && read.model.version).toBe("m");
  });
});

describe("Every Eval Ever sources and benchmarks", () => {
  it("dates a source from retrieved_timestamp, epoch seconds as a string, or an ISO date", () => {
    expect(eeeDate("1770682486.623709")).toBe("2026-02-10");
    expect(eeeDate("1750000001")).toBe("2025-06-15");
    expect(eeeDate("2026-03-01T10:00:00Z")).toBe("2026-03-01");
    expect(eeeDate("yesterday")).toBeUndefined();
    expect(sourceOf(record({ retrieved_timestamp: "soon" }))).toEqual({
      problem: "retrieved_timestamp 'soon' is not epoch seconds or a date",
    });
  });

  it("takes muse's own source id only when it is a well-formed id (it names a file)", () => {
    const meta = (id: string): EeeRecord["source_metadata"] => ({
      source_type: "documentation",
      source_organization_name: "Org",
      evaluator_relationship: "third_party",
      additional_details: { muse_source_id: id },
    });
    const good = sourceOf(record({ source_metadata: meta("my-source") }));
    const bad = sourceOf(record({ source_metadata: meta("../../etc/passwd") }));
    expect("draft" in good && good.draft).toMatchObject({ wantedId: "my-source", ownId: true });
    expect("draft" in bad && bad.draft).toMatchObject({ wantedId: "eee-Org", ownId: false });
  });

  it("maps catalog names only when the metric is in percent and higher is better", () => {
    const hle = result({
      evaluation_name: "Humanity's Last Exam (accuracy)",
      metric_config: { lower_is_better: false, metric_unit: "percent" },
    });
    expect(benchmarkOf(hle)).toMatchObject({ from: "catalog", wanted: { id: "humanitys-last-exam" } });
    const calibration = result({
      evaluation_name: "Humanity's Last Exam (calibration error)",
      metric_config: { lower_is_better: true, metric_unit: "percent" },
    });
    expect(benchmarkOf(calibration)).toMatchObject({
      from: "own",
      wanted: { id: "humanitys-last-exam-calibration-error", higher_is_better: false, unit: "percent" },
    });
    const gpqa = result({ evaluation_name: "GPQA", metric_config: { lower_is_better: false, max_score: 1 } });
    expect(benchmarkOf(gpqa).wanted.id).toBe("gpqa");
  });
});

describe("Hugging Face results", () => {
  it("maps dataset and task ids through the catalog", () => {
    expect(hubBenchmarkOf("cais/hle", "default")?.benchmark.id).toBe("humanitys-last-exam");
    expect(hubBenchmarkOf("Idavidrein/gpqa", "diamond")?.benchmark.id).toBe("gpqa-diamond");
    expect(hubBenchmarkOf("idavidrein/GPQA", "gpqa_diamond")?.benchmark.id).toBe("gpqa-diamond");
    expect(hubBenchmarkOf("Idavidrein/gpqa", "gpqa_main")).toBeUndefined();
  });

  it("reads notes into the setting where they say so, and keeps the rest", () => {
    const base = { line: 1, dataset: "cais/hle", task: "default", value: 20.9, verifyToken: false };
    expect(draftOf({ ...base, notes: "No-Tools" }, "percent", undefined).setting).toEqual({ tools: "none" });
    expect(draftOf({ ...base, notes: "with tools: python, effort=high" }, "percent", undefined).setting).toEqual({
      tools: "python",
      effort: "high",
    });
    const kept = draftOf({ ...base, notes: "chain-of-thought; agents=0" }, "percent", undefined);
    expect(kept.setting).toEqual({});
    expect(kept.note).toBe("Hub notes: chain-of-thought, agents=0.");
  });

  it("reads ISO dates and date-times, and keeps reduced-precision dates", () => {
    expect(hubDate("2026-03-16T10:00:00Z")).toBe("2026-03-16");
    expect(hubDate(new Date("2026-01-02T00:00:00Z"))).toBe("2026-01-02");
    expect(hubDate("2026-04")).toBe("2026-04");
    expect(hubDate(2026)).toBe("2026");
    expect(hubDate("2026-02-30")).toBeUndefined();
    expect(hubDate("April 2026")).toBeUndefined();
  });
});

describe("export ids", () => {
  const score = { source: "s", model: "m", benchmark: "b", setting: {}, value: 1 } as never;
  it("derives a version-4-shaped UUID from the score's identity, the same every time", () => {
    expect(scoreUuid(score)).toBe(scoreUuid(score));
    expect(scoreUuid(score)).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(scoreUuid({ ...(score as object), setting: { tools: "none" } } as never)).not.toBe(scoreUuid(score));
  });

  it("writes a date as epoch seconds of its first day", () => {
    expect(epochSecondsOf("2026-04-09")).toBe("1775692800");
    expect(epochSecondsOf("2026-04")).toBe("1775001600");
    expect(epochSecondsOf("2026")).toBe("1767225600");
  });
});
