import { parse as parseCsv } from "csv-parse/sync";
import { marked, type Tokens } from "marked";
import { describe, expect, it } from "vitest";
import { disagree, findConflicts } from "../src/core/conflicts.js";
import { BASE_RECORDS, muse, registryDir, sourceYaml, storeFromYaml } from "./compare-helpers.js";

/** One value of a conflict as the JSON contract shows it; what is not given is null or empty. */
const value = (
  v: { value: number; source: string; source_kind: string; published: string },
  setting = {},
  inferred: string[] = [],
) => ({
  value: v.value,
  decimals: 0,
  setting,
  inferred,
  source: v.source,
  source_kind: v.source_kind,
  published: v.published,
  stderr: null,
  ci: null,
  approx: false,
});

const AA = { source: "decoder-muse-spark-aa", source_kind: "third-party", published: "2026-04" };
const EIGENT = { source: "eigent-muse-spark", source_kind: "first-party", published: "2026-04-09" };

// THE DECODER (repeating Artificial Analysis) gives GPT-5.4 1676; the Eigent article, from Meta's chart, 1672 at
// effort=xhigh, which the curator inferred: the inferred key does not keep the two reports apart.
const GDPVAL_GPT = {
  model: "gpt-5.4",
  benchmark: "gdpval-aa",
  setting: {},
  unit: "elo",
  difference: 4,
  values: [value({ value: 1676, ...AA }), value({ value: 1672, ...EIGENT }, { effort: "xhigh" }, ["effort"])],
};

const GDPVAL = {
  model: "muse-spark",
  benchmark: "gdpval-aa",
  setting: {},
  unit: "elo",
  difference: 17,
  values: [value({ value: 1427, ...AA }), value({ value: 1444, ...EIGENT })],
};

describe("muse conflicts on the bundled registry", () => {
  it("json: only GDPval-AA for GPT-5.4 and Muse Spark disagree (rounded repeats such as 58 vs 58.4 agree)", async () => {
    const { out, code } = await muse(["conflicts", "--json"]);
    expect(code).toBe(0);
    expect(JSON.parse(out)).toEqual([GDPVAL_GPT, GDPVAL]);
  });

  it("table, markdown and csv list each value with its source and the difference", async () => {
    const table = (await muse(["conflicts"])).out;
    expect(table).toMatch(
      /^gpt-5\.4\s+gdpval-aa\s+default\s+1676 Elo\s+decoder-muse-spark-aa \[1\]\s+third-party\s+4$/m,
    );
    expect(table).toMatch(
      /^gpt-5\.4\s+gdpval-aa\s+effort=xhigh\*\s+1672 Elo\s+eigent-muse-spark \[2\]\s+first-party\s+4$/m,
    );
    expect(table).toMatch(/^\* inferred by the curator; the source does not state it\.$/m);
    expect(table).toMatch(
      /^muse-spark\s+gdpval-aa\s+default\s+1427 Elo\s+decoder-muse-spark-aa \[1\]\s+third-party\s+17$/m,
    );
    expect(table).toMatch(
      /^muse-spark\s+gdpval-aa\s+default\s+1444 Elo\s+eigent-muse-spark \[2\]\s+first-party\s+17$/m,
    );
    const md = (await muse(["conflicts", "--format", "markdown"])).out;
    const [t] = marked.lexer(md).filter((x) => x.type === "table") as Tokens.Table[];
    expect(t?.rows.map((r) => r.map((c) => c.text.replace(/\[\^\d+\]/g, "")))).toEqual([
      ["gpt-5.4", "gdpval-aa", "default", "1676 Elo", "decoder-muse-spark-aa", "third-party", "4"],
      ["gpt-5.4", "gdpval-aa", "effort=xhigh\\*", "1672 Elo", "eigent-muse-spark", "first-party", "4"],
      ["muse-spark", "gdpval-aa", "default", "1427 Elo", "decoder-muse-spark-aa", "third-party", "17"],
      ["muse-spark", "gdpval-aa", "default", "1444 Elo", "eigent-muse-spark", "first-party", "17"],
    ]);
    const csv = parseCsv((await muse(["conflicts", "--format", "csv"])).out, { columns: true });
    expect(csv).toEqual([
      ...[
        ["1676", "", "decoder-muse-spark-aa", "third-party"],
        ["1672", "effort=xhigh", "eigent-muse-spark", "first-party"],
      ].map(([value, setting, source, source_kind]) => ({
        model: "gpt-5.4",
        benchmark: "gdpval-aa",
        setting,
        value,
        source,
        source_kind,
        difference: "4",
      })),
      {
        model: "muse-spark",
        benchmark: "gdpval-aa",
        setting: "",
        value: "1427",
        source: "decoder-muse-spark-aa",
        source_kind: "third-party",
        difference: "17",
      },
      {
        model: "muse-spark",
        benchmark: "gdpval-aa",
        setting: "",
        value: "1444",
        source: "eigent-muse-spark",
        source_kind: "first-party",
        difference: "17",
      },
    ]);
  });
});

