import { parse as parseCsv } from "csv-parse/sync";
import { marked, type Tokens } from "marked";
import { describe, expect, it } from "vitest";
import { muse, registryDir } from "./compare-helpers.js";

// A registry whose free-text fields try to break every format: pipes, newlines, HTML, a formula, an escape.
// harness is configuration (shown in the Config column); tools=python is a test condition, so the
// formula-looking harness lands in a second section.
const HOSTILE = registryDir(`
benchmarks:
  - id: evil
    name: "=HYPERLINK(\\"http://x\\") | <script>alert(1)</script>\\u001b[31m"
    category: other
    unit: percent
    higher_is_better: true
    description: A benchmark with a hostile name.
models:
  - { id: muse-spark, name: Muse Spark, org: Meta }
  - { id: alpha, name: Alpha, org: A }
sources:
  - id: hostile
    title: Hostile
    publisher: "Pub | <img src=x onerror=alert(1)>"
    published: "2026-04-01"
    kind: third-party
    scores:
      - { model: muse-spark, benchmark: evil, value: 40.0, setting: { harness: "a|b\\n<script>x</script>" } }
      - { model: alpha, benchmark: evil, value: 45.5, setting: { harness: "a|b\\n<script>x</script>" } }
      - { model: alpha, benchmark: evil, value: 50, setting: { tools: python, harness: "=1+2" } }
`);
const argv = ["--registry", HOSTILE, "compare", "--bench", "evil", "--all-settings"];

describe("hostile text in compare output", () => {
  it("markdown: a real GFM parser sees whole tables, literal pipes and no HTML", async () => {
    const { out, code } = await muse([...argv, "--format", "markdown"]);
    expect(code).toBe(0);
    const tokens = marked.lexer(out);
    const tables = tokens.filter((t): t is Tokens.Table => t.type === "table");
    expect(tables).toHaveLength(2);
    for (const t of tables) {
      expect(t.header.map((c) => c.text)).toEqual(["Rank", "Model", "Value", "Δ", "Config", "Source"]);
      for (const row of t.rows) expect(row).toHaveLength(6);
    }
    const harness = tables.flatMap((t) => t.rows.map((r) => r[4]?.text ?? ""));
    expect(harness).toContain("harness==1+2");
    const hostileCell = harness.find((text) => text.startsWith("harness=a"));
    expect(hostileCell).toBe("harness=a|b<br>&lt;script&gt;x&lt;/script&gt;");
    const html = marked.parse(out) as string;
    expect(html).not.toMatch(/<script|<img/i);
    expect(html).toContain("&lt;script&gt;");
    expect(html).toContain("Pub | &lt;img src=x onerror=alert(1)&gt;");
    expect(out).not.toContain("\u001b");
    const headings = tokens.filter((t): t is Tokens.Heading => t.type === "heading");
    expect(headings).toHaveLength(2);
  });

  it("csv: a real CSV parser reads every row whole; formula text is neutralised", async () => {
    const { out, code } = await muse([...argv, "--format", "csv"]);
    expect(code).toBe(0);
    const rows = parseCsv(out, { columns: true }) as Record<string, string>[];
    // Values keep the decimals they were published with (40.0); settings are key=value;key=value.
    expect(rows.map((r) => [r.model, r.value, r.setting, r.condition, r.configuration])).toEqual([
      ["alpha", "45.5", "harness=a|b\n<script>x</script>", "", "harness=a|b\n<script>x</script>"],
      ["muse-spark", "40.0", "harness=a|b\n<script>x</script>", "", "harness=a|b\n<script>x</script>"],
      ["alpha", "50", "tools=python;harness==1+2", "tools=python", "harness==1+2"],
    ]);
    for (const row of rows) expect(row.benchmark_name?.startsWith("'=HYPERLINK")).toBe(true);
  });

  it("table: control characters from data never reach the terminal", async () => {
    const { out, code } = await muse(argv);
    expect(code).toBe(0);
    expect(out).not.toContain("\u001b");
    expect(out).toContain("<U+001B>");
  });

  it("json: the data comes through unchanged, as data", async () => {
    const { out } = await muse([...argv, "--json"]);
    const doc = JSON.parse(out);
    expect(doc.rows.map((r: { setting: { harness: string } }) => r.setting.harness)).toEqual([
      "a|b\n<script>x</script>",
      "a|b\n<script>x</script>",
      "=1+2",
    ]);
  });
});

