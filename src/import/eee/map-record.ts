import type { Score, Setting } from "../../core/schema/index.js";
import { type BenchmarkPick, benchmarkOf } from "./benchmark.js";
import type { EeeRecord, EeeResult } from "./record.js";
import { scaled } from "./scale.js";
import { settingOf } from "./settings.js";
import { type SourceDraft, sourceOf } from "./source.js";

/** Keys muse's export writes into `score_details.details` and `model_info.additional_details`. */
export const SCORE_DETAILS = {
  note: "muse_note",
  asNamed: "muse_as_named",
  url: "muse_url",
  approx: "muse_approx",
  inferred: "muse_inferred",
  model: "muse_model_id",
} as const;

/** One evaluation result read into a score, before its model is resolved and its benchmark settled. */
export interface ScoreDraft {
  /** Its index in `evaluation_results`. */
  result: number;
  benchmark: BenchmarkPick;
  value: number;
  stderr?: number;
  ci?: [number, number];
  setting: Setting;
  note?: string;
  as_named?: string;
  url?: string;
  approx?: boolean;
  /** Setting keys muse's registry marks as inferred by its curator (from muse's own export only). */
  inferred?: NonNullable<Score["inferred"]>;
}

/** The model a record names: the text to resolve against the registry, and what the record says about it. */
export interface ModelDraft {
  version: string;
  name: string;
  org?: string;
  openWeights?: boolean;
}

/** A record read into drafts: its source, its model, a score per result, and what was noticed on the way. */
export interface RecordRead {
  source: SourceDraft;
  model: ModelDraft;
  scores: ScoreDraft[];
  warnings: string[];
}

/**
 * Reads a record (already checked against its schema) into drafts: `source_metadata` to a source,
 * `model_info` to a model, and each of `evaluation_results` to a score in the benchmark's unit, with its
 * standard error and confidence interval, and the setting its generation config states. A record whose
 * retrieval date cannot be read gives a problem instead.
 */
export function readRecord(record: EeeRecord): RecordRead | { problem: string } {
  const source = sourceOf(record);
  if ("problem" in source) return source;
  const warnings: string[] = [];
  const scores = record.evaluation_results.map((result, index) => {
    const draft = scoreOf(record, result, index, warnings);
    if (draft.benchmark.from === "own")
      warnings.push(
        `evaluation_results[${index}] '${result.evaluation_name}' is not in muse's catalog; imported as benchmark '${draft.benchmark.wanted.id}'`,
      );
    return draft;
  });
  return { source: source.draft, model: modelOf(record), scores, warnings };
}

function scoreOf(record: EeeRecord, result: EeeResult, index: number, warnings: string[]): ScoreDraft {
  const benchmark = benchmarkOf(result);
  const factor = benchmark.scale.factor;
  const { setting, warnings: settingWarnings } = settingOf(record, result);
  for (const w of settingWarnings) warnings.push(`evaluation_results[${index}]: ${w}`);
  const uncertainty = result.score_details.uncertainty;
  const details = result.score_details.details ?? {};
  const own = record.model_info.additional_details?.[SCORE_DETAILS.model] !== undefined;
  const stderr = uncertainty?.standard_error?.value;
  if (stderr !== undefined && stderr < 0)
    warnings.push(`evaluation_results[${index}]: a negative standard error (${stderr}) was left out`);
  const interval = uncertainty?.confidence_interval;
  const note = own ? details[SCORE_DETAILS.note] : noteOf(result);
  const asNamed = own ? details[SCORE_DETAILS.asNamed] : record.model_info.name;
  const url = details[SCORE_DETAILS.url];
  return {
    result: index,
    benchmark,
    value: scaled(result.score_details.score, factor),
    ...(stderr !== undefined && stderr >= 0 ? { stderr: scaled(stderr, factor) } : {}),
    ...(interval ? { ci: [scaled(interval.lower, factor), scaled(interval.upper, factor)] as [number, number] } : {}),
    setting,
    ...(note ? { note: note.slice(0, 2000) } : {}),
    ...(asNamed ? { as_named: asNamed.slice(0, 200) } : {}),
    ...(url && /^https?:\/\//.test(url) ? { url } : {}),
    ...(details[SCORE_DETAILS.approx] === "true" ? { approx: true } : {}),
    ...inferredOf(own ? details[SCORE_DETAILS.inferred] : undefined, setting),
  };
}

/** The inferred keys muse's export listed (comma-separated), those the setting has. */
function inferredOf(text: string | undefined, setting: Setting): Pick<ScoreDraft, "inferred"> {
  const keys = (text ?? "").split(",").filter((key): key is keyof Setting => key !== "" && key in setting);
  return keys.length > 0 ? { inferred: keys } : {};
}

/** What a reader should know about a foreign result: its metric, and a confidence level other than 95 %. */
function noteOf(result: EeeResult): string | undefined {
  const metric = result.metric_config.metric_name ?? result.metric_config.metric_id;
  const level = result.score_details.uncertainty?.confidence_interval?.confidence_level;
  const parts = [
    `Every Eval Ever: ${result.evaluation_name}${metric && metric !== result.evaluation_name ? `, metric ${metric}` : ""}.`,
    level !== undefined && level !== 0.95 ? `Confidence interval at ${Number((level * 100).toPrecision(6))}%.` : "",
  ];
  return parts.filter(Boolean).join(" ");
}

function modelOf(record: EeeRecord): ModelDraft {
  const info = record.model_info;
  const details = info.additional_details ?? {};
  const mused = details[SCORE_DETAILS.model];
  const availability = details.model_availability;
  const org = info.developer ?? (info.id.includes("/") ? info.id.split("/")[0] : undefined);
  return {
    version: typeof mused === "string" ? mused : info.id,
    name: info.name,
    ...(org ? { org } : {}),
    ...(availability === "open_weights" ? { openWeights: true } : {}),
    ...(availability === "closed_weights" ? { openWeights: false } : {}),
  };
}
