import type { Claim } from "../../core/compare/claims.js";
import { type ClaimKind, claimKindOf } from "../../core/compare/precedence.js";
import type { ScoreRecord, Store } from "../../core/store.js";
import { deltaDecimals, difference, formatDelta, formatScore } from "../format-value.js";
import { type Cell, type CsvValue, cell } from "../view.js";
import type { Display } from "./display.js";
import { type FootnoteBook, unitOf, withRefs } from "./footnote-book.js";
import { SCORE_CSV_COLUMNS, type ScoreRowJson, scoreCsv, scoreRowJson } from "./score-row.js";

/** Another source's value for the same identity, as the JSON contract shows it. */
export interface AlternativeJson {
  value: number;
  decimals: number;
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
};

/** How a row sits among the others: its rank, and its difference from the baseline's value. */
export interface Placement {
  rank: number | null;
  baseline: string | null;
  baselineScore: ScoreRecord | undefined;
  withinUncertainty: boolean;
}

/** Shapes a claim as a compare row of the JSON contract. */
export function compareRowJson(store: Store, claim: Claim, place: Placement): CompareRowJson {
  const s = claim.score;
  return {
    ...scoreRowJson(store, s),
    rank: place.rank,
    baseline: place.baseline,
    delta: place.baselineScore === undefined ? null : difference(s, place.baselineScore),
    within_uncertainty: place.withinUncertainty,
    disagreement: claim.disagreement,
    alternatives: claim.alternatives.map((a) => ({
      value: a.score.value,
      decimals: a.score.decimals,
      source: a.score.source,
      source_kind: claimKindOf(store.sources.get(a.score.source)),
      agrees: a.agrees,
    })),
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
] as const;

/** A compare row as a CSV record of COMPARE_CSV_COLUMNS. */
export function compareCsv(store: Store, row: CompareRowJson, claim: Claim, best: boolean): Record<string, CsvValue> {
  return {
    ...scoreCsv(store, claim.score),
    rank: row.rank,
    baseline: row.baseline,
    delta: row.delta,
    within_uncertainty: row.within_uncertainty,
    best,
    disagreement: row.disagreement,
  };
}

/** A Δ cell: the difference to the finer of the two values as shown (`base` on the baseline's own row). */
export function deltaCell(s: ScoreRecord, base: ScoreRecord, display: Display, style?: Cell["style"]): Cell {
  const d = difference(s, base);
  return cell(formatDelta(d, deltaDecimals(s, base, display.precision)), d, style);
}

/** A claim's value cell: the value with its unit and uncertainty; marked for other sources' values and caveats. */
export function valueCell(store: Store, claim: Claim, book: FootnoteBook, style?: Cell["style"]): Cell {
  const s = claim.score;
  const c = cell(formatScore(s, unitOf(store, s.benchmark), book.display.precision), s.value);
  withRefs(c, book.alternatives(claim), book.scoreNote(s));
  const chosen = style ?? (claim.disagreement ? "warn" : undefined);
  if (chosen !== undefined) c.style = chosen;
  return c;
}

/** A source cell: the source id with a footnote that says who published it. */
export function sourceCell(claim: Claim, book: FootnoteBook): Cell {
  return { text: claim.score.source, refs: [book.source(claim.score.source)] };
}

/** The note that explains how one value was chosen among several, present only when some claim had several. */
export function precedenceNote(claims: readonly Claim[], prefer: string): string[] {
  if (!claims.some((c) => c.alternatives.length > 0)) return [];
  const rule = prefer === "third-party" ? "independent measurements first" : `preferring ${prefer}`;
  return [`Where several sources give one score, one is shown by precedence (${rule}); the others are in the notes.`];
}
