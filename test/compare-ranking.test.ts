import { describe, expect, it } from "vitest";
import { resolveClaims } from "../src/core/compare/claims.js";
import { chooseGroups, defaultGroup, type GroupChoice, settingGroups } from "../src/core/compare/groups.js";
import { headToHead } from "../src/core/compare/head-to-head.js";
import { bestCells, buildLines, lineRanks } from "../src/core/compare/lines.js";
import { DEFAULT_PREFER } from "../src/core/compare/precedence.js";
import { rankBenchmark } from "../src/core/compare/rank-benchmark.js";
import type { BenchmarkRecord } from "../src/core/store.js";
import { BASE_RECORDS, sourceYaml, storeFromYaml } from "./compare-helpers.js";

const store = storeFromYaml(`${BASE_RECORDS}
sources:
${sourceYaml(
  "lab",
  "third-party",
  "2026-04-01",
  `
- { model: muse-spark, benchmark: quiz, value: 60, stderr: 1 }
- { model: alpha, benchmark: quiz, value: 70 }
- { model: beta, benchmark: quiz, value: 60, stderr: 1 }
- { model: gamma, benchmark: quiz, value: 50, stderr: 10 }
- { model: alpha, benchmark: quiz, value: 80, setting: { tools: python } }
- { model: beta, benchmark: quiz, value: 75, setting: { tools: python } }
- { model: alpha, benchmark: cost, value: 3 }
- { model: beta, benchmark: cost, value: 2 }
- { model: gamma, benchmark: cost, value: 5 }
- { model: muse-spark, benchmark: cost, value: 4, setting: { effort: high } }
`,
)}
`);
const bench = (id: string) => store.benchmarks.get(id) as BenchmarkRecord;
const summary = (id: string, choice: GroupChoice, baseline?: string) =>
  rankBenchmark(store, bench(id), DEFAULT_PREFER, choice, baseline);

describe("setting groups", () => {
  const groups = settingGroups(resolveClaims(store, store.scoresOfBenchmark("quiz"), DEFAULT_PREFER));

  it("never mixes settings: one group per setting, the empty setting first", () => {
    expect(groups.map((g) => [g.key, g.claims.map((c) => c.score.model).sort()])).toEqual([
      ["", ["alpha", "beta", "gamma", "muse-spark"]],
      ["tools=python", ["alpha", "beta"]],
    ]);
  });

  it("picks by default the group most models share", () => {
    expect(defaultGroup(groups)?.key).toBe("");
    expect(defaultGroup(groups.slice(1))?.key).toBe("tools=python");
  });

  it("breaks a tie in size by the group holding the baseline, then by fewer setting keys", () => {
    const [plain, python] = groups as [(typeof groups)[0], (typeof groups)[0]];
    const two = {
      ...plain,
      claims: plain.claims.filter((c) => c.score.model === "muse-spark" || c.score.model === "gamma"),
    };
    expect(defaultGroup([python, two], "alpha")?.key).toBe("tools=python");
    expect(defaultGroup([python, two], "muse-spark")?.key).toBe("");
    expect(defaultGroup([python, two])?.key).toBe("");
  });

  it("--setting takes the exact group, else every group carrying it; `default` demands an exact match", () => {
    expect(chooseGroups(groups, { kind: "setting", setting: { tools: "python" }, exact: false }).shown).toHaveLength(1);
    expect(chooseGroups(groups, { kind: "setting", setting: {}, exact: true }).shown.map((g) => g.key)).toEqual([""]);
    expect(chooseGroups(groups, { kind: "setting", setting: { tools: "none" }, exact: false }).shown).toEqual([]);
    expect(chooseGroups(groups, { kind: "all" }).others).toEqual([]);
  });
});

