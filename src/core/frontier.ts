import { type Claim, resolveClaims } from "./compare/claims.js";
import { chooseGroups, type GroupChoice, type SettingGroup, settingGroups } from "./compare/groups.js";
import { type ClaimKind, claimKindOf, type Prefer } from "./compare/precedence.js";
import { DEFAULT_BASELINE } from "./compare/ranking.js";
import type { BenchmarkRecord, Store } from "./store.js";

/** Where a frontier step's date comes from: the model's release, or the first source that gave the figure. */
export type DateFrom = "released" | "source";

/** One step of a frontier: the claim that beat every earlier one, when, and the best it beat. */
export interface FrontierStep {
  date: string;
  dateFrom: DateFrom;
  claim: Claim;
  /** The best claim before this step; undefined for the first. */
  previous: Claim | undefined;
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
 * (chosen by `choice`); within a group every configuration competes. A claim's date is its model's release
 * date where known, else the earliest publication date of the sources giving that figure. A step is a claim
 * strictly better than every claim dated before it or on the same date (better first on one date).
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
  const groups = settingGroups(resolveClaims(store, scores, prefer));
  const picked =
    choice.kind === "default" ? { ...choice, preferModel: choice.preferModel ?? DEFAULT_BASELINE } : choice;
  const { shown, others } = chooseGroups(groups, picked);
  return { benchmark, frontiers: shown.map((group) => frontierOf(store, benchmark, group)), others };
}

function frontierOf(store: Store, benchmark: BenchmarkRecord, group: SettingGroup): Frontier {
  const better = (a: number, b: number) => (benchmark.higher_is_better ? a > b : a < b);
  const dated = group.claims.map((claim) => ({ claim, ...dateOf(store, claim) }));
  dated.sort(
    (a, b) =>
      compareText(a.date, b.date) ||
      (benchmark.higher_is_better
        ? b.claim.score.value - a.claim.score.value
        : a.claim.score.value - b.claim.score.value) ||
      compareText(a.claim.score.model, b.claim.score.model),
  );
  const steps: FrontierStep[] = [];
  let best: Claim | undefined;
  for (const { claim, date, dateFrom } of dated) {
    if (best !== undefined && !better(claim.score.value, best.score.value)) continue;
    steps.push({ date, dateFrom, claim, previous: best });
    best = claim;
  }
  return { benchmark, group, steps };
}

/**
 * A claim's date: its model's release date, else the earliest publication of the sources that give the figure
 * (the one shown, and the others that agree with it; a source giving a different value gives another figure).
 */
export function dateOf(store: Store, claim: Claim): { date: string; dateFrom: DateFrom } {
  const released = store.models.get(claim.score.model)?.released;
  if (released !== undefined) return { date: released, dateFrom: "released" };
  const published = [claim.score, ...claim.alternatives.filter((a) => a.agrees).map((a) => a.score)]
    .map((s) => store.sources.get(s.source)?.published ?? "")
    .filter((d) => d !== "")
    .sort(compareText);
  return { date: published[0] ?? "", dateFrom: "source" };
}

/** Code-unit order: a partial date sorts before the full dates of its month (`2026-04` < `2026-04-08`). */
function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
