// The pieces of the Epoch import: CSV reading, model-version suffixes, number handling, run labels.
import { describe, expect, it } from "vitest";
import { guessScoreColumn, guessUnit } from "../src/import/epoch/guess.js";
import { settingFromName } from "../src/import/epoch/name-setting.js";
import { citationOf, EPOCH_CITATION, latestDateIn, releaseOf } from "../src/import/epoch/release.js";
import { parseNumber, parsePlusMinus, runLabels, scaled } from "../src/import/shared/cells.js";
import { readCsv } from "../src/import/shared/csv.js";
import { makeDistinct, type Placed } from "../src/import/shared/distinct.js";
import { toModelId, toToken } from "../src/import/shared/ids.js";
import { parseModelVersion } from "../src/import/shared/model-version.js";

describe("readCsv", () => {
  it("drops a BOM, keeps line breaks inside quotes, and numbers records by the line they start on", () => {
    const table = readCsv('\uFEFFModel version,Score,Notes\na,0.5,"two\nlines"\n\nb,0.6,x\n');
    expect(table.header).toEqual(["Model version", "Score", "Notes"]);
    expect(table.records).toEqual([
      { line: 2, cells: ["a", "0.5", "two\nlines"] },
      { line: 5, cells: ["b", "0.6", "x"] },
    ]);
    expect(table.problems).toEqual([]);
  });

  it("keeps ragged rows as they are: short ones short, long ones long", () => {
    const table = readCsv("a,b,c\n1\n1,2,3,4\n");
    expect(table.records.map((r) => r.cells)).toEqual([["1"], ["1", "2", "3", "4"]]);
  });

  it("counts CRLF line breaks inside quotes when placing the next record", () => {
    const table = readCsv('a,b\r\n1,"x\r\ny\r\nz"\r\n2,3\r\n');
    expect(table.records.map((r) => r.line)).toEqual([2, 5]);
  });

  it("reports a record it cannot read at the line that record starts on, keeping the ones before", () => {
    const table = readCsv('a,b\n1,2\n\n3,"never closed\n4,5\n');
    expect(table.records).toEqual([{ line: 2, cells: ["1", "2"] }]);
    expect(table.problems).toHaveLength(1);
    expect(table.problems[0]?.line).toBe(4);
    expect(table.problems[0]?.reason).toMatch(/^unreadable CSV record: Quote Not Closed/);
  });

  it("reads an empty text as no header and no records", () => {
    expect(readCsv("")).toEqual({ header: [], records: [], problems: [] });
  });
});

describe("parseModelVersion", () => {
  it.each([
    ["gpt-5.4-2026-03-05_xhigh", "gpt-5.4", "gpt-5.4-2026-03-05", { effort: "xhigh", snapshot: "2026-03-05" }],
    ["claude-opus-4-6_32K", "claude-opus-4-6", "claude-opus-4-6", { budget: "32k" }],
    ["claude-opus-4-6_unknown", "claude-opus-4-6", "claude-opus-4-6", { effort: "unknown" }],
    [
      "claude-opus-4-5-20251101_16K",
      "claude-opus-4-5",
      "claude-opus-4-5-20251101",
      { budget: "16k", snapshot: "2025-11-01" },
    ],
    ["gpt-5.1-2025-11-13_none", "gpt-5.1", "gpt-5.1-2025-11-13", { effort: "none", snapshot: "2025-11-13" }],
    ["o3-pro-2025-06-10_low", "o3-pro", "o3-pro-2025-06-10", { effort: "low", snapshot: "2025-06-10" }],
    [
      "gpt-5-mini-2025-08-07_medium",
      "gpt-5-mini",
      "gpt-5-mini-2025-08-07",
      { effort: "medium", snapshot: "2025-08-07" },
    ],
    ["DeepSeek-V3.1_thinking", "DeepSeek-V3.1", "DeepSeek-V3.1", { mode: "thinking" }],
    ["QwQ-32B (16K thinking)", "QwQ-32B", "QwQ-32B", { budget: "16k" }],
    ["openai/gpt-oss-120b_high", "gpt-oss-120b", "gpt-oss-120b", { effort: "high" }],
    ["muse-spark", "muse-spark", "muse-spark", {}],
  ])("%s → %s with its setting", (text, base, dated, setting) => {
    const v = parseModelVersion(text);
    expect(v.base).toBe(base);
    expect(v.dated).toBe(dated);
    expect(v.setting).toEqual(setting);
  });

  it.each([
    ["Qwen-1_8B", "Qwen-1_8B"],
    ["phi-1_5", "phi-1_5"],
    ["VideoChat-Flash-Qwen2-7B_res448", "VideoChat-Flash-Qwen2-7B_res448"],
    ["gemini-2.5-flash-preview-09-2025", "gemini-2.5-flash-preview-09-2025"],
    ["DeepSeek-R1-0528", "DeepSeek-R1-0528"],
    ["model-2025-02-30", "model-2025-02-30"],
  ])("leaves %s whole: not a setting suffix or not a real date", (text, base) => {
    const v = parseModelVersion(text);
    expect(v.base).toBe(base);
    expect(v.setting).toEqual({});
  });

  it("keeps the provider apart and collapses whitespace", () => {
    const v = parseModelVersion("  chutes/Llama-4-Scout-17B-16E   Instruct ");
    expect(v).toMatchObject({ raw: "chutes/Llama-4-Scout-17B-16E Instruct", provider: "chutes" });
    expect(v.base).toBe("Llama-4-Scout-17B-16E Instruct");
  });
});

