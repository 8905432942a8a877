import { UsageError } from "../errors.js";
import type { Setting } from "../schema/index.js";
import { SETTING_KEYS } from "../schema/vocabulary.js";
import { describeSetting, settingKey } from "../setting.js";
import type { BenchmarkRecord, ModelRecord, Store } from "../store.js";
import { compareSettingKeys } from "./groups.js";
import type { Prefer } from "./precedence.js";
import { resolveShown, type ShownScore, shownMatches } from "./shown.js";

/** A setting key a series can run along (`agents`, `effort`, `attempts`...). */
export type SettingKeyName = (typeof SETTING_KEYS)[number];

/** One point of a series: the key's value, the score shown there, and its difference from the point before. */
export interface SeriesPoint {
  value: string | number;
  shown: ShownScore;
  /** This value minus the previous point's, rounded to the finer of their decimals; null for the first point. */
  step: number | null;
}

/** A model's values on a benchmark along one setting key, everything else in the setting held fixed. */
export interface SettingSeries {
  benchmark: BenchmarkRecord;
  model: ModelRecord;
  key: SettingKeyName;
  /** The rest of the setting, shared by every point. */
  fixed: Setting;
  points: SeriesPoint[];
}

/** Parses a setting key for `--by`: one of the setting vocabulary's keys. */
export function parseSettingKey(text: string): SettingKeyName {
  const key = SETTING_KEYS.find((k) => k === text.trim().toLowerCase());
  if (key === undefined) throw new UsageError(`--by takes a setting key: ${SETTING_KEYS.join(", ")}`);
  return key;
}

/**
 * The series of a model on a benchmark along `key`: its scores (one value per setting, by precedence) that
 * set `key` and match `filter`, one series per rest of the setting, points in the key's natural order
 * (numbers by value: 1, 2, 4, 16). A model with no such score is a usage error naming the settings it has.
 */
export function seriesBySetting(
  store: Store,
  benchmark: BenchmarkRecord,
  model: ModelRecord,
  key: SettingKeyName,
  prefer: Prefer,
  filter: Setting = {},
): SettingSeries[] {
  const scores = store.scoresOfBenchmark(benchmark.id).filter((s) => s.model === model.id);
  const shownScores = resolveShown(store, scores, prefer);
  const along = shownScores.filter((c) => c.score.setting[key] !== undefined && shownMatches(c, filter));
  if (along.length === 0) {
    const has = [...new Set(shownScores.map((c) => describeSetting(c.score.setting)))].sort(compareSettingKeys);
    throw new UsageError(
      `${model.id} has no ${benchmark.id} score with ${key} set${has.length > 0 ? `; its settings there: ${has.join("; ")}` : ""}`,
    );
  }
  const groups = new Map<string, { fixed: Setting; shownScores: ShownScore[] }>();
  for (const shown of along) {
    const { [key]: _value, ...fixed } = shown.score.setting;
    const id = settingKey(fixed);
    const group = groups.get(id) ?? { fixed: fixed as Setting, shownScores: [] as ShownScore[] };
    group.shownScores.push(shown);
    groups.set(id, group);
  }
  return [...groups.entries()]
    .sort(([a], [b]) => compareSettingKeys(a, b))
    .map(([, { fixed, shownScores: list }]) => {
      const sorted = list.sort((a, b) => compareValues(a.score.setting[key], b.score.setting[key]));
      const points = sorted.map((shown, i): SeriesPoint => {
        const before = sorted[i - 1]?.score;
        const s = shown.score;
        const step =
          before === undefined ? null : Number((s.value - before.value).toFixed(Math.max(s.decimals, before.decimals)));
        return { value: s.setting[key] as string | number, shown, step: step === 0 ? 0 : step };
      });
      return { benchmark, model, key, fixed, points };
    });
}

/** Natural order of setting values: numbers by value, text as compare orders setting texts, numbers first. */
function compareValues(a: unknown, b: unknown): number {
  if (typeof a === "number" && typeof b === "number") return a - b;
  if (typeof a === "number") return -1;
  if (typeof b === "number") return 1;
  return compareSettingKeys(String(a), String(b));
}
