import type { HeadToHead, Pair } from "../../core/compare/head-to-head.js";
import { lineRanks } from "../../core/compare/lines.js";
import type { ScoreRecord, Store } from "../../core/store.js";
import { difference } from "../format-value.js";
import { type Cell, type CsvValue, cell, type Report } from "../view.js";
import { ALL_SETTINGS_HINT, lineSettingCell, unshownNote } from "./compare-lines.js";
import {
  COMPARE_CSV_COLUMNS,
  type CompareRowJson,
  compareCsv,
  compareRowJson,
  deltaCell,
  precedenceNote,
  sourceCell,
  valueCell,
} from "./compare-parts.js";
import { benchmarkLabel, DEFAULT_DISPLAY, type Display, modelLabel } from "./display.js";
import { FootnoteBook } from "./footnote-book.js";
import { inferredNote } from "./inferred.js";
import { scoreRowJson } from "./score-row.js";

/** The `compare --models a,b` report: one row per benchmark and setting both have, Δ = first − second. */
export function headToHeadReport(
  store: Store,
  models: readonly [string, string],
  h2h: HeadToHead,
  prefer: string,
  display: Display = DEFAULT_DISPLAY,
): Report {
  const [first, second] = models;
  const names = models.map((m) => modelLabel(store, m, display)) as [string, string];
  const book = new FootnoteBook(store, display);
  const rows = h2h.pairs.map((pair) => pairCells(store, pair, names, book));
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : word.endsWith("s") ? "es" : "s"}`;
  const tally = `${names[0]} vs ${names[1]}: ${plural(h2h.wins, "win")}, ${plural(h2h.losses, "loss")}, ${plural(h2h.ties, "tie")}`;
  const notes: string[] = [];
  const hints: string[] = [];
  if (h2h.pairs.length === 0)
    notes.push(`${names[0]} and ${names[1]} share no benchmark under the same test conditions.`);
  if (h2h.differentSettings.length > 0) {
    const shown = h2h.differentSettings.map((b) => benchmarkLabel(store, b.id, display));
    notes.push(`Not compared, scored only under different test conditions: ${shown.join(", ")}.`);
    hints.push("See those with muse compare --bench ID --all-settings.");
  }
  const unshown = unshownNote(
    store,
    h2h.pairs.map((p) => p.line),
    display,
  );
  notes.push(...unshown);
  if (unshown.length > 0 && hints.length === 0) hints.push(ALL_SETTINGS_HINT);
  notes.push(
    ...precedenceNote(
      h2h.pairs.flatMap((p) => [p.first, p.second]),
      prefer,
    ),
  );
  notes.push(...inferredNote(h2h.pairs.flatMap((p) => [p.first.score, p.second.score])));
  const jsonRows: CompareRowJson[] = [];
  const csv: Record<string, CsvValue>[] = [];
  for (const pair of h2h.pairs) {
    const [a, b] = pairRows(store, pair);
    jsonRows.push(a, b);
    csv.push(compareCsv(store, a, pair.first, pair.better === "first"));
    csv.push(compareCsv(store, b, pair.second, pair.better === "second"));
  }
  return {
    json: {
      kind: "head-to-head",
      models: [first, second],
      prefer,
      baseline: second,
      rows: jsonRows,
      pairs: h2h.pairs.map((pair) => ({
        benchmark: pair.line.benchmark.id,
        setting: { ...pair.line.setting },
        unit: pair.line.benchmark.unit,
        higher_is_better: pair.line.benchmark.higher_is_better,
        first: side(store, pair.first.score),
        second: side(store, pair.second.score),
        delta: difference(pair.first.score, pair.second.score),
        better: pair.better === "tie" ? null : pair.better === "first" ? first : second,
        within_uncertainty: pair.withinUncertainty,
      })),
      summary: { wins: h2h.wins, losses: h2h.losses, ties: h2h.ties },
      not_compared: h2h.differentSettings.map((b) => b.id),
    },
    view: {
      sections: [
        {
          columns: [
            { key: "benchmark", header: "Benchmark", shrink: 3 },
            { key: "setting", header: "Setting", shrink: 0 },
            { key: first, header: names[0], align: "right" },
            { key: second, header: names[1], align: "right" },
            { key: "delta", header: "Δ", align: "right" },
            { key: "better", header: "Better", shrink: 2 },
            { key: "source", header: "Sources", shrink: 1 },
          ],
          rows,
          summary: [tally],
        },
      ],
      footnotes: book.footnotes,
      notes,
      hints,
    },
    csv: () => ({ columns: COMPARE_CSV_COLUMNS, rows: csv }),
  };
}

/** One side of a pair as the JSON contract shows it: picked from the score row, the one home of a score's shape. */
function side(store: Store, score: ScoreRecord) {
  const { model, value, setting, source } = scoreRowJson(store, score);
  return { model, value, setting, source };
}

function pairCells(store: Store, pair: Pair, names: readonly [string, string], book: FootnoteBook): Cell[] {
  const a = pair.first.score;
  const b = pair.second.score;
  const style = pair.better === "first" ? "good" : pair.better === "second" ? "bad" : "dim";
  const better =
    pair.better === "tie"
      ? pair.withinUncertainty
        ? "tie (within uncertainty)"
        : "tie"
      : names[pair.better === "first" ? 0 : 1];
  const firstValue = valueCell(store, pair.first, book, pair.better === "first" ? "bold" : undefined);
  const secondValue = valueCell(store, pair.second, book, pair.better === "second" ? "bold" : undefined);
  const sources =
    a.source === b.source
      ? [sourceCell(pair.first, book)]
      : [sourceCell(pair.first, book), sourceCell(pair.second, book)];
  return [
    cell(benchmarkLabel(store, pair.line.benchmark.id, book.display), pair.line.benchmark.id),
    lineSettingCell(pair.line, names),
    firstValue,
    secondValue,
    deltaCell(a, b, book.display, style),
    cell(better ?? ""),
    {
      text: sources.map((s) => s.text).join(" / "),
      refs: sources.flatMap((s) => s.refs ?? []),
    },
  ];
}

function pairRows(store: Store, pair: Pair): [CompareRowJson, CompareRowJson] {
  const ranks = lineRanks(pair.line);
  const [first, second] = [pair.first, pair.second].map((shown, i) =>
    compareRowJson(store, shown, {
      rank: ranks[i] ?? null,
      baseline: pair.second.score.model,
      baselineScore: pair.second.score,
      withinUncertainty: i === 0 && pair.withinUncertainty,
    }),
  ) as [CompareRowJson, CompareRowJson];
  return [first, second];
}
