import type { Benchmark } from "../../core/schema/index.js";
import { CATEGORIES } from "../../core/schema/vocabulary.js";
import { hubBenchmarkNamed } from "../hf/catalog.js";
import { toModelId } from "../shared/ids.js";
import type { EeeResult } from "./record.js";
import { type Scale, scaleOf } from "./scale.js";

/** Keys muse's export writes into `metric_config.additional_details`. */
export const METRIC_DETAILS = { benchmark: "muse_benchmark_id", category: "muse_category" } as const;

/** The benchmark a result measures: the record to use where the registry has none, how it was found, the scale. */
export interface BenchmarkPick {
  wanted: Benchmark;
  /** `catalog`: muse's catalog; `muse`: muse's own export; `own`: made from the record's name. */
  from: "catalog" | "muse" | "own";
  scale: Scale;
}

/**
 * The benchmark of an evaluation result: the one muse's export named, else the catalog's for an
 * `evaluation_name` that means it exactly (when the metric is in percent), else a benchmark made from the
 * result itself (its name, unit, direction and description), under an id made from its name.
 */
export function benchmarkOf(result: EeeResult): BenchmarkPick {
  const metric = result.metric_config;
  const scale = scaleOf(metric);
  const details = metric.additional_details ?? {};
  const url = result.source_data.url?.find((u) => /^https?:\/\//.test(u));
  const own = (id: string): Benchmark => ({
    id,
    name: result.evaluation_name.slice(0, 200),
    aliases: [],
    category: categoryOf(details[METRIC_DETAILS.category]),
    unit: scale.unit,
    higher_is_better: !metric.lower_is_better,
    description: (
      metric.evaluation_description ?? `${result.evaluation_name}, as Every Eval Ever records name it.`
    ).slice(0, 500),
    ...(url ? { url } : {}),
  });
  const mused = details[METRIC_DETAILS.benchmark];
  if (mused !== undefined && /^(?=.{1,120}$)[a-z0-9]+(?:[.-][a-z0-9]+)*$/.test(mused))
    return { wanted: own(mused), from: "muse", scale };
  const hub = hubBenchmarkNamed(result.evaluation_name);
  if (
    hub !== undefined &&
    scale.unit === hub.benchmark.unit &&
    hub.benchmark.higher_is_better !== metric.lower_is_better
  )
    return { wanted: hub.benchmark, from: "catalog", scale };
  return {
    wanted: own(toModelId(result.evaluation_name.replace(/['\u2019]/g, "")) ?? "eee-benchmark"),
    from: "own",
    scale,
  };
}

function categoryOf(text: string | undefined): Benchmark["category"] {
  return (CATEGORIES as readonly string[]).includes(text ?? "") ? (text as Benchmark["category"]) : "other";
}