describe("ids and tokens", () => {
  it.each([
    ["Qwen/QwQ-32B", "qwen-qwq-32b"],
    ["amazon.nova-lite-v1:0", "amazon.nova-lite-v1-0"],
    ["PaLM 540B", "palm-540b"],
    ["Mutimodal-T-SciQ_Large 🥇", "mutimodal-t-sciq-large"],
    ["Gopher (280B)", "gopher-280b"],
    ["..gpt..4..", "gpt-4"],
    ["🥇", undefined],
  ])("toModelId(%s) = %s", (name, id) => {
    expect(toModelId(name)).toBe(id);
  });

  it("makes setting tokens that the schema accepts", () => {
    expect(toToken("None")).toBe("none");
    expect(toToken("2026-04-15T14:38:56.000Z")).toBe("2026-04-15t14-38-56.000z");
    expect(toToken("METR-Horizon-v1.1")).toBe("metr-horizon-v1.1");
    expect(toToken("  --  ")).toBeUndefined();
  });
});

describe("numbers", () => {
  it("parses numbers as Epoch writes them, refusing anything else", () => {
    expect(parseNumber("0.42")).toEqual({ value: 0.42, percent: false });
    expect(parseNumber("4.2e-1")).toEqual({ value: 0.42, percent: false });
    expect(parseNumber("42%")).toEqual({ value: 42, percent: true });
    expect(parseNumber("n/a")).toBeUndefined();
    expect(parseNumber(" ")).toBeUndefined();
  });

  it("scales without float noise and keeps 4 decimals, or 4 significant digits for tiny values", () => {
    expect(scaled(0.9450000000000001, 100)).toBe(94.5);
    expect(scaled(0.8358585858585859, 100)).toBe(83.5859);
    expect(scaled(0.37520000000000003, 100)).toBe(37.52);
    expect(scaled(0.00016396022084974617, 100)).toBe(0.0164);
    expect(scaled(0.039792, 1 / 60)).toBe(0.0006632);
    expect(scaled(718.80683, 1 / 60)).toBe(11.9801);
    expect(scaled(0, 100)).toBe(0);
  });

  it("reads an interval written around the value", () => {
    expect(parsePlusMinus("=+11/-9")).toEqual([9, 11]);
    expect(parsePlusMinus("+1.5/-2")).toEqual([2, 1.5]);
    expect(parsePlusMinus("±3")).toEqual([3, 3]);
    expect(parsePlusMinus("11 to 9")).toBeUndefined();
  });

  it("offers a start time's day first, then the full time", () => {
    expect(runLabels("2026-04-15T14:38:56.000Z")).toEqual(["2026-04-15", "2026-04-15t14-38-56.000z"]);
    expect(runLabels("2026-03-02")).toEqual(["2026-03-02"]);
    expect(runLabels("LiveBench-2024-11-25")).toEqual(["livebench-2024-11-25"]);
  });
});

