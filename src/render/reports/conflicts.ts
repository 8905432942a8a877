import type { Conflict } from "../../core/conflicts.js";
import { describeSetting } from "../../core/setting.js";
import type { Store } from "../../core/store.js";
import { formatDelta, formatScore, shownDecimals } from "../format-value.js";
import { type Cell, type CsvValue, cell, type Report } from "../view.js";
import { benchmarkLabel, DEFAULT_DISPLAY, type Display, modelLabel } from "./display.js";
import { FootnoteBook, unitOf, withRefs } from "./footnote-book.js";
import { inferredNote } from "./inferred.js";
import { SCORE_CSV_COLUMNS, scoreCsv, scoreRowJson } from "./score-row.js";

/** The CSV columns of `conflicts`: one record per value, the score's columns and the identity's spread. */
export const CONFLICT_CSV_COLUMNS = [...SCORE_CSV_COLUMNS, "published", "difference"] as const;

/** The `conflicts` report: a JSON array with one object per disagreeing identity; a table row per value. */
export function conflictsReport(
  store: Store,
  conflicts: readonly Conflict[],
  display: Display = DEFAULT_DISPLAY,
): Report {
  const book = new FootnoteBook(store, display);
  const rows: Cell[][] = [];
  const csv: Record<string, CsvValue>[] = [];
  const json = conflicts.map((conflict) => {
    const first = conflict.scores[0];
    if (first === undefined) throw new Error("a conflict has at least two scores");
    const unit = unitOf(store, first.benchmark);
    const decimals = Math.max(...conflict.scores.map((s) => s.decimals));
    const difference = Number(conflict.spread.toFixed(decimals));
    const shown = Math.max(...conflict.scores.map((s) => shownDecimals(s, display.precision)));
    for (const s of conflict.scores) {
      const published = store.sources.get(s.source)?.published ?? null;
      rows.push([
        withRefs(cell(modelLabel(store, s.model, display), s.model), book.modelNote(s.model)),
        cell(benchmarkLabel(store, s.benchmark, display), s.benchmark),
        cell(describeSetting(s.setting, s.inferred)),
        withRefs(cell(formatScore(s, unit, display.precision), s.value), book.scoreNote(s)),
        withRefs(cell(s.source), book.source(s.source)),
        cell(scoreRowJson(store, s).source_kind),
        cell(formatDelta(difference, shown, false), difference, "warn"),
      ]);
      csv.push({ ...scoreCsv(store, s), published, difference });
    }
    return {
      model: first.model,
      model_name: store.models.get(first.model)?.name ?? first.model,
      benchmark: first.benchmark,
      benchmark_name: store.benchmarks.get(first.benchmark)?.name ?? first.benchmark,
      setting: { ...first.setting },
      unit,
      difference,
      values: conflict.scores.map((s) => ({
        ...scoreRowJson(store, s),
        published: store.sources.get(s.source)?.published ?? null,
      })),
    };
  });
  const n = conflicts.length;
  const notes =
    n === 0
      ? ["No conflicts: every score given by several sources agrees within uncertainty and rounding."]
      : [
          `${n} score${n === 1 ? "" : "s"} on which sources disagree beyond uncertainty and rounding.`,
          ...inferredNote(conflicts.flatMap((c) => c.scores)),
        ];
  return {
    json,
    view: {
      sections: [
        {
          columns: [
            { key: "model", header: "Model", shrink: 9 },
            { key: "benchmark", header: "Benchmark", shrink: 3 },
            { key: "setting", header: "Setting", shrink: 2 },
            { key: "value", header: "Value", align: "right" },
            { key: "source", header: "Source", shrink: 0 },
            { key: "source_kind", header: "Kind", shrink: 1 },
            { key: "difference", header: "Spread", align: "right" },
          ],
          rows,
        },
      ],
      footnotes: book.footnotes,
      notes,
    },
    csv: () => ({ columns: CONFLICT_CSV_COLUMNS, rows: csv }),
  };
}
