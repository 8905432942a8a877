import { type ClaimKind, claimKindOf } from "./claims/kind.js";
import type { Setting } from "./schema/index.js";
import { settingKey, settingMatches } from "./setting.js";
import { type BenchmarkRecord, type ModelRecord, type ScoreRecord, type SourceRecord, Store } from "./store.js";
import { foldName } from "./suggest.js";

/** Filters for the flat score query; each list matches any of its ids, and lists combine with AND. */
export interface ScoreFilter {
  models?: readonly string[];
  benchmarks?: readonly string[];
  sources?: readonly string[];
  setting?: Setting;
}

/** Returns the scores matching a filter (ids already resolved), in a stable order. */
export function queryScores(store: Store, filter: ScoreFilter): ScoreRecord[] {
  const pool = narrowestPool(store, filter);
  const models = toSet(filter.models);
  const benchmarks = toSet(filter.benchmarks);
  const sources = toSet(filter.sources);
  const rows = pool.filter(
    (s) =>
      (models === undefined || models.has(s.model)) &&
      (benchmarks === undefined || benchmarks.has(s.benchmark)) &&
      (sources === undefined || sources.has(s.source)) &&
      (filter.setting === undefined || settingMatches(s.setting, filter.setting)),
  );
  return rows.sort(compareScores);
}

/** The stable order of score lists: benchmark, model, setting, source. */
export function compareScores(a: ScoreRecord, b: ScoreRecord): number {
  return (
    cmp(a.benchmark, b.benchmark) ||
    cmp(a.model, b.model) ||
    cmp(settingKey(a.setting), settingKey(b.setting)) ||
    cmp(a.source, b.source)
  );
}

const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

const toSet = (ids: readonly string[] | undefined) =>
  ids === undefined || ids.length === 0 ? undefined : new Set(ids);

/** The smallest index list to scan; ids are deduplicated so `--bench a,a` does not list a score twice. */
function narrowestPool(store: Store, filter: ScoreFilter): readonly ScoreRecord[] {
  const pools: (readonly ScoreRecord[])[] = [];
  const gather = (ids: readonly string[], scoresOf: (id: string) => readonly ScoreRecord[]) =>
    [...new Set(ids)].flatMap(scoresOf);
  if (filter.benchmarks?.length) pools.push(gather(filter.benchmarks, (id) => store.scoresOfBenchmark(id)));
  if (filter.models?.length) pools.push(gather(filter.models, (id) => store.scoresOfModel(id)));
  if (filter.sources?.length) pools.push(gather(filter.sources, (id) => store.scoresOfSource(id)));
  if (pools.length === 0) return store.scores;
  return pools.reduce((a, b) => (b.length < a.length ? b : a));
}

/** What compare, scores and conflicts narrow their scores by besides ids: whose figures, which sources, which makers. */
export interface ProvenanceFilter {
  /** Only scores whose claim kind is this (a press report counts as whoever produced its figures). */
  sourceKind?: ClaimKind;
  /** Only scores from these sources (ids). */
  sources?: readonly string[];
  /** Only models whose organisation matches one of these (see orgMatches). */
  orgs?: readonly string[];
}

/**
 * Whether an organisation matches what a user typed: each typed word starts a word of the organisation, in
 * order and next to each other, ignoring case and punctuation ("google" and "deepmind" find "Google DeepMind").
 */
export function orgMatches(org: string, typed: string): boolean {
  const words = (text: string) =>
    text
      .split(/[\s\-_/.,&()]+/)
      .map(foldName)
      .filter((w) => w !== "");
  const have = words(org);
  const want = words(typed);
  if (want.length === 0) return false;
  if (foldName(org) === foldName(typed)) return true;
  return have.some((_, start) => want.every((w, j) => have[start + j]?.startsWith(w) === true));
}

/** Whether a filter narrows anything. */
export function isNarrowing(filter: ProvenanceFilter): boolean {
  return filter.sourceKind !== undefined || (filter.sources?.length ?? 0) > 0 || (filter.orgs?.length ?? 0) > 0;
}

/** A store holding only the scores a provenance filter keeps (records unchanged); the same store when none. */
export function narrowStore(store: Store, filter: ProvenanceFilter): Store {
  if (!isNarrowing(filter)) return store;
  const sources = toSet(filter.sources);
  const orgs = filter.orgs ?? [];
  const keptModels = new Set<string>();
  for (const m of store.models.values()) {
    if (orgs.length === 0 || orgs.some((o) => orgMatches(m.org, o))) keptModels.add(m.id);
  }
  const scores = store.scores.filter(
    (s) =>
      keptModels.has(s.model) &&
      (sources === undefined || sources.has(s.source)) &&
      (filter.sourceKind === undefined || claimKindOf(store.sources.get(s.source)) === filter.sourceKind),
  );
  return new Store({
    benchmarks: store.benchmarks as Map<string, BenchmarkRecord>,
    models: store.models as Map<string, ModelRecord>,
    sources: store.sources as Map<string, SourceRecord>,
    scores: [...scores],
  });
}
