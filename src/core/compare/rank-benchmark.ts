import type { BenchmarkRecord, Store } from "../store.js";
import { chooseGroups, comparePlainness, type GroupChoice, type SettingGroup, settingGroups } from "./groups.js";
import type { Prefer } from "./precedence.js";
import { betterFirst, defaultBaseline, type Ranking, rankGroup } from "./ranking.js";
import { resolveShown, type ShownScore } from "./shown.js";

/** The rankings of one benchmark: one per setting group shown, and the groups left out. */
export interface BenchmarkRankings {
  benchmark: BenchmarkRecord;
  rankings: Ranking[];
  others: SettingGroup[];
}

/**
 * Ranks every model with a score on a benchmark, never mixing settings: one value per model and
 * setting (chosen by `prefer`), the groups chosen by `choice`, the baseline `baseline` when it is in
 * a group (else the registry's default baseline, else the leader). With `perModel` `best`, each model keeps only
 * its highest-scoring configuration in a group.
 */
export function rankBenchmark(
  store: Store,
  benchmark: BenchmarkRecord,
  prefer: Prefer,
  choice: GroupChoice,
  baseline?: string,
  perModel: PerModel = "all",
): BenchmarkRankings {
  const shownScores = resolveShown(store, store.scoresOfBenchmark(benchmark.id), prefer);
  const groups = settingGroups(shownScores);
  const registryDefault = defaultBaseline(store);
  const preferModel = baseline ?? registryDefault;
  const picked = choice.kind === "default" ? { ...choice, preferModel: choice.preferModel ?? preferModel } : choice;
  const { shown, others } = chooseGroups(groups, picked);
  const ranked = shown.map((group) => (perModel === "best" ? bestOfEachModel(benchmark, group) : group));
  return { benchmark, rankings: ranked.map((group) => rankGroup(benchmark, group, baseline, registryDefault)), others };
}

/** Whether a ranking shows every configuration of a model (`all`) or only its highest-scoring one (`best`). */
export type PerModel = "all" | "best";

/** The choices `--per-model` accepts. */
export const PER_MODEL = ["all", "best"] as const satisfies readonly PerModel[];

/** A group narrowed to each model's best score (ties: the plainest configuration, as the ranking orders them). */
function bestOfEachModel(benchmark: BenchmarkRecord, group: SettingGroup): SettingGroup {
  const order = betterFirst(benchmark.higher_is_better);
  const best = new Map<string, ShownScore>();
  for (const shown of group.members) {
    const held = best.get(shown.score.model);
    const better =
      held === undefined ||
      order(shown.score.value, held.score.value) < 0 ||
      (shown.score.value === held.score.value && comparePlainness(shown.score.setting, held.score.setting) < 0);
    if (better) best.set(shown.score.model, shown);
  }
  const kept = new Set(best.values());
  return { ...group, members: group.members.filter((c) => kept.has(c)) };
}
