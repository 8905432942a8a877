import { configurationOf } from "../../core/compare/conditions.js";
import type { BenchmarkFrontiers, DateFrom } from "../../core/frontier.js";
import { describeSetting, settingKey } from "../../core/setting.js";
import type { Store } from "../../core/store.js";
import { frontierChart } from "../chart/frontier-series.js";
import { type Cell, type Column, cell, type Report, type Section } from "../view.js";
import {
  type CompareRowJson,
  compareRowJson,
  deltaCell,
  precedenceNote,
  sourceCell,
  valueCell,
} from "./compare-parts.js";
import { DEFAULT_DISPLAY, type Display, modelLabel } from "./display.js";
import { FootnoteBook } from "./footnote-book.js";

/** One row of `frontier --json`: a compare row (Δ and `baseline` against the best before it) with its date. */
export type FrontierRowJson = CompareRowJson & {
  conditions: Record<string, string | number>;
  date: string;
  date_from: DateFrom;
};

const COLUMNS: readonly Column[] = [
  { key: "date", header: "Date" },
  { key: "model", header: "Model" },
  { key: "value", header: "Value", align: "right" },
  { key: "delta", header: "Δ", align: "right" },
  { key: "setting", header: "Config" },
  { key: "source", header: "Source" },
];

/** The `muse frontier` report: per benchmark and group of test conditions, the steps of the best score so far. */
export function frontierReport(
  store: Store,
  results: readonly BenchmarkFrontiers[],
  prefer: string,
  sourceKind: string | null,
  display: Display = DEFAULT_DISPLAY,
): Report {
  const book = new FootnoteBook(store, display);
  const sections: Section[] = [];
  const rows: FrontierRowJson[] = [];
  const notes: string[] = [];
  for (const { benchmark, frontiers, others } of results) {
    for (const { group, steps } of frontiers) {
      const direction = benchmark.higher_is_better ? "higher is better" : "lower is better";
      const kind = sourceKind === null ? "" : ` · ${sourceKind} only`;
      sections.push({
        title: `${benchmark.name} · best so far · setting: ${describeSetting(group.setting)} · ${direction}${kind}`,
        columns: COLUMNS,
        rows: steps.map((step): Cell[] => {
          const s = step.shown.score;
          const before = step.previous?.score;
          const delta = before === undefined ? cell("", null) : deltaCell(s, before, display);
          const dated = book.add(`dated:${step.dateFrom}`, () => DATE_NOTES[step.dateFrom]);
          return [
            { ...cell(step.date, step.date), refs: [dated] },
            cell(modelLabel(store, s.model, display), s.model),
            valueCell(store, step.shown, book),
            delta,
            cell(describeSetting(configurationOf(s.setting), s.inferred), settingKey(s.setting)),
            sourceCell(step.shown, book),
          ];
        }),
      });
      for (const step of steps) {
        const row = compareRowJson(store, step.shown, {
          rank: null,
          baseline: step.previous?.score.model ?? null,
          baselineScore: step.previous?.score,
          withinUncertainty: false,
        });
        rows.push({ ...row, conditions: { ...group.setting }, date: step.date, date_from: step.dateFrom });
      }
    }
    if (frontiers.length === 0) notes.push(`No scores on ${benchmark.id} match.`);
    if (others.length > 0) {
      const names = others.map((g) => describeSetting(g.setting)).join("; ");
      notes.push(`Other test conditions on ${benchmark.id} (choose with --setting or --all-settings): ${names}.`);
    }
  }
  notes.push("Δ is against the best before each step.");
  notes.push(
    ...precedenceNote(
      results.flatMap((r) => r.frontiers.flatMap((f) => f.steps.map((s) => s.shown))),
      prefer,
    ),
  );
  return {
    json: {
      kind: "frontier",
      prefer,
      source_kind: sourceKind,
      groups: results.flatMap((r) =>
        r.frontiers.map((f) => ({ benchmark: r.benchmark.id, setting: { ...f.group.setting }, steps: f.steps.length })),
      ),
      other_settings: results.flatMap((r) =>
        r.others.map((g) => ({ benchmark: r.benchmark.id, setting: { ...g.setting } })),
      ),
      rows,
    },
    view: { sections, footnotes: book.footnotes, notes },
    chart: () => frontierChart(store, results),
  };
}

const DATE_NOTES: Record<DateFrom, string> = {
  released: "Dated by the model's release date.",
  source: "The model's release date is not in the registry: dated by the first source that gave the figure.",
};
