import { SETTING_KEYS } from "../../core/schema/vocabulary.js";
import { settingKey } from "../../core/setting.js";
import type { BenchmarkRecord, ModelRecord, ScoreRecord, SourceRecord } from "../../core/store.js";
import { METRIC_DETAILS } from "../../import/eee/benchmark.js";
import { SCORE_DETAILS } from "../../import/eee/map-record.js";
import {
  EEE_EXPORT_VERSION,
  type EeeDetails,
  type EeeGenerationConfig,
  type EeeRecord,
  type EeeResult,
  type EeeSourceData,
} from "../../import/eee/record.js";
import { EFFORT_DETAIL, SETTING_DETAIL_PREFIX } from "../../import/eee/settings.js";
import { SOURCE_DETAILS } from "../../import/eee/source.js";
import { hubBenchmarkFor } from "../../import/hf/catalog.js";
import { toModelId } from "../../import/shared/ids.js";
import { epochSecondsOf } from "../identity.js";

/** The records a score's record is built from: its benchmark, model and source. */
export interface ScoreContext {
  benchmark: BenchmarkRecord;
  model: ModelRecord;
  source: SourceRecord;
}

/** The developer folder of a model in the datastore layout: its organisation as an id (`Meta` → `meta`). */
export function developerSlug(model: ModelRecord): string {
  return toModelId(model.org) ?? "unknown";
}

/**
 * One score as an Every Eval Ever 0.3.0 aggregate record: the source as `source_metadata` (its kind as
 * `evaluator_relationship`, a press source as the kind of whoever it repeats), the model as `model_info`,
 * and the score as the one evaluation result, with its unit and range, standard error and confidence
 * interval, and its setting in the generation config. Everything the schema has no field for (the
 * registry's ids, a press source's origin, notes) goes into `additional_details` under `muse_` keys, so
 * that `muse import eee` gives back the same score.
 */
export function eeeRecordOf(score: ScoreRecord, { benchmark, model, source }: ScoreContext): EeeRecord {
  const setting = settingKey(score.setting);
  return {
    schema_version: EEE_EXPORT_VERSION,
    evaluation_id: [benchmark.id, model.id, source.id, ...(setting === "" ? [] : [setting])].join("/"),
    retrieved_timestamp: epochSecondsOf(source.published),
    source_metadata: {
      source_name: source.title,
      source_type: "documentation",
      source_organization_name: source.publisher,
      evaluator_relationship: relationshipOf(source),
      additional_details: compact({
        [SOURCE_DETAILS.id]: source.id,
        [SOURCE_DETAILS.published]: source.published,
        [SOURCE_DETAILS.kind]: source.kind,
        [SOURCE_DETAILS.repeatsName]: source.repeats?.name,
        [SOURCE_DETAILS.repeatsKind]: source.repeats?.kind,
        [SOURCE_DETAILS.license]: source.license,
        [SOURCE_DETAILS.attribution]: source.attribution,
        [SOURCE_DETAILS.note]: source.note,
        // The document's address; the schema's only URL field is the organisation's, which muse does not know.
        [SOURCE_DETAILS.url]: source.url,
      }),
    },
    eval_library: { name: "unknown", version: "unknown" },
    model_info: {
      name: model.name,
      id: `${developerSlug(model)}/${model.id}`,
      developer: model.org,
      additional_details: {
        deployment_type: "unknown",
        model_availability:
          model.open_weights === undefined ? "unknown" : model.open_weights ? "open_weights" : "closed_weights",
        [SCORE_DETAILS.model]: model.id,
      },
    },
    evaluation_results: [resultOf(score, benchmark)],
  };
}

function resultOf(score: ScoreRecord, benchmark: BenchmarkRecord): EeeResult {
  const percent = benchmark.unit === "percent";
  const details = compact({
    [SCORE_DETAILS.note]: score.note,
    [SCORE_DETAILS.asNamed]: score.as_named,
    [SCORE_DETAILS.url]: score.url,
    [SCORE_DETAILS.approx]: score.approx ? "true" : undefined,
    // Setting keys the registry's curator inferred, so that an import keeps the mark.
    [SCORE_DETAILS.inferred]: score.inferred?.join(","),
  });
  const uncertainty = {
    ...(score.stderr !== undefined ? { standard_error: { value: score.stderr } } : {}),
    ...(score.ci !== undefined ? { confidence_interval: { lower: score.ci[0], upper: score.ci[1] } } : {}),
  };
  const generation = generationOf(score);
  return {
    evaluation_result_id: benchmark.id,
    evaluation_name: benchmark.name,
    source_data: sourceDataOf(benchmark),
    metric_config: {
      evaluation_description: benchmark.description,
      metric_unit: benchmark.unit,
      lower_is_better: !benchmark.higher_is_better,
      score_type: "continuous",
      min_score: percent ? 0 : null,
      max_score: percent ? 100 : null,
      additional_details: { [METRIC_DETAILS.benchmark]: benchmark.id, [METRIC_DETAILS.category]: benchmark.category },
    },
    score_details: {
      score: score.value,
      ...(details ? { details } : {}),
      ...(Object.keys(uncertainty).length > 0 ? { uncertainty } : {}),
    },
    ...(generation ? { generation_config: generation } : {}),
  };
}

function sourceDataOf(benchmark: BenchmarkRecord): EeeSourceData {
  const hub = hubBenchmarkFor(benchmark.id);
  if (hub !== undefined) return { dataset_name: benchmark.name, source_type: "hf_dataset", hf_repo: hub.dataset };
  if (benchmark.url) return { dataset_name: benchmark.name, source_type: "url", url: [benchmark.url] };
  return { dataset_name: benchmark.name, source_type: "other" };
}

/**
 * The setting as generation config: every key as `muse_setting_<key>`, and, where the source stated them (not
 * inferred by the curator), tools as `available_tools` and effort as `reasoning_effort`.
 */
function generationOf(score: ScoreRecord): EeeGenerationConfig | undefined {
  const details: EeeDetails = {};
  for (const key of SETTING_KEYS) {
    const value = score.setting[key];
    if (value !== undefined) details[`${SETTING_DETAIL_PREFIX}${key}`] = String(value);
  }
  if (Object.keys(details).length === 0) return undefined;
  // EEE's own fields say what the source stated: a key the curator inferred is only in the `muse_` details.
  const stated = (key: "effort" | "tools") => (score.inferred?.includes(key) ? undefined : score.setting[key]);
  const effort = stated("effort");
  if (effort !== undefined) details[EFFORT_DETAIL] = effort;
  const tools = stated("tools");
  const named = tools === undefined || tools === "none" || tools === "any" ? [] : tools.split("+");
  return {
    ...(named.length > 0
      ? { generation_args: { agentic_eval_config: { available_tools: named.map((name) => ({ name })) } } }
      : {}),
    additional_details: details,
  };
}

function relationshipOf(source: SourceRecord): "first_party" | "third_party" {
  const kind = source.kind === "press" ? (source.repeats?.kind ?? "third-party") : source.kind;
  return kind === "first-party" ? "first_party" : "third_party";
}

/** The defined entries of an object, or `undefined` when none is. */
function compact(entries: Record<string, string | undefined>): EeeDetails | undefined {
  const defined = Object.entries(entries).filter((e): e is [string, string] => e[1] !== undefined);
  return defined.length === 0 ? undefined : Object.fromEntries(defined);
}