describe("compare --models in every format", () => {
  const h2h = ["compare", "--models", "muse-spark,gpt-5.4"];
  const matrix = ["compare", "--models", "muse-spark,grok-4.5,gpt-5.4", "--category", "health"];

  it("head to head counts one chart entry once: GPT-5.4 Pro's 58.7 with tools inferred is Pop's 58.7", async () => {
    // Narrowed to the two benchmarks of Meta's Contemplating chart, so that Epoch's bundled layer (other
    // benchmarks for gpt-5.4-pro) leaves the expectation as it is.
    const argv = ["compare", "--models", "muse-spark,gpt-5.4-pro", "--bench", "frontierscience-research,hle"];
    const doc = JSON.parse((await muse([...argv, "--json"])).out);
    expect(
      doc.pairs.map((p: { benchmark: string; setting: object; delta: number; better: string }) => [
        p.benchmark,
        p.setting,
        p.delta,
        p.better,
      ]),
    ).toEqual([
      ["frontierscience-research", {}, 1.6, "muse-spark"],
      ["humanitys-last-exam", {}, -0.3, "gpt-5.4-pro"],
    ]);
    expect(doc.summary).toEqual({ wins: 1, losses: 1, ties: 0 });
    const hle = doc.rows.find(
      (r: { model: string; benchmark: string }) => r.model === "gpt-5.4-pro" && r.benchmark === "humanitys-last-exam",
    );
    expect([hle.source, hle.setting, hle.inferred, hle.alternatives]).toEqual([
      "pop-muse-spark",
      {},
      [],
      [
        {
          value: 58.7,
          decimals: 1,
          setting: { tools: "any" },
          inferred: ["tools"],
          source: "eigent-muse-spark",
          source_kind: "first-party",
          agrees: true,
        },
      ],
    ]);
  });

  it("head to head: one row per shared benchmark and conditions, Δ first minus second, and the tally", async () => {
    // [benchmark, Setting cell, muse-spark, gpt-5.4, Δ, better]: gpt-5.4 is mostly scored at effort=xhigh,
    // a configuration, so it is compared with Muse Spark's default run and the Setting cell says so.
    const X = "gpt-5.4: effort=xhigh\\*"; // as markdown escapes it; the * marks an effort the curator inferred
    const expected: [string, string, number, number, number, string | null][] = [
      ["aa-intelligence-index-output-tokens", "default", 58, 120, -62, "muse-spark"],
      ["arc-agi-2", `default; ${X}`, 42.5, 76.1, -33.6, "gpt-5.4"],
      ["biotier-bioweapons-refusal", "default", 98, 74.7, 23.3, "muse-spark"],
      ["charxiv-reasoning", `default; ${X}`, 86.4, 82.8, 3.6, "muse-spark"],
      ["gdpval-aa", "default", 1427, 1676, -249, "gpt-5.4"],
      ["gpqa-diamond", `default; ${X}`, 89.5, 92.8, -3.3, "gpt-5.4"],
      ["healthbench-hard", `default; ${X}`, 42.8, 40.1, 2.7, "muse-spark"],
      ["humanitys-last-exam", `tools=none; ${X}`, 42.8, 43.9, -1.1, "gpt-5.4"],
      ["livecodebench-pro", `default; ${X}`, 80, 87.5, -7.5, "gpt-5.4"],
      ["medxpertqa-multimodal", `default; ${X}`, 78.4, 77.1, 1.3, "muse-spark"],
      ["medxpertqa-text", `default; ${X}`, 52.6, 59.6, -7, "gpt-5.4"],
      ["mmmu-pro", `default; ${X}`, 80.4, 81.2, -0.8, "gpt-5.4"],
      ["tau2-bench-telecom", `default; ${X}`, 91.5, 91.5, 0, null],
      ["zerobench", `default; ${X}`, 33, 41, -8, "gpt-5.4"],
    ];
    const doc = JSON.parse((await muse([...h2h, "--json"])).out);
    expect(doc.kind).toBe("head-to-head");
    expect(
      doc.pairs.map((p: { benchmark: string; delta: number; better: string }) => [p.benchmark, p.delta, p.better]),
    ).toEqual(expected.map(([b, , , , d, better]) => [b, d, better]));
    // pairs[].setting is the conditions; first/second carry each side's full setting.
    const hle = doc.pairs.find((p: { benchmark: string }) => p.benchmark === "humanitys-last-exam");
    expect([hle.setting, hle.first, hle.second]).toEqual([
      { tools: "none" },
      { model: "muse-spark", value: 42.8, setting: { tools: "none" }, source: "eigent-muse-spark" },
      { model: "gpt-5.4", value: 43.9, setting: { tools: "none", effort: "xhigh" }, source: "eigent-muse-spark" },
    ]);
    expect(doc.summary).toEqual({ wins: 5, losses: 8, ties: 1 });
    expect(doc.rows).toHaveLength(28);
    expect(doc.not_compared).toEqual([]);

    const named = (await muse(h2h)).out;
    expect(named).toMatch(/^Muse Spark vs GPT-5\.4: 5 wins, 8 losses, 1 tie$/m);
    expect(named).toMatch(
      /^ARC-AGI-2\s+default; GPT-5\.4: effort=xhigh\*\s+42\.5% \[\d+\]\s+76\.1% \[\d+\]\s+-33\.6\s+GPT-5\.4\s/m,
    );
    // --ids shows the ids people type.
    const table = (await muse([...h2h, "--ids"])).out;
    expect(table).toMatch(/^muse-spark vs gpt-5\.4: 5 wins, 8 losses, 1 tie$/m);
    expect(table).toMatch(
      /^arc-agi-2\s+default; gpt-5\.4: effort=xhigh\*\s+42\.5% \[\d+\]\s+76\.1% \[\d+\]\s+-33\.6\s+gpt-5\.4\s/m,
    );
    // Configurations a line did not compare are listed, never dropped silently.
    expect(table).toContain(
      "Also scored under other configurations, not compared here: " +
        "muse-spark on humanitys-last-exam (mode=contemplating, tools=none).",
    );
    expect(table).toContain("See every configuration with muse compare --bench ID --all-settings.");
    const [md] = marked
      .lexer((await muse([...h2h, "--ids", "--format", "markdown"])).out)
      .filter((t) => t.type === "table") as Tokens.Table[];
    expect(md?.header.map((c) => c.text)).toEqual([
      "Benchmark",
      "Setting",
      "muse-spark",
      "gpt-5.4",
      "Δ",
      "Better",
      "Sources",
    ]);
    expect(md?.rows.map((r) => [r[0]?.text, r[1]?.text, r[5]?.text])).toEqual(
      expected.map(([b, setting, , , , better]) => [b, setting, better ?? "tie"]),
    );
    expect(md?.rows.slice(0, 3).map((r) => r[4]?.text)).toEqual(["-62", "-33.6", "+23.3"]);
    const csv = parseCsv((await muse([...h2h, "--format", "csv"])).out, { columns: true }) as Record<string, string>[];
    // Long form: one record per model and line, each with its own full setting; Δ against the second model.
    expect(csv).toHaveLength(28);
    expect(
      csv
        .filter((r) => r.model === "muse-spark")
        .map((r) => [r.benchmark, r.condition, Number(r.value), Number(r.delta)]),
    ).toEqual(expected.map(([b, setting, a, , d]) => [b, /^tools=none/.test(setting) ? "tools=none" : "", a, d]));
    expect(csv.filter((r) => r.model === "gpt-5.4").map((r) => r.delta)).toEqual(expected.map(() => "0"));

    // Two models scored on a benchmark only under different test conditions: not compared, and said so.
    const apart = JSON.parse(
      (await muse(["compare", "--models", "gemini-3.1-pro,gemini-3.1-deep-think", "--json"])).out,
    );
    expect([apart.pairs, apart.not_compared]).toEqual([[], ["humanitys-last-exam"]]);
    const apartTable = (await muse(["compare", "--models", "gemini-3.1-pro,gemini-3.1-deep-think", "--ids"])).out;
    expect(apartTable).toContain(
      "gemini-3.1-pro and gemini-3.1-deep-think share no benchmark under the same test conditions.",
    );
    expect(apartTable).toContain("Not compared, scored only under different test conditions: humanitys-last-exam.");
  });

  it("matrix: best per row flagged in JSON, bold in markdown, empty where a model has no score", async () => {
    const doc = JSON.parse((await muse([...matrix, "--json"])).out);
    expect(doc.kind).toBe("matrix");
    // gpt-5.4's effort=xhigh score is a configuration: it shares the default line with the others.
    expect(doc.lines[0]).toEqual({
      benchmark: "healthbench-hard",
      setting: {},
      values: { "muse-spark": 42.8, "grok-4.5": 20.3, "gpt-5.4": 40.1 },
      best: ["muse-spark"],
    });
    expect(doc.lines.map((l: { benchmark: string; best: string[] }) => [l.benchmark, l.best])).toEqual([
      ["healthbench-hard", ["muse-spark"]],
      ["medxpertqa-multimodal", ["muse-spark"]],
      ["medxpertqa-text", ["gpt-5.4"]],
    ]);
    expect(
      doc.rows
        .filter(
          (r: { model: string; benchmark: string }) => r.model === "gpt-5.4" && r.benchmark === "healthbench-hard",
        )
        .map((r: { setting: object }) => r.setting),
    ).toEqual([{ effort: "xhigh" }]);
    expect(doc.rows.filter((r: { best: boolean }) => r.best).map((r: { benchmark: string }) => r.benchmark)).toEqual([
      "healthbench-hard",
      "medxpertqa-multimodal",
      "medxpertqa-text",
    ]);
    const [md] = marked
      .lexer((await muse([...matrix, "--ids", "--format", "markdown"])).out)
      .filter((t) => t.type === "table") as Tokens.Table[];
    expect(md?.rows[0]?.map((c) => c.text.replace(/\[\^\d+\]/g, ""))).toEqual([
      "healthbench-hard",
      "default; gpt-5.4: effort=xhigh\\*",
      "**42.8% ★**",
      "20.3%",
      "40.1%",
    ]);
    expect(md?.rows).toHaveLength(3);
    const coloured = (await muse(matrix, true)).out;
    expect(coloured).toContain("\u001b[1m42.8% ★");
    // Without colour the best value still has its mark.
    expect((await muse(matrix)).out).toMatch(
      /^HealthBench Hard\s+default; GPT-5\.4: effort=xhigh\*\s+42\.8% ★ \[\d+\]/m,
    );
    const narrowed = JSON.parse((await muse([...matrix, "--bench", "healthbench-hard", "--json"])).out);
    expect(narrowed.lines.map((l: { benchmark: string }) => l.benchmark)).toEqual(["healthbench-hard"]);

    // Humanity's Last Exam: one line per set of test conditions, empty where a model has no score there.
    const hle = ["compare", "--models", "muse-spark,grok-4.5,gpt-5.4", "--bench", "hle"];
    const hleDoc = JSON.parse((await muse([...hle, "--json"])).out);
    expect(hleDoc.lines).toEqual([
      {
        benchmark: "humanitys-last-exam",
        setting: {},
        values: { "muse-spark": 58.4, "grok-4.5": null, "gpt-5.4": null },
        best: [],
      },
      {
        benchmark: "humanitys-last-exam",
        setting: { tools: "any" },
        values: { "muse-spark": 58.4, "grok-4.5": null, "gpt-5.4": null },
        best: [],
      },
      {
        benchmark: "humanitys-last-exam",
        setting: { tools: "none" },
        values: { "muse-spark": 42.8, "grok-4.5": null, "gpt-5.4": 43.9 },
        best: ["gpt-5.4"],
      },
    ]);
    const [hleMd] = marked
      .lexer((await muse([...hle, "--ids", "--format", "markdown"])).out)
      .filter((t) => t.type === "table") as Tokens.Table[];
    expect(hleMd?.rows.map((r) => r.map((c) => c.text.replace(/\[\^\d+\]/g, "")))).toEqual([
      ["humanitys-last-exam", "default; muse-spark: mode=contemplating", "58.4%", "", ""],
      ["humanitys-last-exam", "tools=any; muse-spark: mode=contemplating", "58.4%", "", ""],
      ["humanitys-last-exam", "tools=none; gpt-5.4: effort=xhigh\\*", "42.8%", "", "**43.9% ★**"],
    ]);
    const hleTable = (await muse([...hle, "--ids"])).out;
    expect(hleTable).toContain(
      "Also scored under other configurations, not compared here: " +
        "muse-spark on humanitys-last-exam (mode=contemplating, tools=any, agents=1); " +
        "muse-spark on humanitys-last-exam (mode=contemplating, tools=any, agents=2); " +
        "muse-spark on humanitys-last-exam (mode=contemplating, tools=any, agents=4); " +
        "muse-spark on humanitys-last-exam (mode=contemplating, tools=any, agents=16); " +
        "muse-spark on humanitys-last-exam (mode=contemplating, tools=none).",
    );
  });
});
