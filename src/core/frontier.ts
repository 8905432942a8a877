import { type ClaimKind, claimKindOf } from "./claims/kind.js";
import { chooseGroups, type GroupChoice, type SettingGroup, settingGroups } from "./compare/groups.js";
import type { Prefer } from "./compare/precedence.js";
import { defaultBaseline } from "./compare/ranking.js";
import { resolveShown, type ShownScore } from "./compare/shown.js";
import type { BenchmarkRecord, Store } from "./store.js";

/** Where a frontier step's date comes from: the model's release, or the first source that gave the figure. */
export type DateFrom = "released" | "source";

/** One step of a frontier: the shown score that beat every earlier one, when, and the best it beat. */
export interface FrontierStep {
  date: string;
  dateFrom: DateFrom;
  shown: ShownScore;
  /** The best shown score before this step; undefined for the first. */
  previous: ShownScore | undefined;
}

/** The state of the art over time on one benchmark under one set of test conditions. */
export interface Frontier {
  benchmark: BenchmarkRecord;
  group: SettingGroup;
  steps: FrontierStep[];
}

/** The frontiers of one benchmark: one per setting group shown, and the groups left out. */
export interface BenchmarkFrontiers {
  benchmark: BenchmarkRecord;
  frontiers: Frontier[];
  others: SettingGroup[];
}

/**
 * The best score so far at each date on a benchmark. Scores resolve to one value per model and setting (by
 * `prefer`, after keeping only `sourceKind` when given), split into groups of test conditions as compare does
 * (chosen by `choice`); within a group every configuration competes. A score's date is its model's release
 * date where known, else the earliest publication date of the sources giving that figure. A step is a shown score
 * strictly better than every score dated before it or on the same date (better first on one date).
 */
export function buildFrontiers(
  store: Store,
  benchmark: BenchmarkRecord,
  prefer: Prefer,
  choice: GroupChoice,
  sourceKind?: ClaimKind,
): BenchmarkFrontiers {
  const scores = store
    .scoresOfBenchmark(benchmark.id)
    .filter((s) => sourceKind === undefined || claimKindOf(store.sources.get(s.source)) === sourceKind);
  const groups = settingGroups(resolveShown(store, scores, prefer));
  const picked =
    choice.kind === "default" ? { ...choice, preferModel: choice.preferModel ?? defaultBaseline(store) } : choice;
  const { shown, others } = chooseGroups(groups, picked);
  return { benchmark, frontiers: shown.map((group) => frontierOf(store, benchmark, group)), others };
}

function frontierOf(store: Store, benchmark: BenchmarkRecord, group: SettingGroup): Frontier {
  const better = (a: number, b: number) => (benchmark.higher_is_better ? a > b : a < b);
  const dated = group.members.map((shown) => ({ shown, ...dateOf(store, shown) }));
  dated.sort(
    (a, b) =>
      compareText(a.date, b.date) ||
      (benchmark.higher_is_better
        ? b.shown.score.value - a.shown.score.value
        : a.shown.score.value - b.shown.score.value) ||
      compareText(a.shown.score.model, b.shown.score.model),
  );
  const steps: FrontierStep[] = [];
  let best: ShownScore | undefined;
  for (const { shown, date, dateFrom } of dated) {
    if (best !== undefined && !better(shown.score.value, best.score.value)) continue;
    steps.push({ date, dateFrom, shown, previous: best });
    best = shown;
  }
  return { benchmark, group, steps };
}

/**
 * A score's date: its model's release date, else the earliest publication of the sources that give the figure
 * (the one shown, and the others that agree with it; a source giving a different value gives another figure).
 */
export function dateOf(store: Store, shown: ShownScore): { date: string; dateFrom: DateFrom } {
  const released = store.models.get(shown.score.model)?.released;
  if (released !== undefined) return { date: released, dateFrom: "released" };
  const published = [shown.score, ...shown.alternatives.filter((a) => a.agrees).map((a) => a.score)]
    .map((s) => store.sources.get(s.source)?.published ?? "")
    .filter((d) => d !== "")
    .sort(compareText);
  return { date: published[0] ?? "", dateFrom: "source" };
}

/** Code-unit order: a partial date sorts before the full dates of its month (`2026-04` < `2026-04-08`). */
function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