describe("ranking one benchmark", () => {
  it("ranks best first, equal values share a rank, and Δ is against Muse Spark by default", () => {
    const { rankings, others } = summary("quiz", { kind: "default" });
    const [ranking] = rankings;
    expect(ranking?.baseline).toBe("muse-spark");
    expect(ranking?.baselineReason).toBe("default");
    expect(ranking?.rows.map((r) => [r.rank, r.claim.score.model, r.delta])).toEqual([
      [1, "alpha", 10],
      [2, "beta", 0],
      [2, "muse-spark", 0],
      [4, "gamma", -10],
    ]);
    expect(others.map((g) => g.key)).toEqual(["tools=python"]);
  });

  it("says when a difference is within both scores' stated uncertainty", () => {
    const rows = summary("quiz", { kind: "default" }).rankings[0]?.rows ?? [];
    const within = Object.fromEntries(rows.map((r) => [r.claim.score.model, r.withinUncertainty]));
    expect(within).toEqual({ alpha: false, beta: true, "muse-spark": false, gamma: true });
  });

  it("uses the leader as baseline when Muse Spark has no score in the group", () => {
    const ranking = summary("quiz", { kind: "setting", setting: { tools: "python" }, exact: false }).rankings[0];
    expect([ranking?.baseline, ranking?.baselineReason]).toEqual(["alpha", "leader"]);
  });

  it("uses a requested baseline, and falls back to the leader where it has no score", () => {
    const requested = summary("quiz", { kind: "all" }, "beta").rankings;
    expect(requested.map((r) => [r.group.key, r.baseline, r.baselineReason])).toEqual([
      ["", "beta", "requested"],
      ["tools=python", "beta", "requested"],
    ]);
    const absent = summary("cost", { kind: "default" }, "muse-spark").rankings[0];
    expect([absent?.baseline, absent?.baselineReason]).toEqual(["beta", "requested-absent"]);
  });

  it("ranks lower-is-better benchmarks ascending", () => {
    const ranking = summary("cost", { kind: "default" }).rankings[0];
    expect(ranking?.rows.map((r) => [r.rank, r.claim.score.model, r.delta])).toEqual([
      [1, "beta", 0],
      [2, "alpha", 1],
      [3, "gamma", 3],
    ]);
  });
});

describe("head to head and matrix lines", () => {
  const benchmarks = [bench("cost"), bench("quiz")];

  it("compares only the benchmark and setting pairs both models have, from the first model's side", () => {
    const h2h = headToHead(buildLines(store, ["alpha", "beta"], benchmarks, DEFAULT_PREFER));
    expect(h2h.pairs.map((p) => [p.line.benchmark.id, p.line.key, p.delta, p.better])).toEqual([
      ["cost", "", 1, "second"],
      ["quiz", "", 10, "first"],
      ["quiz", "tools=python", 5, "first"],
    ]);
    expect([h2h.wins, h2h.losses, h2h.ties]).toEqual([2, 1, 0]);
    expect(h2h.differentSettings).toEqual([]);
  });

  it("counts a difference within both uncertainties as a tie, and names benchmarks only scored under different settings", () => {
    const h2h = headToHead(buildLines(store, ["muse-spark", "gamma"], benchmarks, DEFAULT_PREFER));
    expect(h2h.pairs.map((p) => [p.line.benchmark.id, p.better, p.withinUncertainty])).toEqual([["quiz", "tie", true]]);
    expect([h2h.wins, h2h.losses, h2h.ties]).toEqual([0, 0, 1]);
    expect(h2h.differentSettings.map((b) => b.id)).toEqual(["cost"]);
  });

  it("marks the best cell of each matrix line, not a lone value, and leaves missing cells empty", () => {
    const lines = buildLines(store, ["alpha", "beta", "gamma"], benchmarks, DEFAULT_PREFER);
    expect(lines.map((l) => [l.benchmark.id, l.key, l.cells.map((c) => c?.score.value ?? null), bestCells(l)])).toEqual(
      [
        ["cost", "", [3, 2, 5], [false, true, false]],
        ["quiz", "", [70, 60, 50], [true, false, false]],
        ["quiz", "tools=python", [80, 75, null], [true, false, false]],
      ],
    );
    const lone = buildLines(store, ["muse-spark", "alpha", "beta"], [bench("cost")], DEFAULT_PREFER);
    expect(lone.map((l) => [l.key, bestCells(l)])).toEqual([
      ["", [false, false, true]],
      ["effort=high", [false, false, false]],
    ]);
    expect(lineRanks(lines[1] as (typeof lines)[0])).toEqual([1, 2, 3]);
  });

  it("narrows lines to a setting", () => {
    const lines = buildLines(store, ["alpha", "beta"], benchmarks, DEFAULT_PREFER, { tools: "python" });
    expect(lines.map((l) => `${l.benchmark.id}:${l.key}`)).toEqual(["quiz:tools=python"]);
  });
});
