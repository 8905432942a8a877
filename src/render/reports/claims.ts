import type { ClaimCheck, Measurement, Verdict } from "../../core/claims/check.js";
import type { ClaimsResult } from "../../core/claims/claims.js";
import { claimKindOf } from "../../core/claims/kind.js";
import { describeSetting, settingKey } from "../../core/setting.js";
import type { ScoreRecord, Store } from "../../core/store.js";
import { formatScore } from "../format-value.js";
import { type Cell, type Column, type CsvValue, cell, type Report, type Section } from "../view.js";
import { configurationText, differenceText, reasonText, tallyText, verdictText } from "./claims-text.js";
import { benchmarkLabel, DEFAULT_DISPLAY, type Display, modelLabel } from "./display.js";
import { FootnoteBook, unitOf } from "./footnote-book.js";
import { inferredJson, inferredNote } from "./inferred.js";
import { settingCsv } from "./score-row.js";

// In a narrow terminal the sources and configurations are shortened first, the verdict last.
const COLUMNS: readonly Column[] = [
  { key: "benchmark", header: "Benchmark", shrink: 3 },
  { key: "setting", header: "Setting", shrink: 2 },
  { key: "claim", header: "Claim", align: "right" },
  { key: "claimed_by", header: "Claimed by", shrink: 0 },
  { key: "measured", header: "Measured", align: "right" },
  { key: "config", header: "Config", shrink: 1 },
  { key: "measured_by", header: "Measured by", shrink: 0 },
  { key: "difference", header: "Difference", align: "right" },
  { key: "verdict", header: "Verdict", shrink: 9 },
];

/** A score's fields every claims JSON object shares: value as published, setting, inferred keys, source. */
function scoreJson(store: Store, s: ScoreRecord) {
  return {
    value: s.value,
    decimals: s.decimals,
    setting: { ...s.setting },
    inferred: inferredJson(s),
    source: s.source,
    source_kind: claimKindOf(store.sources.get(s.source)),
    published: store.sources.get(s.source)?.published ?? null,
    stderr: s.stderr ?? null,
    ci: s.ci ? [s.ci[0], s.ci[1]] : null,
    approx: s.approx ?? false,
  };
}

/** One claim as the JSON contract shows it: the claim, every measurement, the difference, verdict and reason. */
export function claimJson(store: Store, check: ClaimCheck) {
  const { claim, deciding } = check;
  return {
    model: claim.model,
    benchmark: claim.benchmark,
    unit: unitOf(store, claim.benchmark),
    claim: { ...scoreJson(store, claim), reported_by: check.reports.map((r) => r.source) },
    measurements: check.measurements.map((m) => ({
      ...scoreJson(store, m.score),
      same_configuration: m.closeness.same,
      shared_keys: m.closeness.shared,
      differing_keys: m.closeness.differing,
      difference: m.difference,
      standard_errors: m.standardErrors,
      agrees: m.agrees,
      decides: m.decides,
    })),
    verdict: check.verdict,
    different_configuration: check.differentConfiguration,
    measured_by: deciding?.score.source ?? null,
    difference: deciding?.difference ?? null,
    standard_errors: deciding?.standardErrors ?? null,
    reason: reasonText(store, check),
  };
}

const VERDICT_STYLE: Record<Verdict, Cell["style"]> = {
  confirmed: "good",
  "measured lower": "bad",
  "measured higher": "warn",
  "not measured": "dim",
};

/** The `claims` report: a JSON array with one object per claim; per model a table of claims and measurements. */
export function claimsReport(store: Store, result: ClaimsResult, display: Display = DEFAULT_DISPLAY): Report {
  const book = new FootnoteBook(store, display);
  const sections: Section[] = result.tallies.map((tally) => {
    const name = modelLabel(store, tally.model ?? "", display);
    const checks = result.checks.filter((c) => c.claim.model === tally.model);
    return {
      title: display.ids ? name : `${name} (${tally.model})`,
      columns: COLUMNS,
      rows: checks.flatMap((check) => claimRows(store, check, book)),
      summary: [tallyText(name, tally)],
    };
  });
  const shown = result.checks.flatMap((c) => [c.claim, ...c.measurements.map((m) => m.score)]);
  const notes =
    result.checks.length === 0
      ? ["No claims match."]
      : [...(result.tallies.length > 1 ? [tallyText("All models", result.total)] : []), ...inferredNote(shown)];
  return {
    json: result.checks.map((check) => claimJson(store, check)),
    // With no claim, one empty section: the table says so and CSV still has its header.
    view: {
      sections: sections.length > 0 ? sections : [{ columns: COLUMNS, rows: [] }],
      footnotes: book.footnotes,
      notes,
    },
    csv: () => ({ columns: CLAIMS_CSV_COLUMNS, rows: result.checks.flatMap((check) => claimCsv(store, check)) }),
  };
}

