import { claimKindOf } from "../../core/claims/kind.js";
import { describeSetting, settingKey } from "../../core/setting.js";
import type { ScoreRecord, Store } from "../../core/store.js";
import { formatUncertainty, formatValue } from "../format-value.js";
import { type Cell, type Column, cell } from "../view.js";
import { inferredJson } from "./inferred.js";

/** One score as the JSON contract shows it: ids, the value as published, its setting and source. */
export interface ScoreRowJson {
  model: string;
  benchmark: string;
  value: number;
  unit: string;
  setting: Record<string, string | number>;
  /** Setting keys the curator inferred rather than the source stating them. */
  inferred: string[];
  source: string;
  source_kind: string;
  stderr: number | null;
  ci: [number, number] | null;
  approx: boolean;
  as_named: string | null;
  note: string | null;
  url: string | null;
}

/** Shapes a score for the JSON contract (missing fields are `null`, never absent). */
export function scoreRowJson(store: Store, s: ScoreRecord): ScoreRowJson {
  return {
    model: s.model,
    benchmark: s.benchmark,
    value: s.value,
    unit: store.benchmarks.get(s.benchmark)?.unit ?? "points",
    setting: { ...s.setting },
    inferred: inferredJson(s),
    source: s.source,
    source_kind: claimKindOf(store.sources.get(s.source)),
    stderr: s.stderr ?? null,
    ci: s.ci ? [s.ci[0], s.ci[1]] : null,
    approx: s.approx ?? false,
    as_named: s.as_named ?? null,
    note: s.note ?? null,
    url: s.url ?? null,
  };
}

/** The columns of a flat score table. */
export const SCORE_COLUMNS: readonly Column[] = [
  { key: "model", header: "Model" },
  { key: "benchmark", header: "Benchmark" },
  { key: "value", header: "Value", align: "right" },
  { key: "uncertainty", header: "±", align: "right" },
  { key: "setting", header: "Setting" },
  { key: "source", header: "Source" },
];

/** One score as a table row: model and benchmark names (ids for CSV), value, uncertainty, setting, source id. */
export function scoreCells(store: Store, s: ScoreRecord): Cell[] {
  const unit = store.benchmarks.get(s.benchmark)?.unit ?? "points";
  const uncertainty = formatUncertainty(s.stderr, s.ci);
  // People read names; CSV (which takes the raw value) keeps the ids scripts join on.
  return [
    cell(store.models.get(s.model)?.name ?? s.model, s.model),
    cell(store.benchmarks.get(s.benchmark)?.name ?? s.benchmark, s.benchmark),
    cell(formatValue(s.value, unit, s.approx, s.decimals), s.value),
    // CSV takes a standard error as a number and an interval as its text (`[40.1, 44.9]`).
    cell(uncertainty, s.stderr, "dim"),
    cell(describeSetting(s.setting, s.inferred), settingKey(s.setting)),
    cell(s.source),
  ];
}
