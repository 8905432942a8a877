import { withinUncertainty } from "../../core/compare/agreement.js";
import { bestCells, type Line, lineRanks } from "../../core/compare/lines.js";
import type { Store } from "../../core/store.js";
import { type Cell, type CsvValue, cell, type Report } from "../view.js";
import { ALL_SETTINGS_HINT, lineSettingCell, unshownNote } from "./compare-lines.js";
import {
  COMPARE_CSV_COLUMNS,
  type CompareRowJson,
  compareCsv,
  compareRowJson,
  precedenceNote,
  valueCell,
} from "./compare-parts.js";
import { benchmarkLabel, DEFAULT_DISPLAY, type Display, modelLabel } from "./display.js";
import { FootnoteBook, withRefs } from "./footnote-book.js";
import { inferredNote } from "./inferred.js";

/** A matrix row of the JSON contract: a compare row with a flag for the best value of its line. */
export type MatrixRowJson = CompareRowJson & { best: boolean };

/** The character that marks the best value of a matrix line in every format (colour or not). */
export const BEST_MARK = "★";

/**
 * The `compare --models a,b,c` report: benchmarks (and settings) as rows, models as columns, the best
 * value of each row marked; empty where a model has no score. Δ in JSON is against `baseline`, and
 * `within_uncertainty` follows the rule rankings use (both state an uncertainty and they overlap).
 */
export function matrixReport(
  store: Store,
  models: readonly string[],
  lines: readonly Line[],
  baseline: string,
  prefer: string,
  display: Display = DEFAULT_DISPLAY,
): Report {
  const book = new FootnoteBook(store, display);
  const names = models.map((m) => modelLabel(store, m, display));
  const rows: MatrixRowJson[] = [];
  const csv: Record<string, CsvValue>[] = [];
  const viewRows: Cell[][] = [];
  const baseIndex = models.indexOf(baseline);
  let marked = false;
  for (const line of lines) {
    const best = bestCells(line);
    const ranks = lineRanks(line);
    const base = line.cells[baseIndex]?.score;
    line.cells.forEach((shown, i) => {
      if (shown === undefined) return;
      const near = base !== undefined && i !== baseIndex && withinUncertainty(shown.score, base);
      const place = { rank: ranks[i] ?? null, baseline, baselineScore: base, withinUncertainty: near };
      const row = { ...compareRowJson(store, shown, place), best: best[i] === true };
      rows.push(row);
      csv.push(compareCsv(store, row, shown, row.best));
    });
    viewRows.push([
      cell(benchmarkLabel(store, line.benchmark.id, display), line.benchmark.id),
      lineSettingCell(line, names),
      ...line.cells.map((shown, i) => {
        if (shown === undefined) return cell("", null);
        const c = valueCell(store, shown, book, best[i] ? "bold" : undefined);
        if (best[i]) {
          c.text = `${c.text} ${BEST_MARK}`;
          marked = true;
        }
        return withRefs(c, book.source(shown.score.source));
      }),
    ]);
  }
  const notes = lines.length === 0 ? ["None of these models has a score that matches."] : [];
  notes.push(
    ...precedenceNote(
      lines.flatMap((l) => l.cells.flatMap((c) => (c === undefined ? [] : [c]))),
      prefer,
    ),
  );
  notes.push(...inferredNote(lines.flatMap((l) => l.cells.flatMap((c) => (c === undefined ? [] : [c.score])))));
  const unshown = unshownNote(store, lines, display);
  notes.push(...unshown);
  if (marked) notes.push(`${BEST_MARK} marks the best value of each row.`);
  for (const m of models) {
    const note = store.models.get(m)?.note;
    if (note !== undefined) notes.push(`${modelLabel(store, m, display)}: ${note}`);
  }
  return {
    json: {
      kind: "matrix",
      models: [...models],
      prefer,
      baseline,
      lines: lines.map((line) => {
        const best = bestCells(line);
        return {
          benchmark: line.benchmark.id,
          setting: { ...line.setting },
          values: Object.fromEntries(models.map((m, i) => [m, line.cells[i]?.score.value ?? null])),
          best: models.filter((_, i) => best[i]),
        };
      }),
      rows,
    },
    view: {
      sections: [
        {
          columns: [
            { key: "benchmark", header: "Benchmark", shrink: 3 },
            { key: "setting", header: "Setting", shrink: 0 },
            ...models.map((m, i) => ({ key: m, header: names[i] ?? m, align: "right" as const })),
          ],
          rows: viewRows,
        },
      ],
      footnotes: book.footnotes,
      notes,
      hints: unshown.length > 0 ? [ALL_SETTINGS_HINT] : [],
    },
    csv: () => ({ columns: COMPARE_CSV_COLUMNS, rows: csv }),
  };
}
