import { configurationOf } from "../../core/compare/conditions.js";
import type { SettingGroup } from "../../core/compare/groups.js";
import type { BenchmarkRankings } from "../../core/compare/rank-benchmark.js";
import type { Ranking } from "../../core/compare/ranking.js";
import type { ShownScore } from "../../core/compare/shown.js";
import { describeSetting } from "../../core/setting.js";
import type { BenchmarkRecord, Store } from "../../core/store.js";
import { rankingChart } from "../chart/ranking-series.js";
import { type Cell, type Column, cell, type Report, type Section } from "../view.js";
import {
  COMPARE_CSV_COLUMNS,
  type CompareRowJson,
  compareCsv,
  compareRowJson,
  deltaCell,
  precedenceNote,
  sourceCell,
  valueCell,
} from "./compare-parts.js";
import { benchmarkLabel, DEFAULT_DISPLAY, type Display, modelLabel } from "./display.js";
import { FootnoteBook, withRefs } from "./footnote-book.js";
import { inferredNote } from "./inferred.js";

const COLUMNS: readonly Column[] = [
  { key: "rank", header: "Rank", align: "right" },
  { key: "model", header: "Model", shrink: 9 },
  { key: "value", header: "Value", align: "right" },
  { key: "delta", header: "Δ", align: "right" },
  { key: "setting", header: "Config", shrink: 0 },
  { key: "source", header: "Source", shrink: 1 },
];

/** The `compare --bench` report: one ranked section per benchmark and setting group shown. */
export function rankingReport(
  store: Store,
  results: readonly BenchmarkRankings[],
  prefer: string,
  requestedBaseline?: string,
  display: Display = DEFAULT_DISPLAY,
  limit?: number,
): Report {
  const book = new FootnoteBook(store, display);
  const sections: Section[] = [];
  const notes: string[] = [];
  const hints: string[] = [];
  const rows: CompareRowJson[] = [];
  const shownRows: { row: CompareRowJson; shown: ShownScore }[] = [];
  let hidden = 0;
  for (const { benchmark, rankings, others } of results) {
    for (const whole of rankings) {
      const ranking = limitRows(whole, limit);
      hidden += whole.rows.length - ranking.rows.length;
      sections.push(rankingSection(store, ranking, book));
      const json = rankingRows(store, ranking);
      rows.push(...json);
      json.forEach((row, i) => {
        const shown = ranking.rows[i]?.shown;
        if (shown !== undefined) shownRows.push({ row, shown });
      });
      if (ranking.baselineReason === "requested-absent" && requestedBaseline !== undefined) {
        notes.push(
          absentBaselineNote(
            store,
            benchmark,
            ranking.group,
            [...rankings.map((k) => k.group), ...others],
            requestedBaseline,
            display,
          ),
        );
      }
    }
    if (rankings.length === 0) notes.push(`No scores on ${benchmarkLabel(store, benchmark.id, display)} match.`);
    notes.push(...otherSettingNotes(store, benchmark, others, results.length > 1, display));
  }
  const shownScores = results.flatMap((r) => r.rankings.flatMap((k) => k.group.members));
  if (results.some((r) => r.others.length > 0)) {
    notes.push("Scores under different test conditions are never ranked together.");
    hints.push("Choose the conditions with --setting key=value, or rank every group with --all-settings.");
  }
  notes.push(...precedenceNote(shownScores, prefer));
  notes.push(...inferredNote(shownScores.map((c) => c.score)));
  if (hidden > 0) {
    notes.push(`${hidden} more row${hidden === 1 ? "" : "s"} not shown.`);
    hints.push("Show them with --limit 0 (or --limit N); --per-model best keeps one row per model.");
  }
  return {
    json: {
      kind: "ranking",
      prefer,
      groups: results.flatMap((r) =>
        r.rankings.map((k) => ({
          benchmark: r.benchmark.id,
          setting: { ...k.group.setting },
          baseline: k.baseline ?? null,
          baseline_reason: k.baselineReason,
        })),
      ),
      other_settings: results.flatMap((r) =>
        r.others.map((g) => ({
          benchmark: r.benchmark.id,
          setting: { ...g.setting },
          models: groupModels(g),
        })),
      ),
      rows,
    },
    view: { sections, footnotes: book.footnotes, notes, hints },
    csv: () => ({
      columns: COMPARE_CSV_COLUMNS,
      rows: shownRows.map(({ row, shown }) => compareCsv(store, row, shown, row.rank === 1)),
    }),
    // A chart draws the rows the table shows: `--limit` cuts both (keeping the baseline's bar).
    chart: () =>
      rankingChart(
        store,
        results.map((r) => ({ ...r, rankings: r.rankings.map((k) => limitRows(k, limit)) })),
      ),
  };
}

