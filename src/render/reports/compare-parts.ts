import type { ClaimCheck, Verdict } from "../../core/claims/check.js";
import { type ClaimKind, claimKindOf } from "../../core/claims/kind.js";
import type { ShownScore } from "../../core/compare/shown.js";
import type { Unit } from "../../core/schema/index.js";
import { describeSetting, settingKey } from "../../core/setting.js";
import type { ScoreRecord, Store } from "../../core/store.js";
import { formatScore } from "../format-value.js";
import { type Cell, cell, type Footnote } from "../view.js";
import { inferredJson } from "./inferred.js";

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

/** One result in `compare --json` `rows`: a model's value on a benchmark under a setting, ranked and compared. */
export interface CompareRowJson {
  model: string;
  benchmark: string;
  value: number;
  unit: Unit;
  decimals: number;
  setting: Record<string, string | number>;
  /** Setting keys the curator inferred rather than the source stating them. */
  inferred: string[];
  source: string;
  source_kind: ClaimKind;
  rank: number | null;
  baseline: string | null;
  delta: number | null;
  within_uncertainty: boolean;
  stderr: number | null;
  ci: [number, number] | null;
  approx: boolean;
  disagreement: boolean;
  alternatives: AlternativeJson[];
  /** When the value is a claim: the verdict of `muse claims` on it; null for a measurement. */
  claim_check: ClaimCheckJson | null;
}

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

/** The unit of a benchmark (points when unknown, which a linked registry never has). */
export function unitOf(store: Store, benchmark: string): Unit {
  return store.benchmarks.get(benchmark)?.unit ?? "points";
}

/** A difference between two published values, rounded to the finer of their decimals (no float noise). */
export function difference(a: ScoreRecord, b: ScoreRecord): number {
  const result = Number((a.value - b.value).toFixed(Math.max(a.decimals, b.decimals)));
  return result === 0 ? 0 : result;
}

/** Shows a difference signed, with the decimals of the finer value: `+33.6`, `-17`, `0`. */
export function formatDifference(delta: number, decimals: number): string {
  if (delta === 0) return "0";
  const text = Math.abs(delta).toFixed(decimals);
  return `${delta > 0 ? "+" : "-"}${text}`;
}

/** Shapes a shown score as a compare row of the JSON contract. */
export function compareRowJson(store: Store, shown: ShownScore, place: Placement): CompareRowJson {
  const s = shown.score;
  return {
    model: s.model,
    benchmark: s.benchmark,
    value: s.value,
    unit: unitOf(store, s.benchmark),
    decimals: s.decimals,
    setting: { ...s.setting },
    inferred: inferredJson(s),
    source: s.source,
    source_kind: claimKindOf(store.sources.get(s.source)),
    rank: place.rank,
    baseline: place.baseline,
    delta: place.baselineScore === undefined ? null : difference(s, place.baselineScore),
    within_uncertainty: place.withinUncertainty,
    stderr: s.stderr ?? null,
    ci: s.ci ? [s.ci[0], s.ci[1]] : null,
    approx: s.approx ?? false,
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

/** Collects the footnotes of a compare view in reading order: sources, other sources' values, markers. */
export class FootnoteBook {
  private readonly notes = new Map<string, Footnote>();

  constructor(private readonly store: Store) {}

  /** The footnotes collected so far, in the order they were first referred to. */
  get footnotes(): Footnote[] {
    return [...this.notes.values()];
  }

  /** Adds a footnote once under `id` and returns the id to refer to it. */
  add(id: string, text: () => string): string {
    if (!this.notes.has(id)) this.notes.set(id, { id, text: text() });
    return id;
  }

  /** The footnote naming a source: publisher, date, and whose figures they are. */
  source(id: string): string {
    return this.add(`source:${id}`, () => {
      const s = this.store.sources.get(id);
      if (s === undefined) return id;
      const origin = s.kind === "press" && s.repeats ? `repeats ${s.repeats.name} (${s.repeats.kind})` : s.kind;
      return `${id}: ${s.publisher}, ${s.published}, ${origin}`;
    });
  }

  /** The footnote saying that independent measurements disagree with a claim shown; undefined when they do not. */
  measuredClaim(shown: ShownScore): string | undefined {
    const check = shown.check;
    const m = check?.deciding;
    if (check === undefined || m === undefined || m.agrees) return undefined;
    const s = shown.score;
    return this.add(`measured:${s.source}:${s.model}:${s.benchmark}:${settingKey(s.setting)}`, () => {
      const unit = unitOf(this.store, s.benchmark);
      const where = check.differentConfiguration ? ` at ${describeSetting(m.score.setting, m.score.inferred)}` : "";
      return `${s.model} on ${s.benchmark}: the claim ${formatScore(s, unit)} (${s.source}) is ${check.verdict} by ${m.score.source}${where}: ${formatScore(m.score, unit)}; see muse claims`;
    });
  }

  /** The footnote listing the other sources' values of a shown score; undefined when it has none. */
  alternatives(shown: ShownScore): string | undefined {
    if (shown.alternatives.length === 0) return undefined;
    const s = shown.score;
    const unit = unitOf(this.store, s.benchmark);
    return this.add(`alt:${s.model}:${s.benchmark}:${describeSetting(s.setting)}`, () => {
      const others = shown.alternatives.map((a) => {
        const gap = Math.abs(difference(a.score, s)).toFixed(Math.max(a.score.decimals, s.decimals));
        const verdict = a.agrees ? "agrees" : `disagrees by ${gap}`;
        const at =
          settingKey(a.score.setting) === settingKey(s.setting)
            ? ""
            : ` at ${describeSetting(a.score.setting, a.score.inferred)}`;
        return `${a.score.source} gives ${formatScore(a.score, unit)}${at} (${verdict})`;
      });
      return `${s.model} on ${s.benchmark}: ${others.join("; ")}`;
    });
  }
}

/** A shown score's value cell: the value with its unit and decimals, marked when other sources give values too. */
export function valueCell(store: Store, shown: ShownScore, book: FootnoteBook, style?: Cell["style"]): Cell {
  const s = shown.score;
  const c = cell(formatScore(s, unitOf(store, s.benchmark)), s.value);
  const alt = book.alternatives(shown);
  const measured = book.measuredClaim(shown);
  const refs = [alt, measured].filter((r) => r !== undefined);
  if (refs.length > 0) c.refs = refs;
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
  const rule = prefer === "third-party" ? "" : ` (--prefer ${prefer})`;
  return [`Several sources for one score: one shown by precedence${rule}; see --help.`];
}
