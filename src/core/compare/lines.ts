import type { Setting } from "../schema/index.js";
import { settingKey } from "../setting.js";
import type { BenchmarkRecord, Store } from "../store.js";
import { conditionOf } from "./conditions.js";
import { comparePlainness, compareSettingKeys } from "./groups.js";
import type { Prefer } from "./precedence.js";
import { betterFirst } from "./ranking.js";
import { resolveShown, type ShownScore, shownMatches } from "./shown.js";

/** One benchmark under one set of test conditions, with each compared model's shown score (undefined where it has none). */
export interface Line {
  benchmark: BenchmarkRecord;
  /** Canonical text of the conditions (tools, attempts, shots), `` for none. */
  key: string;
  /** The conditions of the line; each cell's own setting adds its configuration (effort, mode...). */
  setting: Setting;
  /** Aligned with the models compared: each model's plainest configuration under these conditions. */
  cells: (ShownScore | undefined)[];
  /** Claims of the same models under other configurations, not compared on this line (listed, never dropped silently). */
  unshown: ShownScore[];
}

/**
 * The benchmark × setting lines on which at least one of `models` has a score, in the order of
 * `benchmarks`, then by setting text. A `setting` filter keeps the lines whose setting carries it.
 */
export function buildLines(
  store: Store,
  models: readonly string[],
  benchmarks: readonly BenchmarkRecord[],
  prefer: Prefer,
  setting?: Setting,
): Line[] {
  const wanted = new Set(models);
  const lines: Line[] = [];
  for (const benchmark of benchmarks) {
    const scores = store.scoresOfBenchmark(benchmark.id).filter((s) => wanted.has(s.model));
    const byKey = new Map<string, Line>();
    for (const shown of resolveShown(store, scores, prefer)) {
      if (setting !== undefined && !shownMatches(shown, setting)) continue;
      const conditions = conditionOf(shown.score.setting);
      const key = settingKey(conditions);
      let line = byKey.get(key);
      if (line === undefined) {
        line = { benchmark, key, setting: conditions, cells: models.map(() => undefined), unshown: [] };
        byKey.set(key, line);
      }
      const index = models.indexOf(shown.score.model);
      const held = line.cells[index];
      if (held === undefined) line.cells[index] = shown;
      else if (plainer(shown, held)) {
        line.cells[index] = shown;
        line.unshown.push(held);
      } else line.unshown.push(shown);
    }
    lines.push(...[...byKey.values()].sort((a, b) => compareSettingKeys(a.key, b.key)));
  }
  return lines;
}

/** Whether `a` is a plainer configuration than `b`: fewer configuration keys, then the lower configuration text. */
function plainer(a: ShownScore, b: ShownScore): boolean {
  return comparePlainness(a.score.setting, b.score.setting) < 0;
}

/** The rank of each cell within its line (best 1, ties share), null where the model has no score. */
export function lineRanks(line: Line): (number | null)[] {
  const order = betterFirst(line.benchmark.higher_is_better);
  const values = line.cells.flatMap((c) => (c === undefined ? [] : [c.score.value])).sort(order);
  return line.cells.map((c) => (c === undefined ? null : values.indexOf(c.score.value) + 1));
}

/** Which cells hold the line's best value; none when fewer than two models have a score to compare. */
export function bestCells(line: Line): boolean[] {
  const ranks = lineRanks(line);
  const present = ranks.filter((r) => r !== null).length;
  return ranks.map((r) => present >= 2 && r === 1);
}
