import { parse as parseCsv } from "csv-parse/sync";
import { marked, type Tokens } from "marked";
import { describe, expect, it } from "vitest";
import { disagree, findConflicts } from "../src/core/conflicts.js";
import { CONFLICT_CSV_COLUMNS } from "../src/render/reports/conflicts.js";
import { BASE_RECORDS, muse, registryDir, sourceYaml, storeFromYaml } from "./compare-helpers.js";

const GDPVAL = {
  model: "muse-spark",
  model_name: "Muse Spark",
  benchmark: "gdpval-aa",
  benchmark_name: "GDPval-AA",
  setting: {},
  unit: "elo",
  difference: 17,
  values: [
    {
      value: 1427,
      decimals: 0,
      source: "decoder-muse-spark-aa",
      source_kind: "third-party",
      published: "2026-04",
      stderr: null,
      ci: null,
      approx: false,
    },
    {
      value: 1444,
      decimals: 0,
      source: "eigent-muse-spark",
      source_kind: "first-party",
      published: "2026-04-09",
      stderr: null,
      ci: null,
      approx: false,
    },
  ],
};

// THE DECODER (repeating Artificial Analysis) gives GPT-5.4 1676; the Eigent article, from Meta's chart, 1672 at
// effort=xhigh, which the curator inferred: the inferred key does not keep the two reports apart.
const GDPVAL_GPT = {
  ...GDPVAL,
  model: "gpt-5.4",
  model_name: "GPT-5.4",
  difference: 4,
  values: [
    { ...GDPVAL.values[0], value: 1676 },
    { ...GDPVAL.values[1], value: 1672 },
  ],
};

describe("muse conflicts on the bundled registry", () => {
  it("json: only GDPval-AA for GPT-5.4 and Muse Spark disagree (rounded repeats such as 58 vs 58.4 agree)", async () => {
    const { out, code } = await muse(["conflicts", "--json"]);
    expect(code).toBe(0);
    // Each value is a full score row (the one shape scores and compare share) with its publication date.
    const doc = JSON.parse(out) as (Omit<typeof GDPVAL, "values"> & { values: Record<string, unknown>[] })[];
    const keys = Object.keys(GDPVAL.values[0] ?? {});
    const picked = doc.map((c) => ({
      ...c,
      values: c.values.map((v) => Object.fromEntries(keys.map((k) => [k, v[k]]))),
    }));
    expect(picked).toEqual([GDPVAL_GPT, GDPVAL]);
    // Eigent's 1672 keeps its own setting, the inferred key named.
    expect(doc[0]?.values.map((v) => [v.setting, v.inferred])).toEqual([
      [{}, []],
      [{ effort: "xhigh" }, ["effort"]],
    ]);
    expect(Object.keys(doc[0]?.values[0] ?? {})).toEqual([
      "model",
      "model_name",
      "benchmark",
      "benchmark_name",
      "value",
      "unit",
      "decimals",
      "setting",
      "inferred",
      "source",
      "source_kind",
      "stderr",
      "ci",
      "approx",
      "as_named",
      "note",
      "url",
      "notes",
      "published",
    ]);
  });

  it("table, markdown and csv list each value with its source and the difference", async () => {
    const table = (await muse(["conflicts"])).out;
    expect(table).toMatch(
      /^GPT-5\.4 \[\d+\]\s+GDPval-AA\s+default\s+1676 Elo \[\d+\]\s+decoder-muse-spark-aa \[\d+\]\s+third-party\s+4$/m,
    );
    expect(table).toMatch(
      /^GPT-5\.4 \[\d+\]\s+GDPval-AA\s+effort=xhigh\*\s+1672 Elo \[\d+\]\s+eigent-muse-spark \[\d+\]\s+first-party\s+4$/m,
    );
    expect(table).toMatch(/^\* inferred by the curator; the source does not state it\.$/m);
    expect(table).toMatch(
      /^Muse Spark \[\d+\]\s+GDPval-AA\s+default\s+1427 Elo \[\d+\]\s+decoder-muse-spark-aa \[\d+\]\s+third-party\s+17$/m,
    );
    expect(table).toMatch(
      /^Muse Spark \[\d+\]\s+GDPval-AA\s+default\s+1444 Elo \[\d+\]\s+eigent-muse-spark \[\d+\]\s+first-party\s+17$/m,
    );
    const md = (await muse(["conflicts", "--ids", "--format", "markdown"])).out;
    const [t] = marked.lexer(md).filter((x) => x.type === "table") as Tokens.Table[];
    expect(t?.rows.map((r) => r.map((c) => c.text.replace(/\[\^\d+\]/g, "")))).toEqual([
      ["gpt-5.4", "gdpval-aa", "default", "1676 Elo", "decoder-muse-spark-aa", "third-party", "4"],
      ["gpt-5.4", "gdpval-aa", "effort=xhigh\\*", "1672 Elo", "eigent-muse-spark", "first-party", "4"],
      ["muse-spark", "gdpval-aa", "default", "1427 Elo", "decoder-muse-spark-aa", "third-party", "17"],
      ["muse-spark", "gdpval-aa", "default", "1444 Elo", "eigent-muse-spark", "first-party", "17"],
    ]);
    const csv = parseCsv((await muse(["conflicts", "--format", "csv"])).out, { columns: true }) as Record<
      string,
      string
    >[];
    expect(Object.keys(csv[0] ?? {})).toEqual([...CONFLICT_CSV_COLUMNS]);
    expect(csv.map((r) => [r.model, r.benchmark, r.setting, r.value, r.source, r.source_kind, r.difference])).toEqual([
      ["gpt-5.4", "gdpval-aa", "", "1676", "decoder-muse-spark-aa", "third-party", "4"],
      ["gpt-5.4", "gdpval-aa", "effort=xhigh", "1672", "eigent-muse-spark", "first-party", "4"],
      ["muse-spark", "gdpval-aa", "", "1427", "decoder-muse-spark-aa", "third-party", "17"],
      ["muse-spark", "gdpval-aa", "", "1444", "eigent-muse-spark", "first-party", "17"],
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
    const { out, code, err } = await muse(["--registry", "launch", "--registry", mine, "conflicts", "--json"]);
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
