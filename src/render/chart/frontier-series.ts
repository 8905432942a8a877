// The step lines of `muse frontier`: one panel per benchmark and group of test conditions.
import { configurationOf } from "../../core/compare/conditions.js";
import type { BenchmarkFrontiers } from "../../core/frontier.js";
import { describeSetting } from "../../core/setting.js";
import type { Store } from "../../core/store.js";
import { creditsOf, markOf, modelName } from "./series.js";
import type { ChartData, StepPanel } from "./types.js";

/** The chart of frontiers: a step per new best, labelled with the model's name and configuration. */
export function frontierChart(store: Store, results: readonly BenchmarkFrontiers[]): ChartData {
  const panels: StepPanel[] = [];
  const sources: string[] = [];
  for (const { benchmark, frontiers } of results) {
    for (const { group, steps } of frontiers) {
      const direction = benchmark.higher_is_better ? "higher is better" : "lower is better";
      panels.push({
        kind: "steps",
        title: `${benchmark.name}: best score so far`,
        subtitle: `setting: ${describeSetting(group.setting)} · ${direction}`,
        unit: benchmark.unit,
        higherIsBetter: benchmark.higher_is_better,
        steps: steps.map((step) => {
          const score = step.shown.score;
          sources.push(score.source);
          const config = configurationOf(score.setting);
          const name = modelName(store, score.model);
          const label = Object.keys(config).length === 0 ? name : `${name} (${describeSetting(config)})`;
          return { ...markOf(store, score), date: step.date, label };
        }),
      });
    }
  }
  return { panels, credits: creditsOf(store, sources) };
}
