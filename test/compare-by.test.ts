// compare --bench X --model M --by KEY: one model's values along a setting key, on the bundled registry.
import { describe, expect, it } from "vitest";
import { muse } from "./compare-helpers.js";

const BY = ["compare", "--bench", "hle", "--model", "muse-spark", "--by", "agents"];

describe("compare --by", () => {
  it("lists Muse Spark Contemplating on Humanity's Last Exam by agents, in order, Δ per step, approximate", async () => {
    const r = await muse(BY);
    expect([r.code, r.err]).toEqual([0, ""]);
    expect(r.out).toBe(
      [
        "Humanity's Last Exam · Muse Spark by agents · setting: mode=contemplating, tools=any · higher is better",
        "agents       Value  Δ step  Source",
        "     1        ~50%          eigent-muse-spark [1]",
        "     2        ~56%      +6  eigent-muse-spark [1]",
        "     4        ~57%      +1  eigent-muse-spark [1]",
        "    16  ~58.5% [2]    +1.5  eigent-muse-spark [1]",
        "",
        "[1] eigent-muse-spark: Eigent, 2026-04-09, repeats figures by Meta (first-party).",
        "[2] Muse Spark on Humanity's Last Exam (mode=contemplating, tools=any, agents=16): Read as roughly 58.5 from the scaling chart; the headline with-tools figure is 58.4.",
        "Δ step is each value minus the one before it.",
        "~ marks a value read off a chart (approximate).",
        "",
      ].join("\n"),
    );
  });

  it("carries the series in JSON: rows with by, by_value and the step Δ", async () => {
    const r = await muse([...BY, "--json"]);
    const doc = JSON.parse(r.out);
    expect(doc.kind).toBe("by-setting");
    expect([doc.benchmark, doc.model, doc.by]).toEqual(["humanitys-last-exam", "muse-spark", "agents"]);
    expect(doc.series).toEqual([{ setting: { mode: "contemplating", tools: "any" }, values: [1, 2, 4, 16] }]);
    expect(doc.rows.map((row: Record<string, unknown>) => [row.by_value, row.value, row.delta, row.approx])).toEqual([
      [1, 50, null, true],
      [2, 56, 6, true],
      [4, 57, 1, true],
      [16, 58.5, 1.5, true],
    ]);
  });

  it("draws the series as bars in every chart format", async () => {
    const chart = await muse([...BY, "--format", "chart"]);
    expect(chart.out).toMatch(/^Humanity's Last Exam: Muse Spark by agents\n/);
    expect(chart.out).toContain("\nagents=16 │▒");
    const mermaid = await muse([...BY, "--format", "mermaid"]);
    expect(mermaid.out).toContain('    x-axis ["agents=1 †", "agents=2 †", "agents=4 †", "agents=16 †"]\n');
    expect(mermaid.out).toContain("    bar [50, 56, 57, 58.5]\n");
    const svg = await muse([...BY, "--format", "svg"]);
    expect(svg.out).toContain(">agents=16</text>");
  });

  it("explains what is missing: a model without the key, an unknown key, a missing --model", async () => {
    const none = await muse(["compare", "--bench", "hle", "--model", "gpt-5.4", "--by", "agents"]);
    expect([none.code, none.err]).toEqual([
      2,
      "muse: gpt-5.4 has no humanitys-last-exam score with agents set; its settings there: tools=none, effort=xhigh\n",
    ]);
    const key = await muse(["compare", "--bench", "hle", "--model", "muse-spark", "--by", "colour"]);
    expect(key.code).toBe(2);
    expect(key.err).toMatch(
      /^error: option '--by <key>' argument 'colour' is invalid\. Allowed choices are mode, tools, effort, agents/,
    );
    const alone = await muse(["compare", "--bench", "hle", "--by", "agents"]);
    expect(alone.err).toBe(
      "muse: --by KEY goes with one --bench and one --model (e.g. --bench hle --model muse-spark --by agents)\n",
    );
  });
});

describe("chart formats", () => {
  it("draw a ranking, and are a usage error where there is nothing to chart", async () => {
    const ranking = await muse(["compare", "--bench", "arc-agi-2", "--format", "chart"]);
    expect(ranking.out).toMatch(/^ARC-AGI-2\nsetting: default · higher is better · baseline Muse Spark\n/);
    const pair = await muse(["compare", "--models", "muse-spark,gpt-5.4", "--format", "svg"]);
    expect([pair.code, pair.out, pair.err]).toEqual([
      2,
      "",
      "muse: --format svg draws a ranking (compare --bench), a --by series or a frontier\n",
    ]);
    const list = await muse(["list", "models", "--format", "mermaid"]);
    expect(list.code).toBe(2);
  });

  it("fits the terminal chart to COLUMNS", async () => {
    for (const width of [60, 100]) {
      const { run } = await import("../src/cli/main.js");
      let out = "";
      await run(["compare", "--bench", "arc-agi-2", "--format", "chart"], {
        out: (t) => {
          out += t;
        },
        err: () => {},
        env: { COLUMNS: String(width), MUSE_REGISTRY: "launch" },
        cwd: process.cwd(),
        stdoutIsTTY: false,
        stderrIsTTY: false,
      });
      const bars = out.split("\n").filter((l) => l.includes("│"));
      expect(bars.length).toBe(5);
      expect(Math.max(...bars.map((l) => [...l].length))).toBe(width);
    }
  });
});