/** The CSV columns of `claims`: one record per claim and measurement (a claim with none has one, blank on the right). */
export const CLAIMS_CSV_COLUMNS = [
  "model",
  "model_name",
  "benchmark",
  "benchmark_name",
  "unit",
  "claim_value",
  "claim_setting",
  "claim_inferred",
  "claim_source",
  "reported_by",
  "measured_value",
  "measured_stderr",
  "measured_setting",
  "measured_source",
  "difference",
  "standard_errors",
  "agrees",
  "decides",
  "verdict",
  "different_configuration",
] as const;

function claimCsv(store: Store, check: ClaimCheck): Record<string, CsvValue>[] {
  const { claim } = check;
  const head = {
    model: claim.model,
    model_name: store.models.get(claim.model)?.name ?? claim.model,
    benchmark: claim.benchmark,
    benchmark_name: store.benchmarks.get(claim.benchmark)?.name ?? claim.benchmark,
    unit: unitOf(store, claim.benchmark),
    claim_value: claim.value.toFixed(Math.min(claim.decimals, 20)),
    claim_setting: settingCsv(claim.setting),
    claim_inferred: (claim.inferred ?? []).join(";"),
    claim_source: claim.source,
    reported_by: check.reports.map((r) => r.source).join(";"),
    verdict: check.verdict,
    different_configuration: check.differentConfiguration,
  };
  const none = { measured_value: null, measured_stderr: null, measured_setting: null, measured_source: null };
  if (check.measurements.length === 0) {
    return [{ ...head, ...none, difference: null, standard_errors: null, agrees: null, decides: null }];
  }
  return check.measurements.map((m) => ({
    ...head,
    measured_value: m.score.value.toFixed(Math.min(m.score.decimals, 20)),
    measured_stderr: m.score.stderr ?? null,
    measured_setting: settingCsv(m.score.setting),
    measured_source: m.score.source,
    difference: m.difference,
    standard_errors: m.standardErrors,
    agrees: m.agrees,
    decides: m.decides,
  }));
}

/** A claim's rows: the first carries the claim and the verdict, each measurement takes a row (CSV repeats the claim). */
function claimRows(store: Store, check: ClaimCheck, book: FootnoteBook): Cell[][] {
  const { claim } = check;
  const unit = unitOf(store, claim.benchmark);
  const claimCells = (first: boolean): Cell[] => {
    const shown = (c: Cell): Cell => (first ? c : { ...c, text: "", refs: [] });
    return [
      shown(cell(benchmarkLabel(store, claim.benchmark, book.display), claim.benchmark)),
      shown(cell(describeSetting(claim.setting, claim.inferred), settingKey(claim.setting))),
      shown(cell(formatScore(claim, unit, book.display.precision), claim.value)),
      shown({
        ...cell(claimedBy(check), check.reports.map((r) => r.source).join(" ")),
        refs: [book.source(claim.source)],
      }),
    ];
  };
  const verdict = (first: boolean): Cell => {
    const c = cell(verdictText(check), verdictText(check), VERDICT_STYLE[check.verdict]);
    return first ? c : { ...c, text: "" };
  };
  if (check.measurements.length === 0) {
    return [[...claimCells(true), cell("", null), cell("", null), cell("", null), cell("", null), verdict(true)]];
  }
  return check.measurements.map((m, i) => [
    ...claimCells(i === 0),
    ...measurementCells(m, claim, unit, book),
    verdict(i === 0),
  ]);
}

function measurementCells(m: Measurement, claim: ScoreRecord, unit: ReturnType<typeof unitOf>, book: FootnoteBook) {
  const style = m.decides ? undefined : "dim";
  return [
    cell(formatScore(m.score, unit, book.display.precision), m.score.value, style),
    cell(configurationText(m.score), settingKey(m.score.setting), style),
    { text: m.score.source, refs: [book.source(m.score.source)] },
    cell(differenceText(m, claim.decimals), m.difference, m.agrees ? style : "warn"),
  ];
}

/** The source of the claim shown, and how many other sources repeat it: `pop-muse-spark +2`. */
function claimedBy(check: ClaimCheck): string {
  const more = check.reports.length - 1;
  return more === 0 ? check.claim.source : `${check.claim.source} +${more}`;
}
