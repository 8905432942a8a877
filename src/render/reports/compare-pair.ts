import type { HeadToHead, Pair } from "../../core/compare/head-to-head.js";
import type { Line } from "../../core/compare/lines.js";
import { lineRanks } from "../../core/compare/lines.js";
import type { Store } from "../../core/store.js";
import { type Cell, cell, type Report } from "../view.js";
import { lineSettingCell, unshownNote } from "./compare-lines.js";
import {
  type CompareRowJson,
  compareRowJson,
  difference,
  FootnoteBook,
  formatDifference,
  precedenceNote,
  sourceCell,
  valueCell,
} from "./compare-parts.js";
import { inferredNote } from "./inferred.js";

/** The `compare --models a,b` report: one row per benchmark and setting both have, Δ = first − second. */
export function headToHeadReport(
  store: Store,
  models: readonly [string, string],
  h2h: HeadToHead,
  prefer: string,
): Report {
  const [first, second] = models;
  const book = new FootnoteBook(store);
  const rows = h2h.pairs.map((pair) => pairCells(store, pair, models, book));
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : word.endsWith("s") ? "es" : "s"}`;
  const tally = `${first} vs ${second}: ${plural(h2h.wins, "win")}, ${plural(h2h.losses, "loss")}, ${plural(h2h.ties, "tie")}`;
  const notes: string[] = [];
  if (h2h.pairs.length === 0) notes.push(`${first} and ${second} share no benchmark under the same test conditions.`);
  if (h2h.differentSettings.length > 0) {
    const ids = h2h.differentSettings.map((b) => b.id);
    notes.push(
      `Not compared, scored only under different test conditions: ${ids.join(", ")}.`,
      "See those with muse compare --bench ID --all-settings.",
    );
  }
  notes.push(...unshownNote(h2h.pairs.map((p) => p.line)));
  notes.push(
    ...precedenceNote(
      h2h.pairs.flatMap((p) => [p.first, p.second]),
      prefer,
    ),
  );
  notes.push(...inferredNote(h2h.pairs.flatMap((p) => [p.first.score, p.second.score])));
  return {
    json: {
      kind: "head-to-head",
      models: [first, second],
      prefer,
      baseline: second,
      rows: h2h.pairs.flatMap((pair) => pairRows(store, pair)),
      pairs: h2h.pairs.map((pair) => ({
        benchmark: pair.line.benchmark.id,
        setting: { ...pair.line.setting },
        unit: pair.line.benchmark.unit,
        higher_is_better: pair.line.benchmark.higher_is_better,
        first: {
          model: first,
          value: pair.first.score.value,
          setting: { ...pair.first.score.setting },
          source: pair.first.score.source,
        },
        second: {
          model: second,
          value: pair.second.score.value,
          setting: { ...pair.second.score.setting },
          source: pair.second.score.source,
        },
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
            { key: "benchmark", header: "Benchmark" },
            { key: "setting", header: "Setting" },
            { key: first, header: first, align: "right" },
            { key: second, header: second, align: "right" },
            { key: "delta", header: "Δ", align: "right" },
            { key: "better", header: "Better" },
            { key: "source", header: "Sources" },
          ],
          rows,
          summary: [tally],
        },
      ],
      footnotes: book.footnotes,
      notes,
    },
  };
}

function pairCells(store: Store, pair: Pair, models: readonly [string, string], book: FootnoteBook): Cell[] {
  const a = pair.first.score;
  const b = pair.second.score;
  const d = difference(a, b);
  const style = pair.better === "first" ? "good" : pair.better === "second" ? "bad" : "dim";
  const better =
    pair.better === "tie"
      ? pair.withinUncertainty
        ? "tie (within uncertainty)"
        : "tie"
      : models[pair.better === "first" ? 0 : 1];
  const firstValue = valueCell(store, pair.first, book, pair.better === "first" ? "bold" : undefined);
  const secondValue = valueCell(store, pair.second, book, pair.better === "second" ? "bold" : undefined);
  const sources =
    a.source === b.source
      ? [sourceCell(pair.first, book)]
      : [sourceCell(pair.first, book), sourceCell(pair.second, book)];
  return [
    cell(pair.line.benchmark.id),
    lineSettingCell(pair.line, models),
    firstValue,
    secondValue,
    cell(formatDifference(d, Math.max(a.decimals, b.decimals)), d, style),
    cell(better ?? ""),
    {
      text: sources.map((s) => s.text).join(" / "),
      refs: sources.flatMap((s) => s.refs ?? []),
    },
  ];
}

function pairRows(store: Store, pair: Pair): CompareRowJson[] {
  const line: Line = pair.line;
  const ranks = lineRanks(line);
  return [pair.first, pair.second].map((shown, i) =>
    compareRowJson(store, shown, {
      rank: ranks[i] ?? null,
      baseline: pair.second.score.model,
      baselineScore: pair.second.score,
      withinUncertainty: i === 0 && pair.withinUncertainty,
    }),
  );
}
