import { parse as parseCsv } from "csv-parse/sync";
import { marked, type Tokens } from "marked";
import { describe, expect, it } from "vitest";
import { COMPARE_CSV_COLUMNS } from "../src/render/reports/compare-parts.js";
import { displayWidth, muse } from "./compare-helpers.js";

/** The JSON contract of one `compare` row: every key, always present. */
const ROW_KEYS = [
  "alternatives",
  "approx",
  "as_named",
  "baseline",
  "benchmark",
  "benchmark_name",
  "ci",
  "claim_check",
  "decimals",
  "delta",
  "disagreement",
  "inferred",
  "model",
  "model_name",
  "note",
  "notes",
  "rank",
  "setting",
  "source",
  "source_kind",
  "stderr",
  "unit",
  "url",
  "value",
  "within_uncertainty",
];

interface Row {
  model: string;
  model_name: string;
  benchmark: string;
  benchmark_name: string;
  notes: { about: string; text: string }[];
  value: number;
  rank: number;
  delta: number | null;
  source: string;
  setting: Record<string, unknown>;
  approx: boolean;
  disagreement: boolean;
  alternatives: { value: number; source: string; source_kind: string; agrees: boolean }[];
  inferred: string[];
  claim_check: {
    verdict: string;
    different_configuration: boolean;
    measured_by: string | null;
    difference: number | null;
  } | null;
}

async function json(argv: string[]): Promise<{ kind: string; rows: Row[]; [key: string]: unknown }> {
  const result = await muse([...argv, "--json"]);
  expect(result.err).toBe("");
  expect(result.code).toBe(0);
  const doc = JSON.parse(result.out);
  for (const row of doc.rows) {
    expect(Object.keys(row).sort()).toEqual(ROW_KEYS);
    expect(typeof row.value).toBe("number");
    expect(row.setting).toBeTypeOf("object");
    expect(row.setting).not.toBeNull();
  }
  return doc;
}

/** The markdown tables of an output (with --ids), parsed by a real GFM parser, cells as plain text without footnote marks. */
async function markdownTables(argv: string[]): Promise<{ header: string[]; rows: string[][] }[]> {
  const result = await muse([...argv, "--ids", "--format", "markdown"]);
  expect(result.code).toBe(0);
  const tables = marked.lexer(result.out).filter((t): t is Tokens.Table => t.type === "table");
  const plain = (text: string) => text.replace(/\[\^\d+\]/g, "").replace(/\*\*(.*)\*\*/, "$1");
  return tables.map((t) => ({
    header: t.header.map((c) => c.text),
    rows: t.rows.map((r) => {
      expect(r).toHaveLength(t.header.length);
      return r.map((c) => plain(c.text));
    }),
  }));
}

async function csvRows(argv: string[]): Promise<Record<string, string>[]> {
  const result = await muse([...argv, "--format", "csv"]);
  expect(result.code).toBe(0);
  return parseCsv(result.out, { columns: true });
}

