import { configurationOf } from "../../core/compare/conditions.js";
import type { SettingGroup } from "../../core/compare/groups.js";
import type { BenchmarkRankings } from "../../core/compare/rank-benchmark.js";
import type { Ranking } from "../../core/compare/ranking.js";
import { describeSetting, settingKey } from "../../core/setting.js";
import type { BenchmarkRecord, Store } from "../../core/store.js";
import { rankingChart } from "../chart/ranking-series.js";
import { type Cell, type Column, cell, type Report, type Section } from "../view.js";
import {
  type CompareRowJson,
  compareRowJson,
  difference,
  FootnoteBook,
  formatDifference,
  precedenceNote,
  sourceCell,
  valueCell,
} from "./compare-parts.js";
import { inferredNote } from "./inferred.js";

const COLUMNS: readonly Column[] = [
  { key: "rank", header: "Rank", align: "right" },
  { key: "model", header: "Model" },
  { key: "value", header: "Value", align: "right" },
  { key: "delta", header: "Δ", align: "right" },
  { key: "setting", header: "Config" },
  { key: "source", header: "Source" },
];

/** The `compare --bench` report: one ranked section per benchmark and setting group shown. */
export function rankingReport(
  store: Store,
  results: readonly BenchmarkRankings[],
  prefer: string,
  requestedBaseline?: string,
): Report {
  const book = new FootnoteBook(store);
  const sections: Section[] = [];
  const notes: string[] = [];
  const rows: CompareRowJson[] = [];
  for (const { benchmark, rankings, others } of results) {
    for (const ranking of rankings) {
      sections.push(rankingSection(store, ranking, book));
      rows.push(...rankingRows(store, ranking));
      if (ranking.baselineReason === "requested-absent" && requestedBaseline !== undefined) {
        notes.push(
          absentBaselineNote(benchmark, ranking.group, [...rankings.map((k) => k.group), ...others], requestedBaseline),
        );
      }
    }
    if (rankings.length === 0) notes.push(`No scores on ${benchmark.id} match.`);
    notes.push(...otherSettingNotes(benchmark, others, results.length > 1));
  }
  const shownScores = results.flatMap((r) => r.rankings.flatMap((k) => k.group.members));
  if (results.some((r) => r.others.length > 0)) {
    notes.push(
      "Different test conditions are never ranked together; choose with --setting key=value or --all-settings.",
    );
  }
  notes.push(...precedenceNote(shownScores, prefer));
  notes.push(...inferredNote(shownScores.map((s) => s.score)));
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
    view: { sections, footnotes: book.footnotes, notes },
    chart: rankingChart(store, results),
  };
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
  const direction = benchmark.higher_is_better ? "higher is better" : "lower is better";
  const against = ranking.baseline === undefined ? "" : ` · Δ vs ${ranking.baseline}`;
  const leader =
    ranking.baselineReason === "leader" || ranking.baselineReason === "requested-absent" ? " (leader)" : "";
  const rows = ranking.rows.map((row): Cell[] => {
    const s = row.shown.score;
    const isBase = row.shown === ranking.baselineShown;
    let delta: Cell = cell("", null);
    if (base !== undefined) {
      const d = difference(s, base);
      delta = cell(
        isBase ? "base" : formatDifference(d, Math.max(s.decimals, base.decimals)),
        d,
        isBase ? "dim" : undefined,
      );
      if (row.withinUncertainty) {
        delta.refs = [book.add("within", () => "Δ is within the stated uncertainty of both scores.")];
        delta.style = "dim";
      }
    }
    const cells = [
      cell(String(row.rank), row.rank),
      cell(s.model, s.model, isBase ? "bold" : undefined),
      valueCell(store, row.shown, book),
      delta,
      cell(describeSetting(configurationOf(s.setting), s.inferred), settingKey(s.setting)),
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
  benchmark: BenchmarkRecord,
  group: SettingGroup,
  all: readonly SettingGroup[],
  baseline: string,
): string {
  const elsewhere = all
    .filter((g) => g.members.some((c) => c.score.model === baseline))
    .map((g) => describeSetting(g.setting));
  const has = elsewhere.length > 0 ? ` (it has: ${elsewhere.join("; ")})` : "";
  return `${baseline} has no ${benchmark.id} score under ${describeSetting(group.setting)}${has}; Δ vs the leader.`;
}

/** The footer line naming the setting groups a ranking left out, with the models in each. */
function otherSettingNotes(benchmark: BenchmarkRecord, others: readonly SettingGroup[], name: boolean): string[] {
  if (others.length === 0) return [];
  const groups = others.map((g) => {
    const models = groupModels(g);
    const shown =
      models.length > 3 ? `${models.slice(0, 3).join(", ")} and ${models.length - 3} more` : models.join(", ");
    return `${describeSetting(g.setting)} (${shown})`;
  });
  return [`Other settings${name ? ` on ${benchmark.id}` : ""}: ${groups.join("; ")}.`];
}

/** The distinct models of a group, sorted: one model may have several configurations in it. */
function groupModels(group: SettingGroup): string[] {
  return [...new Set(group.members.map((c) => c.score.model))].sort();
}
