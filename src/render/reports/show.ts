import { compareSettingKeys } from "../../core/compare/groups.js";
import { describeSetting, settingKey } from "../../core/setting.js";
import type { BenchmarkRecord, ModelRecord, ScoreRecord, Store } from "../../core/store.js";
import type { Report, Section } from "../view.js";
import { DEFAULT_DISPLAY, type Display } from "./display.js";
import { FootnoteBook } from "./footnote-book.js";
import { inferredNote } from "./inferred.js";
import { benchmarkJson, modelJson } from "./list.js";
import { SCORE_COLUMNS, SCORE_CSV_COLUMNS, scoreCells, scoreCsv, scoreRowJson } from "./score-row.js";

/** What `show` describes: a model or a benchmark record. */
export type Shown = { kind: "model"; record: ModelRecord } | { kind: "benchmark"; record: BenchmarkRecord };

/** One record with all of its scores, grouped by setting in natural order (agents 2 before 16), then by source. */
export function showReport(store: Store, shown: Shown, display: Display = DEFAULT_DISPLAY): Report {
  const book = new FootnoteBook(store, display);
  const scores =
    shown.kind === "model" ? store.scoresOfModel(shown.record.id) : store.scoresOfBenchmark(shown.record.id);
  const groups = groupBySetting(scores);
  const record = shown.kind === "model" ? modelJson(store, shown.record) : benchmarkJson(store, shown.record);
  const sections: Section[] = groups.map(([key, list]) => ({
    title: `Setting: ${key === "" ? "default" : describeSetting(list[0]?.setting ?? {})}`,
    columns: SCORE_COLUMNS,
    rows: list.map((s) => scoreCells(store, s, book, display)),
  }));
  const header = shown.kind === "model" ? modelHeader(shown.record) : benchmarkHeader(shown.record);
  return {
    json: {
      kind: shown.kind,
      record,
      groups: groups.map(([, list]) => ({
        setting: { ...(list[0]?.setting ?? {}) },
        rows: list.map((s) => scoreRowJson(store, s)),
      })),
    },
    view: {
      preamble: [header],
      sections,
      footnotes: book.footnotes,
      notes: scores.length === 0 ? ["No scores recorded."] : inferredNote(scores),
    },
    csv: () => ({
      columns: SCORE_CSV_COLUMNS,
      rows: groups.flatMap(([, list]) => list.map((s) => scoreCsv(store, s))),
    }),
  };
}

function groupBySetting(scores: readonly ScoreRecord[]): [string, ScoreRecord[]][] {
  const groups = new Map<string, ScoreRecord[]>();
  for (const s of scores) {
    const key = settingKey(s.setting);
    groups.set(key, [...(groups.get(key) ?? []), s]);
  }
  const order = (s: ScoreRecord) => `${s.source}\u0000${s.benchmark}\u0000${s.model}`;
  return [...groups]
    .sort(([a], [b]) => compareSettingKeys(a, b))
    .map(([key, list]) => [key, list.sort((a, b) => (order(a) < order(b) ? -1 : 1))]);
}

function modelHeader(m: ModelRecord): string {
  const weights = m.open_weights === undefined ? "" : m.open_weights ? ", open weights" : ", closed weights";
  return `${m.name} (${m.id}), ${m.org}${m.released ? `, released ${m.released}` : ""}${weights}`;
}

function benchmarkHeader(b: BenchmarkRecord): string {
  return `${b.name} (${b.id}), ${b.category}, ${b.unit}, ${b.higher_is_better ? "higher" : "lower"} is better: ${b.description}`;
}