/** The first `limit` rows of a ranking, and the baseline's row when it falls below them. */
function limitRows(ranking: Ranking, limit: number | undefined): Ranking {
  if (limit === undefined || ranking.rows.length <= limit) return ranking;
  const rows = ranking.rows.filter((row, i) => i < limit || row.shown === ranking.baselineShown);
  return { ...ranking, rows };
}

function rankingRows(store: Store, ranking: Ranking): CompareRowJson[] {
  const base = ranking.baselineShown?.score;
  return ranking.rows.map((row) =>
    compareRowJson(store, row.shown, {
      rank: row.rank,
      baseline: ranking.baseline ?? null,
      baselineScore: base,
      withinUncertainty: row.withinUncertainty,
    }),
  );
}

function rankingSection(store: Store, ranking: Ranking, book: FootnoteBook): Section {
  const { benchmark, group } = ranking;
  const base = ranking.baselineShown?.score;
  const display = book.display;
  const direction = benchmark.higher_is_better ? "higher is better" : "lower is better";
  const against = ranking.baseline === undefined ? "" : ` · Δ vs ${modelLabel(store, ranking.baseline, display)}`;
  const leader =
    ranking.baselineReason === "leader" || ranking.baselineReason === "requested-absent" ? " (leader)" : "";
  const rows = ranking.rows.map((row): Cell[] => {
    const s = row.shown.score;
    const isBase = row.shown === ranking.baselineShown;
    let delta: Cell = cell("", null);
    if (base !== undefined) {
      delta = isBase ? cell("base", 0, "dim") : deltaCell(s, base, display);
      if (row.withinUncertainty) {
        delta.refs = [book.add("within", () => "Δ is within the stated uncertainty of both scores.")];
        delta.style = "dim";
      }
    }
    const cells = [
      cell(String(row.rank), row.rank),
      withRefs(
        cell(modelLabel(store, s.model, display), s.model, isBase ? "bold" : undefined),
        book.modelNote(s.model),
      ),
      valueCell(store, row.shown, book),
      delta,
      cell(describeSetting(configurationOf(s.setting), s.inferred)),
    ];
    cells.push(sourceCell(row.shown, book));
    return cells;
  });
  return {
    title: `${benchmark.name} · setting: ${describeSetting(group.setting)} · ${direction}${against}${leader}`,
    columns: COLUMNS,
    rows,
  };
}

/** Says that the requested baseline has no score in a group, and under which settings it has one. */
function absentBaselineNote(
  store: Store,
  benchmark: BenchmarkRecord,
  group: SettingGroup,
  all: readonly SettingGroup[],
  baseline: string,
  display: Display,
): string {
  const elsewhere = all
    .filter((g) => g.members.some((c) => c.score.model === baseline))
    .map((g) => describeSetting(g.setting));
  const has = elsewhere.length > 0 ? ` (it has: ${elsewhere.join("; ")})` : "";
  const who = modelLabel(store, baseline, display);
  const what = benchmarkLabel(store, benchmark.id, display);
  return `${who} has no ${what} score under ${describeSetting(group.setting)}${has}; Δ vs the leader.`;
}

/** The footer line naming the setting groups a ranking left out, with the models in each. */
function otherSettingNotes(
  store: Store,
  benchmark: BenchmarkRecord,
  others: readonly SettingGroup[],
  name: boolean,
  display: Display,
): string[] {
  if (others.length === 0) return [];
  const groups = others.map((g) => {
    const models = groupModels(g).map((m) => modelLabel(store, m, display));
    const shown =
      models.length > 3 ? `${models.slice(0, 3).join(", ")} and ${models.length - 3} more` : models.join(", ");
    return `${describeSetting(g.setting)} (${shown})`;
  });
  const on = name ? ` on ${benchmarkLabel(store, benchmark.id, display)}` : "";
  return [`Other settings${on}: ${groups.join("; ")}.`];
}

/** The distinct models of a group, sorted: one model may have several configurations in it. */
function groupModels(group: SettingGroup): string[] {
  return [...new Set(group.members.map((c) => c.score.model))].sort();
}
