import { type ClaimKind, claimKindOf } from "../../core/claims/kind.js";
import { conditionOf, configurationOf } from "../../core/compare/conditions.js";
import type { Setting } from "../../core/schema/index.js";
import { SETTING_KEYS } from "../../core/schema/vocabulary.js";
import { describeSetting } from "../../core/setting.js";
import type { ScoreRecord, Store } from "../../core/store.js";
import { formatScore } from "../format-value.js";
import { type Cell, type Column, type CsvValue, cell } from "../view.js";
import { type Caveat, caveatsOf, caveatsText } from "./caveats.js";
import { benchmarkLabel, type Display, modelLabel } from "./display.js";
import { type FootnoteBook, unitOf, withRefs } from "./footnote-book.js";
import { inferredJson } from "./inferred.js";

/** One score as every JSON contract shows it: ids and names, the value as published, setting, source, caveats. */
export interface ScoreRowJson {
  model: string;
  model_name: string;
  benchmark: string;
  benchmark_name: string;
  value: number;
  unit: string;
  decimals: number;
  setting: Record<string, string | number>;
  /** Setting keys the curator inferred rather than the source stating them. */
  inferred: string[];
  source: string;
  source_kind: ClaimKind;
  stderr: number | null;
  ci: [number, number] | null;
  approx: boolean;
  as_named: string | null;
  note: string | null;
  url: string | null;
  notes: Caveat[];
}

/** Shapes a score for the JSON contract (missing fields are `null`, never absent): the one home of that shape. */
export function scoreRowJson(store: Store, s: ScoreRecord): ScoreRowJson {
  return {
    model: s.model,
    model_name: store.models.get(s.model)?.name ?? s.model,
    benchmark: s.benchmark,
    benchmark_name: store.benchmarks.get(s.benchmark)?.name ?? s.benchmark,
    value: s.value,
    unit: unitOf(store, s.benchmark),
    decimals: s.decimals,
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
    notes: caveatsOf(store, s),
  };
}

/** A setting as one CSV field: `key=value;key=value` in vocabulary order (`\` and `;` in a value escaped). */
export function settingCsv(setting: Setting): string {
  const parts: string[] = [];
  for (const key of SETTING_KEYS) {
    const value = setting[key];
    if (value !== undefined) parts.push(`${key}=${String(value).replace(/[\\;]/g, "\\$&")}`);
  }
  return parts.join(";");
}

/** The CSV columns every score-shaped row has, in order (docs/output.md documents them). */
export const SCORE_CSV_COLUMNS = [
  "benchmark",
  "benchmark_name",
  "model",
  "model_name",
  "value",
  "unit",
  "decimals",
  "approx",
  "stderr",
  "ci_low",
  "ci_high",
  "setting",
  "condition",
  "configuration",
  "inferred",
  "source",
  "source_kind",
  "notes",
] as const;

/** One score as a CSV record of SCORE_CSV_COLUMNS: the value written with its published decimals. */
export function scoreCsv(store: Store, s: ScoreRecord): Record<(typeof SCORE_CSV_COLUMNS)[number], CsvValue> {
  const row = scoreRowJson(store, s);
  return {
    benchmark: row.benchmark,
    benchmark_name: row.benchmark_name,
    model: row.model,
    model_name: row.model_name,
    value: s.value.toFixed(Math.min(s.decimals, 20)),
    unit: row.unit,
    decimals: row.decimals,
    approx: row.approx,
    stderr: row.stderr,
    ci_low: row.ci?.[0] ?? null,
    ci_high: row.ci?.[1] ?? null,
    setting: settingCsv(s.setting),
    condition: settingCsv(conditionOf(s.setting)),
    configuration: settingCsv(configurationOf(s.setting)),
    inferred: row.inferred.join(";"),
    source: row.source,
    source_kind: row.source_kind,
    notes: caveatsText(row.notes),
  };
}

/** The columns of a flat score table. */
export const SCORE_COLUMNS: readonly Column[] = [
  { key: "model", header: "Model" },
  { key: "benchmark", header: "Benchmark", shrink: 3 },
  { key: "value", header: "Value", align: "right" },
  { key: "setting", header: "Setting", shrink: 1 },
  { key: "source", header: "Source", shrink: 0 },
];

/** One score as a table row: model and benchmark names, value with its uncertainty, setting, source; caveats marked. */
export function scoreCells(store: Store, s: ScoreRecord, book: FootnoteBook, display: Display): Cell[] {
  return [
    withRefs(cell(modelLabel(store, s.model, display), s.model), book.modelNote(s.model)),
    cell(benchmarkLabel(store, s.benchmark, display), s.benchmark),
    withRefs(cell(formatScore(s, unitOf(store, s.benchmark), display.precision), s.value), book.scoreNote(s)),
    cell(describeSetting(s.setting, s.inferred)),
    withRefs(cell(s.source), book.source(s.source)),
  ];
}
