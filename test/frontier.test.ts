// muse frontier: the best score so far over time, in core and through the CLI.
import { describe, expect, it } from "vitest";
import { resolveShown } from "../src/core/compare/shown.js";
import { buildFrontiers, dateOf } from "../src/core/frontier.js";
import { BASE_RECORDS, muse, registryDir, sourceYaml, storeFromYaml } from "./compare-helpers.js";

const REGISTRY = `${BASE_RECORDS.replace("{ id: alpha, name: Alpha, org: A }", '{ id: alpha, name: Alpha, org: A, released: "2025-03-01" }')}
sources:${sourceYaml(
  "lab",
  "third-party",
  "2025-06-10",
  `
- { model: alpha, benchmark: quiz, value: 40 }
- { model: beta, benchmark: quiz, value: 55, stderr: 2 }
- { model: alpha, benchmark: cost, value: 9 }
- { model: beta, benchmark: cost, value: 4 }
- { model: gamma, benchmark: cost, value: 6 }
- { model: beta, benchmark: quiz, value: 70, setting: { tools: python } }`,
)}${sourceYaml(
  "maker",
  "first-party",
  "2025-09-01",
  `
- { model: gamma, benchmark: quiz, value: 61 }
- { model: muse-spark, benchmark: quiz, value: 60, setting: { effort: high } }`,
)}${sourceYaml(
  "early",
  "press",
  "2025-05",
  `
- { model: gamma, benchmark: quiz, value: 61 }
- { model: beta, benchmark: quiz, value: 65 }`,
)}`;

const store = storeFromYaml(REGISTRY);
const bench = (id: string) => store.resolveBenchmark(id);
const stepsOf = (id: string, kind?: "first-party" | "third-party") =>
  buildFrontiers(store, bench(id), { rule: "third-party" }, { kind: "default" }, kind).frontiers[0]?.steps.map((s) => [
    s.date,
    s.dateFrom,
    s.shown.score.model,
    s.shown.score.value,
    s.previous?.score.model ?? null,
  ]);

describe("buildFrontiers", () => {
  it("steps at each new best, dated by release date, else by the first source that gave the figure", () => {
    // gamma's 61 is given by a press report in 2025-05 and by the maker in 2025-09: the earlier date counts.
    expect(stepsOf("quiz")).toEqual([
      ["2025-03-01", "released", "alpha", 40, null],
      ["2025-05", "source", "gamma", 61, "alpha"],
    ]);
  });

  it("dates a figure by the sources that agree with it, not by one that gives another value", () => {
    const beta = store.scoresOfBenchmark("quiz").filter((s) => s.model === "beta" && s.setting.tools === undefined);
    const [shown] = resolveShown(store, beta, { rule: "third-party" });
    expect(shown?.alternatives.map((a) => [a.score.source, a.agrees])).toEqual([["early", false]]);
    expect(dateOf(store, shown as never)).toEqual({ date: "2025-06-10", dateFrom: "source" });
  });

  it("follows lower-is-better benchmarks downwards", () => {
    expect(stepsOf("cost")).toEqual([
      ["2025-03-01", "released", "alpha", 9, null],
      ["2025-06-10", "source", "beta", 4, "alpha"],
    ]);
  });

  it("keeps only one kind of source with sourceKind: the frontier of measurements", () => {
    expect(stepsOf("quiz", "third-party")).toEqual([
      ["2025-03-01", "released", "alpha", 40, null],
      ["2025-06-10", "source", "beta", 55, "alpha"],
    ]);
    // beta's 65 (a press report of the maker's figure) and gamma's 61 share a date: the better one steps.
    expect(stepsOf("quiz", "first-party")).toEqual([["2025-05", "source", "beta", 65, null]]);
  });

  it("never mixes test conditions: the default group, the others left out", () => {
    const result = buildFrontiers(store, bench("quiz"), { rule: "third-party" }, { kind: "default" });
    expect(result.frontiers.map((f) => f.group.key)).toEqual([""]);
    expect(result.others.map((g) => g.key)).toEqual(["tools=python"]);
  });
});

describe("muse frontier", () => {
  const dir = registryDir(REGISTRY);

  it("prints the steps as JSON rows, Δ against the best before", async () => {
    const r = await muse(["frontier", "--bench", "quiz", "--registry", dir, "--json"]);
    expect([r.code, r.err]).toEqual([0, ""]);
    const doc = JSON.parse(r.out);
    expect(doc.kind).toBe("frontier");
    expect(doc.source_kind).toBeNull();
    expect(doc.groups).toEqual([{ benchmark: "quiz", setting: {}, steps: 2 }]);
    expect(doc.other_settings).toEqual([{ benchmark: "quiz", setting: { tools: "python" } }]);
    expect(
      doc.rows.map((row: Record<string, unknown>) => [
        row.date,
        row.date_from,
        row.model,
        row.value,
        row.baseline,
        row.delta,
        row.source,
        row.source_kind,
      ]),
    ).toEqual([
      ["2025-03-01", "released", "alpha", 40, null, null, "lab", "third-party"],
      ["2025-05", "source", "gamma", 61, "alpha", 21, "maker", "first-party"],
    ]);
  });

  it("draws a step chart, SVG and Mermaid, and takes --source-kind", async () => {
    const chart = await muse([
      "frontier",
      "--bench",
      "quiz",
      "--registry",
      dir,
      "--format",
      "chart",
      "--source-kind",
      "third-party",
    ]);
    expect(chart.code).toBe(0);
    expect(chart.out).toContain("● 2025-06-10 55% ±2 Beta\n");
    const svg = await muse(["frontier", "--bench", "quiz", "--registry", dir, "--format", "svg"]);
    expect(svg.out).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
    const mermaid = await muse(["frontier", "--bench", "quiz", "--registry", dir, "--format", "mermaid"]);
    expect(mermaid.out).toContain(
      '    x-axis ["2025-03-01", "2025-05 †"]\n    y-axis "best score (%)" 0 --> 80\n    line [40, 61]\n',
    );
  });

  it("needs --bench, and says so", async () => {
    const r = await muse(["frontier", "--registry", dir]);
    expect([r.code, r.err]).toEqual([2, "muse: say which benchmark: muse frontier --bench ID\n"]);
  });
});
