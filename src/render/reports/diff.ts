import type { ScoreDiff } from "../../core/diff.js";
import { describeSetting, settingKey } from "../../core/setting.js";
import type { ScoreRecord, Store } from "../../core/store.js";
import { deltaDecimals, difference, formatDelta, formatScore } from "../format-value.js";
import { type Cell, type Column, cell, type Report } from "../view.js";
import { scoreRowJson } from "./score-row.js";

const COLUMNS: readonly Column[] = [
  { key: "change", header: "Change" },
  { key: "model", header: "Model" },
  { key: "benchmark", header: "Benchmark" },
  { key: "setting", header: "Setting" },
  { key: "source", header: "Source" },
  { key: "old", header: "Old", align: "right" },
  { key: "new", header: "New", align: "right" },
  { key: "delta", header: "Δ", align: "right" },
  { key: "fields", header: "Fields" },
];

/** The fields of one side of a changed score, as the JSON contract shows them (picked from the score row). */
function sideJson(store: Store, s: ScoreRecord) {
  const { value, stderr, ci, approx, inferred, as_named, note, url } = scoreRowJson(store, s);
  return { value, stderr, ci, approx, inferred, as_named, note, url };
}

/**
 * What changed between two registries: JSON `{added, removed, changed}` (score rows; a changed row
 * carries `old`, `new`, `delta` and the `fields` that differ), and one table with a Change column.
 */
export function diffReport(diff: ScoreDiff, before: Store, after: Store): Report {
  const unitIn = (store: Store, s: ScoreRecord) => store.benchmarks.get(s.benchmark)?.unit ?? "points";
  const shown = (store: Store, s: ScoreRecord) => formatScore(s, unitIn(store, s));
  const head = (change: string, s: ScoreRecord, style: Cell["style"]): Cell[] => [
    cell(change, change, style),
    cell(s.model),
    cell(s.benchmark),
    cell(describeSetting(s.setting, s.inferred), settingKey(s.setting)),
    cell(s.source),
  ];
  const rows: Cell[][] = [
    ...diff.added.map((s) => [
      ...head("added", s, "good"),
      cell(""),
      cell(shown(after, s), s.value),
      cell(""),
      cell(""),
    ]),
    ...diff.removed.map((s) => [
      ...head("removed", s, "bad"),
      cell(shown(before, s), s.value),
      cell(""),
      cell(""),
      cell(""),
    ]),
    ...diff.changed.map(({ before: b, after: a, fields }) => [
      ...head("changed", a, "warn"),
      cell(shown(before, b), b.value),
      cell(shown(after, a), a.value),
      cell(a.value === b.value ? "" : formatDelta(difference(a, b), deltaDecimals(a, b)), difference(a, b)),
      cell(fields.join(", ")),
    ]),
  ];
  const summary = `${diff.added.length} added, ${diff.removed.length} removed, ${diff.changed.length} changed, ${diff.unchanged} unchanged`;
  return {
    json: {
      added: diff.added.map((s) => scoreRowJson(after, s)),
      removed: diff.removed.map((s) => scoreRowJson(before, s)),
      changed: diff.changed.map(({ before: b, after: a, fields }) => ({
        model: a.model,
        benchmark: a.benchmark,
        setting: { ...a.setting },
        source: a.source,
        unit: unitIn(after, a),
        fields,
        old: sideJson(before, b),
        new: sideJson(after, a),
        delta: difference(a, b),
      })),
    },
    view: {
      sections: [{ columns: COLUMNS, rows, summary: [summary] }],
      notes: rows.length > 0 ? [] : ["No score differs."],
    },
  };
}
