import { bestCells, type Line, lineRanks } from "../../core/compare/lines.js";
import type { Store } from "../../core/store.js";
import { type Cell, cell, type Report } from "../view.js";
import { lineSettingCell, unshownNote } from "./compare-lines.js";
import { type CompareRowJson, compareRowJson, FootnoteBook, precedenceNote, valueCell } from "./compare-parts.js";
import { inferredNote } from "./inferred.js";

/** A matrix row of the JSON contract: a compare row with a flag for the best value of its line. */
export type MatrixRowJson = CompareRowJson & { best: boolean };

/**
 * The `compare --models a,b,c` report: benchmarks (and settings) as rows, models as columns, the best
 * value of each row marked; empty where a model has no score. Δ in JSON is against `baseline`.
 */
export function matrixReport(
  store: Store,
  models: readonly string[],
  lines: readonly Line[],
  baseline: string,
  prefer: string,
): Report {
  const book = new FootnoteBook(store);
  const rows: MatrixRowJson[] = [];
  const viewRows: Cell[][] = [];
  const baseIndex = models.indexOf(baseline);
  for (const line of lines) {
    const best = bestCells(line);
    const ranks = lineRanks(line);
    const base = line.cells[baseIndex]?.score;
    line.cells.forEach((shown, i) => {
      if (shown === undefined) return;
      const place = { rank: ranks[i] ?? null, baseline, baselineScore: base, withinUncertainty: false };
      rows.push({ ...compareRowJson(store, shown, place), best: best[i] === true });
    });
    viewRows.push([
      cell(line.benchmark.id),
      lineSettingCell(line, models),
      ...line.cells.map((shown, i) => {
        if (shown === undefined) return cell("", null);
        const c = valueCell(store, shown, book, best[i] ? "bold" : undefined);
        c.refs = [...(c.refs ?? []), book.source(shown.score.source)];
        return c;
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
  notes.push(...unshownNote(lines));
  if (lines.some((l) => bestCells(l).some(Boolean))) notes.push("The best value of each row is in bold.");
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
            { key: "benchmark", header: "Benchmark" },
            { key: "setting", header: "Setting" },
            ...models.map((m) => ({ key: m, header: m, align: "right" as const })),
          ],
          rows: viewRows,
        },
      ],
      footnotes: book.footnotes,
      notes,
    },
  };
}
