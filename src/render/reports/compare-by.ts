import type { SettingSeries } from "../../core/compare/by-setting.js";
import { describeSetting } from "../../core/setting.js";
import type { Store } from "../../core/store.js";
import { creditsOf, markOf, modelName } from "../chart/series.js";
import type { BarPanel } from "../chart/types.js";
import { formatDelta } from "../format-value.js";
import { type Column, cell, type Report, type Section } from "../view.js";
import { type CompareRowJson, compareRowJson, precedenceNote, sourceCell, valueCell } from "./compare-parts.js";
import { DEFAULT_DISPLAY, type Display } from "./display.js";
import { FootnoteBook } from "./footnote-book.js";

/** One row of `compare --by --json`: a compare row whose `delta` is against the previous point, and the key's value. */
export type ByRowJson = CompareRowJson & { by: string; by_value: string | number };

/** The `compare --bench X --model M --by KEY` report: one section (and chart panel) per series, Δ per step. */
export function bySettingReport(
  store: Store,
  series: readonly SettingSeries[],
  prefer: string,
  display: Display = DEFAULT_DISPLAY,
): Report {
  const book = new FootnoteBook(store, display);
  const sections: Section[] = [];
  const panels: BarPanel[] = [];
  const rows: ByRowJson[] = [];
  for (const line of series) {
    const { benchmark, model, key, fixed, points } = line;
    const direction = benchmark.higher_is_better ? "higher is better" : "lower is better";
    const title = `${benchmark.name} · ${model.name} by ${key} · setting: ${describeSetting(fixed)} · ${direction}`;
    const columns: Column[] = [
      { key, header: key, align: "right" },
      { key: "value", header: "Value", align: "right" },
      { key: "delta", header: "Δ step", align: "right" },
      { key: "source", header: "Source" },
    ];
    sections.push({
      title,
      columns,
      rows: points.map((p, i) => {
        const before = points[i - 1]?.shown.score;
        const decimals = Math.max(p.shown.score.decimals, before?.decimals ?? 0);
        return [
          cell(String(p.value), p.value),
          valueCell(store, p.shown, book),
          p.step === null ? cell("", null) : cell(formatDelta(p.step, decimals), p.step),
          sourceCell(p.shown, book),
        ];
      }),
    });
    panels.push({
      kind: "bars",
      title: `${benchmark.name}: ${modelName(store, model.id)} by ${key}`,
      subtitle: `setting: ${describeSetting(fixed)} · ${direction}`,
      unit: benchmark.unit,
      higherIsBetter: benchmark.higher_is_better,
      bars: points.map((p) => ({ ...markOf(store, p.shown.score), label: `${key}=${p.value}`, baseline: false })),
    });
    points.forEach((p, i) => {
      const row = compareRowJson(store, p.shown, {
        rank: null,
        baseline: null,
        baselineScore: points[i - 1]?.shown.score,
        withinUncertainty: false,
      });
      rows.push({ ...row, by: key, by_value: p.value });
    });
  }
  const first = series[0];
  const shownScores = series.flatMap((s) => s.points.map((p) => p.shown));
  const notes = ["Δ step is each value minus the one before it.", ...precedenceNote(shownScores, prefer)];
  if (shownScores.some((c) => c.score.approx)) notes.push("~ marks a value read off a chart (approximate).");
  return {
    json: {
      kind: "by-setting",
      benchmark: first?.benchmark.id ?? null,
      model: first?.model.id ?? null,
      by: first?.key ?? null,
      prefer,
      series: series.map((s) => ({ setting: { ...s.fixed }, values: s.points.map((p) => p.value) })),
      rows,
    },
    view: { sections, footnotes: book.footnotes, notes },
    chart: () => ({
      panels,
      credits: creditsOf(
        store,
        shownScores.map((c) => c.score.source),
      ),
    }),
  };
}