describe("guessing the score column of an unknown file", () => {
  const records = (rows: string[][]) => rows.map((cells, i) => ({ line: i + 2, cells }));

  it("prefers a column that sounds like a score, skipping errors, intervals, dates and compute", () => {
    const header = ["Model version", "Training compute (FLOP)", "Run date", "Precision SE", "Precision", "Votes"];
    const rows = records([["a", "1e24", "2026-01-01", "0.01", "0.8", "100"]]);
    expect(guessScoreColumn(header, rows)).toEqual({ column: "Precision", scale: 100 });
  });

  it("falls back to the first mostly-numeric column, in points when it is not a fraction", () => {
    const header = ["Model version", "Organization", "Elo", "Comment"];
    const rows = records([
      ["a", "X", "1200", "fine"],
      ["b", "Y", "1250", "ok"],
    ]);
    const score = guessScoreColumn(header, rows);
    expect(score).toEqual({ column: "Elo", scale: 1 });
    expect(score && guessUnit(score, header, rows)).toBe("points");
  });

  it("calls a 0-100 accuracy column percent, and finds nothing in a file without numbers", () => {
    const header = ["Model version", "Accuracy"];
    const rows = records([["a", "55.5"]]);
    const score = guessScoreColumn(header, rows);
    expect(score && guessUnit(score, header, rows)).toBe("percent");
    expect(guessScoreColumn(["Model version", "Comment"], records([["a", "hi"]]))).toBeUndefined();
  });
});

describe("makeDistinct", () => {
  const row = (model: string, line: number, figure: string, runs: [string, string][]): Placed => ({
    model,
    setting: {},
    line,
    figure,
    notes: [],
    runs: runs.map(([kind, label]) => ({ kind, label })),
  });

  it("leaves unique rows alone and labels rows of one model and setting with the first kind that tells them apart", () => {
    const rows = [
      row("a", 2, "1", [
        ["day", "2026-01-01"],
        ["time", "t1"],
      ]),
      row("a", 3, "2", [
        ["day", "2026-01-01"],
        ["time", "t2"],
      ]),
      row("b", 4, "1", [["day", "2026-01-01"]]),
    ];
    const out = makeDistinct(rows);
    expect(out.kept.map((r) => [r.line, r.setting.run])).toEqual([
      [2, "t1"],
      [3, "t2"],
      [4, undefined],
    ]);
  });

  it("gives a row the same identity whatever order the rows come in", () => {
    const a = () => row("m", 2, "1", [["record", "recB"]]);
    const b = () => row("m", 5, "2", [["record", "recA"]]);
    const forward = makeDistinct([a(), b()]).kept.map((r) => r.setting.run);
    const backward = makeDistinct([b(), a()]).kept.map((r) => r.setting.run);
    expect(forward).toEqual(["recB", "recA"]);
    expect(backward).toEqual(["recB", "recA"]);
  });

  it("collapses identical rows into the first with a note naming their records, and never labels by line", () => {
    const rows = [row("a", 7, "1", [["record", "recX"]]), row("a", 9, "1", [["record", "recY"]])];
    const out = makeDistinct(rows);
    expect(out.kept).toHaveLength(1);
    expect(out.kept[0]?.setting).toEqual({});
    expect(out.kept[0]?.notes).toEqual(["Epoch lists this figure 2 times (records recX, recY)"]);
    expect(out.collapsed.map((c) => [c.row.line, c.into.line])).toEqual([[9, 7]]);
  });

  it("keeps the identical row with the smallest record id, whatever the order, as the run of its figure", () => {
    const rows = () => [
      row("m", 2, "1", [["record", "recZ"]]),
      row("m", 3, "1", [["record", "recA"]]),
      row("m", 4, "2", [["record", "recQ"]]),
    ];
    const forward = makeDistinct(rows()).kept.map((r) => [r.setting.run, r.notes]);
    const backward = makeDistinct(rows().reverse()).kept.map((r) => [r.setting.run, r.notes]);
    expect(forward).toEqual([
      ["recA", ["Epoch lists this figure 2 times (records recA, recZ)"]],
      ["recQ", []],
    ]);
    expect(backward).toEqual(forward);
  });

  it("reports a figure that nothing tells apart from another of the same model and setting", () => {
    const rows = [
      row("a", 7, "1", [["record", "same"]]),
      row("a", 9, "2", [["record", "same"]]),
      row("a", 11, "3", []),
    ];
    const out = makeDistinct(rows);
    expect(out.kept.map((r) => [r.line, r.setting.run])).toEqual([[7, undefined]]);
    expect(out.reported.map((r) => [r.row.line, r.reason])).toEqual([
      [9, "same model and setting as line 7 with another figure, and no record id or run date to tell them apart"],
      [11, "same model and setting as line 7 with another figure, and no record id or run date to tell them apart"],
    ]);
  });
});