/** The table a pipe gets, with --ids (the tests below match ids; names have their own test). */
async function table(argv: string[]): Promise<string> {
  const result = await muse([...argv, "--ids"]);
  expect(result.code).toBe(0);
  expect(result.out).not.toMatch(/\u001b\[/);
  return result.out;
}

const pick = (rows: Row[]) => rows.map((r) => [r.rank, r.model, r.value, r.delta, r.source]);
const configs = (rows: Row[]) => rows.map((r) => r.setting);

describe("compare --bench arc-agi-2", () => {
  const argv = ["compare", "--bench", "arc-agi-2"];

  it("table: ranks every configuration under the default conditions, Config on each row, and fits in 80 columns", async () => {
    const { out, code } = await muse([...argv, "--no-color"], true, 80);
    expect(code).toBe(0);
    for (const line of out.split("\n")) expect(displayWidth(line), line).toBeLessThanOrEqual(80);
    expect(out).toMatch(/^ARC-AGI-2 · setting: default · higher is better · Δ vs Muse Spark$/m);
    expect(out).toMatch(/^Rank\s+Model\s+Value\s+Δ\s+Config\s+Source$/m);
    expect(out).toMatch(
      /^\s+1\s+Gemini 3\.1 Pro \[\d+\]\s+76\.5% \[\d+\]\s+\+34\.0\s+effort=high\*\s+eigent-muse-spa(?:rk|…) \[\d+\]$/m,
    );
    expect(out).toMatch(
      /^\s+2\s+GPT-5\.4 \[\d+\]\s+76\.1% \[\d+\]\s+\+33\.6\s+effort=xhigh\*\s+eigent-muse-spa(?:rk|…) \[\d+\]$/m,
    );
    // The curators' caveat travels with the number: Xlabs is marked, its note in the footer.
    const xlabs = /^\s+2\s+Xlabs \[(\d+)\]\s+76\.1% \[\d+\]\s+\+33\.6\s+default\s+pop-muse-spark \[\d+\]$/m.exec(out);
    expect(xlabs).not.toBeNull();
    expect(out).toContain(`[${xlabs?.[1]}] Xlabs: Not an identifiable model:`);
    expect(out).toMatch(/^\s+4\s+Grok 4\.5 \[\d+\]\s+53\.3%\s+\+10\.8\s+default\s+eigent-muse-spa(?:rk|…) \[\d+\]$/m);
    expect(out).toMatch(
      /^\s+5\s+Muse Spark \[\d+\]\s+42\.5% \[\d+\]\s+base\s+default\s+eigent-muse-spa(?:rk|…) \[\d+\]$/m,
    );
    expect(out).toMatch(/Muse Spark on ARC-AGI-2: eigent-muse-spark shown; pop-muse-spark gives\s+42\.5%\s+\(agrees\)/);
    // Both efforts come from Meta's chart, not from the article: marked, and the mark explained.
    expect(out).toMatch(/^\* inferred by the curator; the source does not state it\.$/m);
    // effort=high and effort=xhigh are configurations, not conditions: nothing is left to another group.
    expect(out).not.toMatch(/Other settings/);
    expect(out).not.toMatch(/never ranked together/);
  });

  it("json: one object whose rows follow the contract", async () => {
    const doc = await json(argv);
    expect(doc.kind).toBe("ranking");
    expect(pick(doc.rows)).toEqual([
      [1, "gemini-3.1-pro", 76.5, 34, "eigent-muse-spark"],
      [2, "gpt-5.4", 76.1, 33.6, "eigent-muse-spark"],
      [2, "xlabs", 76.1, 33.6, "pop-muse-spark"],
      [4, "grok-4.5", 53.3, 10.8, "eigent-muse-spark"],
      [5, "muse-spark", 42.5, 0, "eigent-muse-spark"],
    ]);
    // Rows carry names beside ids, and every caveat about them.
    expect(doc.rows.map((r) => [r.model_name, r.benchmark_name])[2]).toEqual(["Xlabs", "ARC-AGI-2"]);
    expect(doc.rows[2]?.notes.map((n) => n.about)).toEqual(["model", "score"]);
    // Each row carries its full setting; the group's setting is the conditions (none here).
    expect(configs(doc.rows)).toEqual([{ effort: "high" }, { effort: "xhigh" }, {}, {}, {}]);
    expect(doc.rows.map((r) => r.inferred)).toEqual([["effort"], ["effort"], [], [], []]);
    // Every value shown is a claim (Meta's chart), so each carries what measurements say of it; xlabs has none.
    expect(doc.rows[2]?.claim_check).toEqual({
      verdict: "not measured",
      different_configuration: false,
      measured_by: null,
      difference: null,
    });
    expect(doc.groups).toEqual([
      { benchmark: "arc-agi-2", setting: {}, baseline: "muse-spark", baseline_reason: "default" },
    ]);
    expect(doc.rows[4]?.alternatives).toEqual([
      {
        value: 42.5,
        decimals: 1,
        setting: {},
        inferred: [],
        source: "pop-muse-spark",
        source_kind: "first-party",
        agrees: true,
      },
    ]);
    expect(doc.other_settings).toEqual([]);
  });

  it("markdown: a GFM table with the same rows, sources as footnotes", async () => {
    const [t] = await markdownTables(argv);
    expect(t?.header).toEqual(["Rank", "Model", "Value", "Δ", "Config", "Source"]);
    expect(t?.rows).toEqual([
      ["1", "gemini-3.1-pro", "76.5%", "+34.0", "effort=high\\*", "eigent-muse-spark"],
      ["2", "gpt-5.4", "76.1%", "+33.6", "effort=xhigh\\*", "eigent-muse-spark"],
      ["2", "xlabs", "76.1%", "+33.6", "default", "pop-muse-spark"],
      ["4", "grok-4.5", "53.3%", "+10.8", "default", "eigent-muse-spark"],
      ["5", "muse-spark", "42.5%", "base", "default", "eigent-muse-spark"],
    ]);
    const { out } = await muse([...argv, "--format", "markdown"]);
    expect(out).toMatch(
      /^\[\^\d+\]: eigent-muse-spark: Eigent, 2026-04-09, repeats figures by Meta \(first-party\)\.$/m,
    );
    expect(out).toMatch(/^\| 2 \| Xlabs\[\^\d+\] \| 76\.1%\[\^\d+\] \|/m);
    expect(out).not.toMatch(/\]\[\^/); // one reference per cell
    expect(out).not.toMatch(/--help|muse compare/); // no command hints in documents
  });

  it("csv: RFC 4180 rows with numbers as numbers, one record per row in the documented columns", async () => {
    const rows = await csvRows(argv);
    expect(Object.keys(rows[0] ?? {})).toEqual(COMPARE_CSV_COLUMNS);
    expect(rows.map((r) => [r.rank, r.model, r.model_name, r.value, r.delta, r.setting, r.source, r.best])).toEqual([
      ["1", "gemini-3.1-pro", "Gemini 3.1 Pro", "76.5", "34", "effort=high", "eigent-muse-spark", "true"],
      ["2", "gpt-5.4", "GPT-5.4", "76.1", "33.6", "effort=xhigh", "eigent-muse-spark", "false"],
      ["2", "xlabs", "Xlabs", "76.1", "33.6", "", "pop-muse-spark", "false"],
      ["4", "grok-4.5", "Grok 4.5", "53.3", "10.8", "", "eigent-muse-spark", "false"],
      ["5", "muse-spark", "Muse Spark", "42.5", "0", "", "eigent-muse-spark", "false"],
    ]);
    expect(rows[2]?.notes).toMatch(/^model: Not an identifiable model/);
  });
});

describe("compare --bench humanitys-last-exam (several settings)", () => {
  it("by default ranks only the condition group most distinct models share; configurations rank together", async () => {
    const doc = await json(["compare", "--bench", "Humanity's Last Exam"]);
    expect(pick(doc.rows)).toEqual([
      [1, "gpt-5.4-pro", 58.7, 0.3, "pop-muse-spark"],
      [2, "muse-spark", 58.4, 0, "pop-muse-spark"],
      [3, "gemini-3.1-deep-think", 53.4, -5, "pop-muse-spark"],
    ]);
    expect(configs(doc.rows)).toEqual([{}, { mode: "contemplating" }, {}]);
    expect(doc.groups).toEqual([
      { benchmark: "humanitys-last-exam", setting: {}, baseline: "muse-spark", baseline_reason: "default" },
    ]);
    // GPT-5.4 Pro's 58.7 "with tools" (Eigent) carries tools=any inferred: it is the same figure as Pop's 58.7,
    // an alternative of it, so tools=any holds Muse Spark's rows only.
    expect(doc.rows[0]?.alternatives).toEqual([
      {
        value: 58.7,
        decimals: 1,
        setting: { tools: "any" },
        inferred: ["tools"],
        source: "eigent-muse-spark",
        source_kind: "first-party",
        agrees: true,
      },
    ]);
    expect(doc.other_settings).toEqual([
      { benchmark: "humanitys-last-exam", setting: { tools: "any" }, models: ["muse-spark"] },
      {
        benchmark: "humanitys-last-exam",
        setting: { tools: "none" },
        models: ["gemini-3.1-pro", "gpt-5.4", "muse-spark"],
      },
    ]);
    const out = await table(["compare", "--bench", "hle"]);
    expect(out).toMatch(
      /^\s+2\s+muse-spark \[\d+\]\s+58\.4% \[\d+\]\s+base\s+mode=contemplating\s+pop-muse-spark \[\d+\]$/m,
    );
    expect(out).toMatch(
      /^Other settings: tools=any \(muse-spark\); tools=none \(gemini-3\.1-pro, gpt-5\.4, muse-spark\)\.$/m,
    );
    expect(out).toMatch(/^Scores under different test conditions are never ranked together\.$/m);
    expect(out).toMatch(/^Choose the conditions with --setting key=value, or rank every group with --all-settings\.$/m);
  });

  it("--all-settings: every group is its own section in every format", async () => {
    const argv = ["compare", "--bench", "hle", "--all-settings"];
    const doc = await json(argv);
    expect(doc.groups).toEqual([
      { benchmark: "humanitys-last-exam", setting: {}, baseline: "muse-spark", baseline_reason: "default" },
      {
        benchmark: "humanitys-last-exam",
        setting: { tools: "any" },
        baseline: "muse-spark",
        baseline_reason: "default",
      },
      {
        benchmark: "humanitys-last-exam",
        setting: { tools: "none" },
        baseline: "muse-spark",
        baseline_reason: "default",
      },
    ]);
    expect(doc.other_settings).toEqual([]);
    const contemplating = doc.rows.find(
      (r) => r.model === "muse-spark" && JSON.stringify(r.setting) === '{"mode":"contemplating"}',
    );
    expect(contemplating?.value).toBe(58.4);
    expect(contemplating?.alternatives.map((a) => [a.value, a.agrees])).toEqual([
      [58, true],
      [58, true],
    ]);
    // The agent-scaling curve ranks inside tools=any, best first.
    expect(doc.rows.filter((r) => r.approx).map((r) => r.value)).toEqual([58.5, 57, 56, 50]);
    // The baseline of each group is Muse Spark's plainest configuration there, not its best one.
    expect(doc.rows.filter((r) => r.delta === 0 && r.model === "muse-spark").map((r) => [r.value, r.setting])).toEqual([
      [58.4, { mode: "contemplating" }],
      [58.4, { mode: "contemplating", tools: "any" }],
      [42.8, { tools: "none" }],
    ]);

    const tables = await markdownTables(argv);
    expect(tables).toHaveLength(3);
    expect(tables.map((t) => t.rows.map((r) => r[0]))).toEqual([
      ["1", "2", "3"],
      ["1", "2", "3", "4", "5"],
      ["1", "2", "3", "4"],
    ]);
    // (a literal `~` is escaped in markdown so it never reads as strikethrough)
    expect(tables[1]?.rows.map((r) => [r[1], r[2], r[4]])).toEqual([
      ["muse-spark", "\\~58.5%", "mode=contemplating, agents=16"],
      ["muse-spark", "58.4%", "mode=contemplating"],
      ["muse-spark", "\\~57%", "mode=contemplating, agents=4"],
      ["muse-spark", "\\~56%", "mode=contemplating, agents=2"],
      ["muse-spark", "\\~50%", "mode=contemplating, agents=1"],
    ]);

    const csv = await csvRows(argv);
    expect(csv).toHaveLength(doc.rows.length);
    expect(new Set(csv.map((r) => r.condition))).toEqual(new Set(["", "tools=any", "tools=none"]));
    expect(csv.find((r) => r.setting === "mode=contemplating;tools=any;agents=16")?.value).toBe("58.5");

    const out = await table(argv);
    expect(out).toContain("Humanity's Last Exam · setting: tools=any · higher is better · Δ vs muse-spark");
    expect(out).toMatch(/^\s+1\s+muse-spark \[\d+\]\s+~58\.5% \[\d+\]\s+\+0\.1\s+mode=contemplating, agents=16\s/m);
  });

  it("--setting tools=none (a condition) picks that group with all its configurations; an absent one is a usage error naming those that exist", async () => {
    const doc = await json(["compare", "--bench", "hle", "--setting", "tools=none"]);
    expect(pick(doc.rows)).toEqual([
      [1, "muse-spark", 50.2, 7.4, "eigent-muse-spark"],
      [2, "gemini-3.1-pro", 45.4, 2.6, "eigent-muse-spark"],
      [3, "gpt-5.4", 43.9, 1.1, "eigent-muse-spark"],
      [4, "muse-spark", 42.8, 0, "eigent-muse-spark"],
    ]);
    expect(configs(doc.rows)).toEqual([
      { mode: "contemplating", tools: "none" },
      { tools: "none", effort: "high" },
      { tools: "none", effort: "xhigh" },
      { tools: "none" },
    ]);
    expect(doc.groups).toEqual([
      {
        benchmark: "humanitys-last-exam",
        setting: { tools: "none" },
        baseline: "muse-spark",
        baseline_reason: "default",
      },
    ]);
    expect(doc.other_settings).toEqual([
      {
        benchmark: "humanitys-last-exam",
        setting: {},
        models: ["gemini-3.1-deep-think", "gpt-5.4-pro", "muse-spark"],
      },
      { benchmark: "humanitys-last-exam", setting: { tools: "any" }, models: ["muse-spark"] },
    ]);
    const bad = await muse(["compare", "--bench", "hle", "--setting", "tools=search"]);
    expect([bad.code, bad.out, bad.err]).toEqual([
      2,
      "",
      "muse: no scores under that setting; there are: default; tools=any; tools=none\n",
    ]);
  });

  it("--setting effort=xhigh (a configuration) keeps only those rows, wherever their conditions put them", async () => {
    const doc = await json(["compare", "--bench", "hle", "--setting", "effort=xhigh"]);
    expect(pick(doc.rows)).toEqual([[1, "gpt-5.4", 43.9, 0, "eigent-muse-spark"]]);
    expect(configs(doc.rows)).toEqual([{ tools: "none", effort: "xhigh" }]);
    expect(doc.groups).toEqual([
      { benchmark: "humanitys-last-exam", setting: { tools: "none" }, baseline: "gpt-5.4", baseline_reason: "leader" },
    ]);
    const both = await json(["compare", "--bench", "hle", "--setting", "tools=any", "--setting", "mode=contemplating"]);
    expect(pick(both.rows)).toEqual([
      [1, "muse-spark", 58.5, 0.1, "eigent-muse-spark"],
      [2, "muse-spark", 58.4, 0, "eigent-muse-spark"],
      [3, "muse-spark", 57, -1.4, "eigent-muse-spark"],
      [4, "muse-spark", 56, -2.4, "eigent-muse-spark"],
      [5, "muse-spark", 50, -8.4, "eigent-muse-spark"],
    ]);
    const none = await muse(["compare", "--bench", "hle", "--setting", "effort=low"]);
    expect([none.code, none.err]).toEqual([
      2,
      "muse: no scores under that setting; there are: default; tools=any; tools=none\n",
    ]);
  });
});

describe("compare --bench gdpval-aa (two sources disagree)", () => {
  const argv = ["compare", "--bench", "gdpval-aa"];

  it("json: shows the third-party value by default, the other as a disagreeing alternative", async () => {
    const doc = await json(argv);
    expect(pick(doc.rows)).toEqual([
      [1, "gpt-5.4", 1676, 249, "decoder-muse-spark-aa"],
      [2, "claude-sonnet-4.6", 1648, 221, "decoder-muse-spark-aa"],
      [3, "muse-spark", 1427, 0, "decoder-muse-spark-aa"],
      [4, "gemini-3.1-pro", 1320, -107, "eigent-muse-spark"],
      [5, "grok-4.5", 1055, -372, "eigent-muse-spark"],
    ]);
    // Eigent's 1672 for gpt-5.4 carries effort=xhigh only as inferred from Meta's chart: it is the same
    // figure as THE DECODER's 1676, so it is that row's disagreeing alternative, not a row of its own.
    expect(configs(doc.rows)).toEqual([{}, {}, {}, { effort: "high" }, {}]);
    expect(doc.rows[0]?.alternatives).toEqual([
      {
        value: 1672,
        decimals: 0,
        setting: { effort: "xhigh" },
        inferred: ["effort"],
        source: "eigent-muse-spark",
        source_kind: "first-party",
        agrees: false,
      },
    ]);
    const muse_ = doc.rows[2];
    expect(muse_?.disagreement).toBe(true);
    expect(muse_?.alternatives).toEqual([
      {
        value: 1444,
        decimals: 0,
        setting: {},
        inferred: [],
        source: "eigent-muse-spark",
        source_kind: "first-party",
        agrees: false,
      },
    ]);
  });

  it("--prefer first-party and --prefer SOURCE-ID switch the value shown", async () => {
    for (const prefer of ["first-party", "eigent-muse-spark"]) {
      const doc = await json([...argv, "--prefer", prefer]);
      const row = doc.rows.find((r) => r.model === "muse-spark");
      expect([row?.value, row?.source, row?.alternatives[0]?.value]).toEqual([1444, "eigent-muse-spark", 1427]);
      expect(doc.prefer).toBe(prefer);
      // The value shown is now Meta's claim, and Artificial Analysis measured lower.
      expect(row?.claim_check).toEqual({
        verdict: "measured lower",
        different_configuration: false,
        measured_by: "decoder-muse-spark-aa",
        difference: -17,
      });
    }
    // A claim with a disagreeing measurement points to it: a marker and a footnote in table and markdown.
    const out = await table([...argv, "--prefer", "first-party"]);
    expect(out).toMatch(/^\s+1\s+gpt-5\.4 \[\d+\]\s+1672 Elo \[\d+\]\s+\+228\s+effort=xhigh\*\s/m);
    expect(out).toMatch(
      /^\[\d+\] gpt-5\.4 on gdpval-aa \(effort=xhigh\): .*\. The claim 1672 Elo \(eigent-muse-spark\) is measured higher by decoder-muse-spark-aa at default: 1676 Elo\./m,
    );
    const { out: md } = await muse([...argv, "--prefer", "first-party", "--format", "markdown"]);
    expect(md).toMatch(/\| 1672 Elo\[\^\d+\] \|/);
    expect(md).toMatch(/The claim 1672 Elo \(eigent-muse-spark\) is measured higher by decoder-muse-spark-aa/);
    const unknown = await muse([...argv, "--prefer", "eigent-muse-spork"]);
    expect(unknown.code).toBe(2);
    expect(unknown.err).toMatch(/unknown source .*did you mean eigent-muse-spark/);
  });

  it("table, markdown and csv mark the row and footnote the other value", async () => {
    const out = await table(argv);
    expect(out).toMatch(/muse-spark \[\d+\]\s+1427 Elo \[(\d+)\]/);
    expect(out).toMatch(
      /muse-spark on gdpval-aa: decoder-muse-spark-aa shown; eigent-muse-spark gives 1444 Elo \(disagrees by 17\)/,
    );
    const { out: md } = await muse([...argv, "--format", "markdown"]);
    expect(md).toMatch(/\| 1427 Elo\[\^(\d+)\] \|/);
    expect(md).toMatch(
      /^\[\^\d+\]: Muse Spark on GDPval-AA: decoder-muse-spark-aa shown; eigent-muse-spark gives 1444 Elo \(disagrees by 17\)\./m,
    );
    const [t] = await markdownTables(argv);
    // GPT-5.4's 1672 (Eigent, effort inferred) is the twin of THE DECODER's 1676: one row, the other in a note.
    expect(t?.rows.map((r) => [r[1], r[4]])).toEqual([
      ["gpt-5.4", "default"],
      ["claude-sonnet-4.6", "default"],
      ["muse-spark", "default"],
      ["gemini-3.1-pro", "effort=high\\*"],
      ["grok-4.5", "default"],
    ]);
    const csv = await csvRows(argv);
    expect(csv.map((r) => [r.model, r.value, r.delta, r.setting, r.inferred])).toEqual([
      ["gpt-5.4", "1676", "249", "", ""],
      ["claude-sonnet-4.6", "1648", "221", "", ""],
      ["muse-spark", "1427", "0", "", ""],
      ["gemini-3.1-pro", "1320", "-107", "effort=high", "effort"],
      ["grok-4.5", "1055", "-372", "", ""],
    ]);
  });
});

describe("compare --bench aa-intelligence-index-output-tokens (lower is better)", () => {
  const argv = ["compare", "--bench", "aa-intelligence-index-output-tokens"];

  it("ranks ascending in every format", async () => {
    const doc = await json(argv);
    expect(pick(doc.rows)).toEqual([
      [1, "gemini-3.1-pro", 57, -1, "decoder-muse-spark-aa"],
      [2, "muse-spark", 58, 0, "decoder-muse-spark-aa"],
      [3, "gpt-5.4", 120, 62, "decoder-muse-spark-aa"],
      [4, "claude-opus-4.6", 157, 99, "decoder-muse-spark-aa"],
    ]);
    const out = await table(argv);
    expect(out).toContain("· lower is better · Δ vs muse-spark");
    expect(out).toMatch(/^\s+1\s+gemini-3\.1-pro \[\d+\]\s+57M tok\s+-1\s/m);
    const [t] = await markdownTables(argv);
    expect(t?.rows.map((r) => [r[0], r[1], r[2]])).toEqual([
      ["1", "gemini-3.1-pro", "57M tok"],
      ["2", "muse-spark", "58M tok"],
      ["3", "gpt-5.4", "120M tok"],
      ["4", "claude-opus-4.6", "157M tok"],
    ]);
    expect((await csvRows(argv)).map((r) => r.model)).toEqual([
      "gemini-3.1-pro",
      "muse-spark",
      "gpt-5.4",
      "claude-opus-4.6",
    ]);
  });
});

describe("compare --limit and the chart formats", () => {
  it("a chart draws the rows the table shows: --limit cuts both, keeping the baseline", async () => {
    const argv = ["--registry", "launch", "compare", "--bench", "arc-agi-2", "--limit", "2", "--format", "mermaid"];
    const { out, code } = await muse(argv);
    expect(code).toBe(0);
    const axis = /x-axis \[(.*)\]/.exec(out)?.[1] ?? "";
    // The first two rows, then Muse Spark (the baseline, ranked below them).
    // († marks a claim: every bar here is from Meta's chart.)
    expect(axis).toBe('"Gemini 3.1 Pro (effort=high) †", "GPT-5.4 (effort=xhigh) †", "Muse Spark †"');
  });
});
