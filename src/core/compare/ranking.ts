import type { BenchmarkRecord, Store } from "../store.js";
import { withinUncertainty } from "./agreement.js";
import { comparePlainness, type SettingGroup } from "./groups.js";
import type { ShownScore } from "./shown.js";

/**
 * The model compare measures against when none is named: the one the registry marks `default_baseline: true`
 * (the last one marked in load order, so a later layer's choice wins); undefined when none is.
 */
export function defaultBaseline(store: Store): string | undefined {
  let found: string | undefined;
  for (const model of store.models.values()) if (model.default_baseline === true) found = model.id;
  return found;
}

/** Why a ranking's baseline is the model it is. */
export type BaselineReason = "requested" | "default" | "leader" | "requested-absent";

/** One ranked score: its rank (ties share one), its difference from the baseline, and whether that is noise. */
export interface RankedRow {
  shown: ShownScore;
  rank: number;
  /** Value minus the baseline's value; null when there is no baseline. */
  delta: number | null;
  /** Both this score and the baseline's state an uncertainty, and the two overlap. */
  withinUncertainty: boolean;
}

/** A ranking of one benchmark under one setting. */
export interface Ranking {
  benchmark: BenchmarkRecord;
  group: SettingGroup;
  /** The baseline model id; undefined only when the group is empty. */
  baseline: string | undefined;
  /** The baseline's row (a model may have several configurations in one group). */
  baselineShown: ShownScore | undefined;
  baselineReason: BaselineReason;
  rows: RankedRow[];
}

/** Orders values best first for a benchmark's direction. */
export function betterFirst(higherIsBetter: boolean): (a: number, b: number) => number {
  return higherIsBetter ? (a, b) => b - a : (a, b) => a - b;
}

/**
 * Ranks a setting group best first (lower-is-better benchmarks ascending); equal values share a rank
 * (1, 2, 2, 4). The baseline is the requested model, else the registry's default baseline, when it is in the
 * group; otherwise the leader.
 */
export function rankGroup(
  benchmark: BenchmarkRecord,
  group: SettingGroup,
  requested?: string,
  registryDefault?: string,
): Ranking {
  const order = betterFirst(benchmark.higher_is_better);
  const shownScores = [...group.members].sort(
    (a, b) => order(a.score.value, b.score.value) || (a.score.model < b.score.model ? -1 : 1),
  );
  // A model may appear in several configurations: its baseline row is the plainest one (fewest
  // configuration keys, e.g. standard mode before Contemplating; then by configuration text, as the
  // cells of a head-to-head line are chosen), never the best one.
  const find = (model: string | undefined) =>
    shownScores
      .filter((c) => c.score.model === model)
      .sort((a, b) => comparePlainness(a.score.setting, b.score.setting))[0];
  const wanted = requested ?? registryDefault;
  const named = find(wanted);
  const base = named ?? shownScores[0];
  const baselineReason: BaselineReason =
    named !== undefined
      ? requested !== undefined
        ? "requested"
        : "default"
      : requested !== undefined
        ? "requested-absent"
        : "leader";
  const rows: RankedRow[] = [];
  shownScores.forEach((shown, i) => {
    const previous = rows[i - 1];
    const rank = previous !== undefined && previous.shown.score.value === shown.score.value ? previous.rank : i + 1;
    rows.push({
      shown,
      rank,
      delta: base === undefined ? null : shown.score.value - base.score.value,
      withinUncertainty: base !== undefined && base !== shown && withinUncertainty(shown.score, base.score),
    });
  });
  return { benchmark, group, baseline: base?.score.model, baselineShown: base, baselineReason, rows };
}