describe("settingFromName", () => {
  it("reads effort, budget and thinking from the last brackets of a display name", () => {
    expect(settingFromName("Claude Opus 4.6 (120K, High)")).toEqual({
      model: "Claude Opus 4.6",
      setting: { budget: "120k", effort: "high" },
    });
    expect(settingFromName("o3 (xHigh)").setting).toEqual({ effort: "xhigh" });
    expect(settingFromName("GPT-5 (X-High)").setting).toEqual({ effort: "xhigh" });
    expect(settingFromName("Qwen (Med)").setting).toEqual({ effort: "medium" });
    expect(settingFromName("Claude 3.7 (Thinking 16K)").setting).toEqual({ budget: "16k" });
    expect(settingFromName("Claude 3.7 (16k thinking)").setting).toEqual({ budget: "16k" });
    expect(settingFromName("Claude 3.7 (Thinking, 64K)").setting).toEqual({ budget: "64k" });
    expect(settingFromName("DeepSeek (Thinking)").setting).toEqual({ mode: "thinking" });
    expect(settingFromName("Gemini (Preview, Thinking 1K)")).toEqual({ model: "Gemini", setting: { budget: "1k" } });
  });

  it("leaves brackets that state no setting in the name, and guesses nothing", () => {
    expect(settingFromName("LLaMA (7B)")).toEqual({ model: "LLaMA (7B)", setting: {} });
    expect(settingFromName("Gemini 2.5 Pro (Mar 2025)")).toEqual({ model: "Gemini 2.5 Pro (Mar 2025)", setting: {} });
    expect(settingFromName("Grok (Thinking; Fireworks)")).toEqual({ model: "Grok", setting: { mode: "thinking" } });
    expect(settingFromName("  GPT-4  ")).toEqual({ model: "GPT-4", setting: {} });
  });
});

describe("release and citation", () => {
  it("reads the release month from the option, the README, the directory name, or the data, in that order", () => {
    const readme = "@misc{x,\n  year = {2026},\n  month = {4},\n}";
    expect(releaseOf({ option: "2025-01", readme, dirName: "hub-2024-02" })).toEqual({
      published: "2025-01",
      from: "option",
    });
    expect(releaseOf({ readme, dirName: "hub-2024-02" })).toEqual({ published: "2026-04", from: "README" });
    expect(releaseOf({ dirName: "hub-2024-02" })).toEqual({ published: "2024-02", from: "directory name" });
    expect(releaseOf({ dirName: "hub", latestDate: "2026-05-17" })).toEqual({
      published: "2026-05",
      from: "latest date in the data",
    });
    expect(releaseOf({ dirName: "hub" })).toBeUndefined();
  });

  it("takes the month from the data when the README cites an earlier one, with a warning naming both", () => {
    const stale = "@misc{x,\n  year = {2024},\n  month = {11},\n}";
    expect(releaseOf({ readme: stale, dirName: "hub", latestDate: "2026-05-17" })).toEqual({
      published: "2026-05",
      from: "latest date in the data",
      warning:
        "the README's citation says 2024-11 but the data holds dates up to 2026-05-17; release taken as 2026-05 (pass --release YYYY-MM to set it)",
    });
    expect(releaseOf({ readme: stale, dirName: "hub", latestDate: "2024-11-30" })).toEqual({
      published: "2024-11",
      from: "README",
    });
    expect(releaseOf({ option: "2024-11", readme: stale, dirName: "hub", latestDate: "2026-05-17" })).toEqual({
      published: "2024-11",
      from: "option",
    });
  });

  it("finds the latest real date in texts", () => {
    expect(latestDateIn(["a 2025-01-31 b", "2026-02-29x 2026-13-01 2025-12-31"])).toBe("2025-12-31");
    expect(latestDateIn(["none"])).toBeUndefined();
  });

  it("takes the citation block from the README, else the standard one", () => {
    expect(citationOf("### Citation\n```\nSomeone, 'Data'.\n```\n")).toBe("Someone, 'Data'.");
    expect(citationOf("# nothing here")).toBe(EPOCH_CITATION);
    expect(citationOf(undefined)).toBe(EPOCH_CITATION);
  });
});
