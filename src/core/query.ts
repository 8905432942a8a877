import type { Setting } from "./schema/index.js";
import { settingKey, settingMatches } from "./setting.js";
import type { ScoreRecord, Store } from "./store.js";

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
