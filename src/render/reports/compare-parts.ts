import type { ClaimCheck, Verdict } from "../../core/claims/check.js";
import { type ClaimKind, claimKindOf } from "../../core/claims/kind.js";
import type { ShownScore } from "../../core/compare/shown.js";
import type { ScoreRecord, Store } from "../../core/store.js";
import { deltaDecimals, difference, formatDelta, formatScore } from "../format-value.js";
import { type Cell, type CsvValue, cell } from "../view.js";
import type { Display } from "./display.js";
import { type FootnoteBook, unitOf, withRefs } from "./footnote-book.js";
import { inferredJson } from "./inferred.js";
import { SCORE_CSV_COLUMNS, type ScoreRowJson, scoreCsv, scoreRowJson } from "./score-row.js";

/** Another source's value for the same identity, as the JSON contract shows it. */
export interface AlternativeJson {
  value: number;
  decimals: number;
  /** Its own setting: it differs from the row's only by keys one of them inferred. */
  setting: Record<string, string | number>;
  inferred: string[];
  source: string;
  source_kind: ClaimKind;
  agrees: boolean;
}

/** One result in `compare --json` `rows`: a score row, ranked and compared with the baseline. */
export type CompareRowJson = ScoreRowJson & {
  rank: number | null;
  baseline: string | null;
  delta: number | null;
  within_uncertainty: boolean;
  disagreement: boolean;
  alternatives: AlternativeJson[];
  /** When the value is a claim: the verdict of `muse claims` on it; null for a measurement. */
  claim_check: ClaimCheckJson | null;
};

/** What independent measurements say of a row's value when it is a claim (see `muse claims`). */
export interface ClaimCheckJson {
  verdict: Verdict;
  different_configuration: boolean;
  measured_by: string | null;
  difference: number | null;
}

function claimCheckJson(check: ClaimCheck | undefined): ClaimCheckJson | null {
  if (check === undefined) return null;
  return {
    verdict: check.verdict,
    different_configuration: check.differentConfiguration,
    measured_by: check.deciding?.score.source ?? null,
    difference: check.deciding?.difference ?? null,
  };
}

/** How a row sits among the others: its rank, and its difference from the baseline's value. */
export interface Placement {
  rank: number | null;
  baseline: string | null;
  baselineScore: ScoreRecord | undefined;
  withinUncertainty: boolean;
}

/** Shapes a shown score as a compare row of the JSON contract. */
export function compareRowJson(store: Store, shown: ShownScore, place: Placement): CompareRowJson {
  const s = shown.score;
  return {
    ...scoreRowJson(store, s),
    rank: place.rank,
    baseline: place.baseline,
    delta: place.baselineScore === undefined ? null : difference(s, place.baselineScore),
    within_uncertainty: place.withinUncertainty,
    disagreement: shown.disagreement,
    alternatives: shown.alternatives.map((a) => ({
      value: a.score.value,
      decimals: a.score.decimals,
      setting: { ...a.score.setting },
      inferred: inferredJson(a.score),
      source: a.score.source,
      source_kind: claimKindOf(store.sources.get(a.score.source)),
      agrees: a.agrees,
    })),
    claim_check: claimCheckJson(shown.check),
  };
}

/** The CSV columns of every compare (ranking, head to head, matrix: all long form, one row per model and line). */
export const COMPARE_CSV_COLUMNS = [
  ...SCORE_CSV_COLUMNS,
  "rank",
  "baseline",
  "delta",
  "within_uncertainty",
  "best",
  "disagreement",
  "claim_verdict",
] as const;

/** A compare row as a CSV record of COMPARE_CSV_COLUMNS. */
export function compareCsv(
  store: Store,
  row: CompareRowJson,
  shown: ShownScore,
  best: boolean,
): Record<string, CsvValue> {
  return {
    ...scoreCsv(store, shown.score),
    rank: row.rank,
    baseline: row.baseline,
    delta: row.delta,
    within_uncertainty: row.within_uncertainty,
    best,
    disagreement: row.disagreement,
    claim_verdict: row.claim_check?.verdict ?? null,
  };
}

/** A Δ cell: the difference to the finer of the two values as shown (`base` on the baseline's own row). */
export function deltaCell(s: ScoreRecord, base: ScoreRecord, display: Display, style?: Cell["style"]): Cell {
  const d = difference(s, base);
  return cell(formatDelta(d, deltaDecimals(s, base, display.precision)), d, style);
}

/**
 * A shown score's value cell: the value with its unit and uncertainty; marked for other sources' values, for
 * independent measurements that disagree with it when it is a claim, and for caveats.
 */
export function valueCell(store: Store, shown: ShownScore, book: FootnoteBook, style?: Cell["style"]): Cell {
  const s = shown.score;
  const c = cell(formatScore(s, unitOf(store, s.benchmark), book.display.precision), s.value);
  withRefs(c, book.alternatives(shown), book.measuredClaim(shown), book.scoreNote(s));
  const chosen = style ?? (shown.disagreement ? "warn" : undefined);
  if (chosen !== undefined) c.style = chosen;
  return c;
}

/** A source cell: the source id with a footnote that says who published it. */
export function sourceCell(shown: ShownScore, book: FootnoteBook): Cell {
  return { text: shown.score.source, refs: [book.source(shown.score.source)] };
}

/** The note that explains how one value was chosen among several, present only when some score had several. */
export function precedenceNote(shownScores: readonly ShownScore[], prefer: string): string[] {
  if (!shownScores.some((c) => c.alternatives.length > 0)) return [];
  const rule = prefer === "third-party" ? "independent measurements first" : `preferring ${prefer}`;
  return [`Where several sources give one score, one is shown by precedence (${rule}); the others are in the notes.`];
}
