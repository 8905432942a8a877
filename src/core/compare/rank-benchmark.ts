import type { BenchmarkRecord, Store } from "../store.js";
import { chooseGroups, type GroupChoice, type SettingGroup, settingGroups } from "./groups.js";
import type { Prefer } from "./precedence.js";
import { DEFAULT_BASELINE, type Ranking, rankGroup } from "./ranking.js";
import { resolveShown } from "./shown.js";

/** The rankings of one benchmark: one per setting group shown, and the groups left out. */
export interface BenchmarkRankings {
  benchmark: BenchmarkRecord;
  rankings: Ranking[];
  others: SettingGroup[];
}

/**
 * Ranks every model with a score on a benchmark, never mixing settings: one value per model and
 * setting (chosen by `prefer`), the groups chosen by `choice`, the baseline `baseline` when it is in
 * a group (else DEFAULT_BASELINE, else the leader).
 */
export function rankBenchmark(
  store: Store,
  benchmark: BenchmarkRecord,
  prefer: Prefer,
  choice: GroupChoice,
  baseline?: string,
): BenchmarkRankings {
  const shownScores = resolveShown(store, store.scoresOfBenchmark(benchmark.id), prefer);
  const groups = settingGroups(shownScores);
  const picked =
    choice.kind === "default" ? { ...choice, preferModel: choice.preferModel ?? baseline ?? DEFAULT_BASELINE } : choice;
  const { shown, others } = chooseGroups(groups, picked);
  return { benchmark, rankings: shown.map((group) => rankGroup(benchmark, group, baseline)), others };
}
