import { parse as parseCsv } from "csv-parse/sync";
import { marked, type Tokens } from "marked";
import { describe, expect, it } from "vitest";
import { muse, registryDir } from "./compare-helpers.js";

// A registry whose free-text fields try to break every format: pipes, newlines, HTML, a formula, an escape.
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
      - { model: alpha, benchmark: evil, value: 50, setting: { harness: "=1+2" } }
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
      expect(t.header.map((c) => c.text)).toEqual(["Rank", "Model", "Value", "Δ", "Setting", "Source"]);
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
    expect(rows.map((r) => [r.model, r.value, r.setting])).toEqual([
      ["alpha", "50", "harness==1+2"],
      ["alpha", "45.5", "harness=a|b\n<script>x</script>"],
      ["muse-spark", "40", "harness=a|b\n<script>x</script>"],
    ]);
    for (const row of rows) expect(row.section?.startsWith("'=HYPERLINK")).toBe(true);
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
      "=1+2",
      "a|b\n<script>x</script>",
      "a|b\n<script>x</script>",
    ]);
  });
});

describe("compare --models in every format", () => {
  const h2h = ["compare", "--models", "muse-spark,gpt-5.4"];
  const matrix = ["compare", "--models", "muse-spark,grok-4.5,gpt-5.4", "--category", "health"];

  it("head to head: one row per shared benchmark and setting, Δ first minus second, and the tally", async () => {
    const doc = JSON.parse((await muse([...h2h, "--json"])).out);
    expect(doc.kind).toBe("head-to-head");
    expect(
      doc.pairs.map((p: { benchmark: string; delta: number; better: string }) => [p.benchmark, p.delta, p.better]),
    ).toEqual([
      ["aa-intelligence-index-output-tokens", -62, "muse-spark"],
      ["biotier-bioweapons-refusal", 23.3, "muse-spark"],
      ["gdpval-aa", -249, "gpt-5.4"],
    ]);
    expect(doc.summary).toEqual({ wins: 2, losses: 1, ties: 0 });
    expect(doc.rows).toHaveLength(6);
    expect(doc.not_compared).toContain("arc-agi-2");

    const table = (await muse(h2h)).out;
    expect(table).toMatch(/^muse-spark vs gpt-5\.4: 2 wins, 1 loss, 0 ties$/m);
    const [md] = marked
      .lexer((await muse([...h2h, "--format", "markdown"])).out)
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
    expect(md?.rows.map((r) => [r[0]?.text, r[4]?.text, r[5]?.text])).toEqual([
      ["aa-intelligence-index-output-tokens", "-62", "muse-spark"],
      ["biotier-bioweapons-refusal", "+23.3", "muse-spark"],
      ["gdpval-aa", "-249", "gpt-5.4"],
    ]);
    const csv = parseCsv((await muse([...h2h, "--format", "csv"])).out, { columns: true }) as Record<string, string>[];
    expect(csv.map((r) => [r.benchmark, r["muse-spark"], r["gpt-5.4"], r.delta])).toEqual([
      ["aa-intelligence-index-output-tokens", "58", "120", "-62"],
      ["biotier-bioweapons-refusal", "98", "74.7", "23.3"],
      ["gdpval-aa", "1427", "1676", "-249"],
    ]);
  });

  it("matrix: best per row flagged in JSON, bold in markdown, empty where a model has no score", async () => {
    const doc = JSON.parse((await muse([...matrix, "--json"])).out);
    expect(doc.kind).toBe("matrix");
    expect(doc.lines[0]).toEqual({
      benchmark: "healthbench-hard",
      setting: {},
      values: { "muse-spark": 42.8, "grok-4.5": 20.3, "gpt-5.4": null },
      best: ["muse-spark"],
    });
    expect(doc.rows.filter((r: { best: boolean }) => r.best).map((r: { benchmark: string }) => r.benchmark)).toEqual([
      "healthbench-hard",
      "medxpertqa-multimodal",
      "medxpertqa-text",
    ]);
    const [md] = marked
      .lexer((await muse([...matrix, "--format", "markdown"])).out)
      .filter((t) => t.type === "table") as Tokens.Table[];
    expect(md?.rows[0]?.map((c) => c.text.replace(/\[\^\d+\]/g, ""))).toEqual([
      "healthbench-hard",
      "default",
      "**42.8%**",
      "20.3%",
      "",
    ]);
    expect(md?.rows[1]?.map((c) => c.text.replace(/\[\^\d+\]/g, ""))).toEqual([
      "healthbench-hard",
      "effort=xhigh",
      "",
      "",
      "40.1%",
    ]);
    const coloured = (await muse(matrix, true)).out;
    expect(coloured).toContain("\u001b[1m42.8%");
    const narrowed = JSON.parse((await muse([...matrix, "--bench", "healthbench-hard", "--json"])).out);
    expect(narrowed.lines.map((l: { benchmark: string }) => l.benchmark)).toEqual([
      "healthbench-hard",
      "healthbench-hard",
    ]);
  });
});
