// The bars of `compare --bench`: one panel per ranking, one bar per row, in rank order.
import { configurationOf } from "../../core/compare/conditions.js";
import type { BenchmarkRankings } from "../../core/compare/rank-benchmark.js";
import { describeSetting } from "../../core/setting.js";
import type { Store } from "../../core/store.js";
import { creditsOf, markOf, modelName } from "./series.js";
import type { BarPanel, ChartData } from "./types.js";

/** The chart of rankings: a bar per row (labelled with the model's name and configuration), the baseline marked. */
export function rankingChart(store: Store, results: readonly BenchmarkRankings[]): ChartData {
  const panels: BarPanel[] = [];
  const sources: string[] = [];
  for (const { benchmark, rankings } of results) {
    for (const ranking of rankings) {
      const direction = benchmark.higher_is_better ? "higher is better" : "lower is better";
      const against = ranking.baseline === undefined ? "" : ` · baseline ${modelName(store, ranking.baseline)}`;
      panels.push({
        kind: "bars",
        title: benchmark.name,
        subtitle: `setting: ${describeSetting(ranking.group.setting)} · ${direction}${against}`,
        unit: benchmark.unit,
        higherIsBetter: benchmark.higher_is_better,
        bars: ranking.rows.map((row) => {
          const score = row.shown.score;
          sources.push(score.source);
          const config = configurationOf(score.setting);
          const name = modelName(store, score.model);
          const label = Object.keys(config).length === 0 ? name : `${name} (${describeSetting(config)})`;
          return { ...markOf(store, score), label, baseline: row.shown === ranking.baselineShown };
        }),
      });
    }
  }
  return { panels, credits: creditsOf(store, sources) };
}