describe("muse conflicts across layered registries", () => {
  const mine = registryDir(`
sources:
  - id: my-lab
    title: My own runs
    publisher: Me
    published: "2026-05-01"
    kind: third-party
    scores:
      - { model: muse-spark, benchmark: arc-agi-2, value: 45.0 }
      - { model: muse-spark, benchmark: humanitys-last-exam, value: 58, setting: { mode: contemplating } }
`);

  it("finds disagreements between a source in one registry and sources in another", async () => {
    const { out, code, err } = await muse(["--registry", "default", "--registry", mine, "conflicts", "--json"]);
    expect(err).toBe("");
    expect(code).toBe(0);
    const conflicts = JSON.parse(out) as { benchmark: string; difference: number; values: { source: string }[] }[];
    expect(conflicts.map((c) => [c.benchmark, c.difference, c.values.map((v) => v.source)])).toEqual([
      ["arc-agi-2", 2.5, ["my-lab", "eigent-muse-spark", "pop-muse-spark"]],
      ["gdpval-aa", 4, ["decoder-muse-spark-aa", "eigent-muse-spark"]],
      ["gdpval-aa", 17, ["decoder-muse-spark-aa", "eigent-muse-spark"]],
    ]);
  });

  it("compare shows the layered third-party value first and footnotes the disagreement", async () => {
    const { out } = await muse([
      "--registry",
      "default",
      "--registry",
      mine,
      "compare",
      "--bench",
      "arc-agi-2",
      "--json",
    ]);
    const row = JSON.parse(out).rows.find((r: { model: string }) => r.model === "muse-spark");
    expect([row.value, row.source, row.disagreement]).toEqual([45, "my-lab", true]);
  });
});

describe("findConflicts", () => {
  const store = storeFromYaml(`${BASE_RECORDS}
sources:
${sourceYaml("a", "third-party", "2026-01-01", "- { model: alpha, benchmark: quiz, value: 50, stderr: 2 }\n- { model: beta, benchmark: quiz, value: 30 }")}
${sourceYaml("b", "first-party", "2026-01-02", "- { model: alpha, benchmark: quiz, value: 53 }\n- { model: beta, benchmark: quiz, value: 30, setting: { tools: python } }")}
${sourceYaml("c", "first-party", "2026-01-03", "- { model: alpha, benchmark: quiz, value: 58 }")}
`);

  it("lists an identity when any two of its sources disagree, with every value", () => {
    const conflicts = findConflicts(store);
    expect(conflicts.map((c) => [c.scores.map((s) => `${s.source}:${s.value}`), c.spread])).toEqual([
      [["a:50", "c:58", "b:53"], 8],
    ]);
  });

  it("does not count values within stated uncertainty, or different settings, as conflicts", () => {
    const [a, b] = store.scores.filter((s) => s.model === "alpha");
    expect(disagree([a, b] as never)).toBe(false);
    expect(findConflicts(store).some((c) => c.scores[0]?.model === "beta")).toBe(false);
  });
});
