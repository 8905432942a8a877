import { describe, expect, it } from "vitest";
import { chooseGroups, defaultGroup, type GroupChoice, settingGroups } from "../src/core/compare/groups.js";
import { headToHead } from "../src/core/compare/head-to-head.js";
import { bestCells, buildLines, lineRanks } from "../src/core/compare/lines.js";
import { DEFAULT_PREFER } from "../src/core/compare/precedence.js";
import { rankBenchmark } from "../src/core/compare/rank-benchmark.js";
import { resolveShown } from "../src/core/compare/shown.js";
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
  const groups = settingGroups(resolveShown(store, store.scoresOfBenchmark("quiz"), DEFAULT_PREFER));

  it("never mixes test conditions: one group per set of conditions, no conditions first", () => {
    expect(groups.map((g) => [g.key, g.members.map((c) => c.score.model).sort()])).toEqual([
      ["", ["alpha", "beta", "gamma", "muse-spark"]],
      ["tools=python", ["alpha", "beta"]],
    ]);
  });

  it("picks by default the group most models share", () => {
    expect(defaultGroup(groups)?.key).toBe("");
    expect(defaultGroup(groups.slice(1))?.key).toBe("tools=python");
  });

  it("counts distinct models, not rows: one model in many configurations does not win the default", () => {
    const crowded = storeFromYaml(`${BASE_RECORDS}
sources:
${sourceYaml(
  "lab",
  "third-party",
  "2026-04-01",
  `
- { model: alpha, benchmark: quiz, value: 70 }
- { model: beta, benchmark: quiz, value: 60 }
- { model: gamma, benchmark: quiz, value: 50 }
- { model: alpha, benchmark: quiz, value: 80, setting: { tools: python } }
- { model: alpha, benchmark: quiz, value: 81, setting: { tools: python, effort: high } }
- { model: alpha, benchmark: quiz, value: 82, setting: { tools: python, effort: xhigh } }
- { model: beta, benchmark: quiz, value: 75, setting: { tools: python } }
`,
)}
`);
    const split = settingGroups(resolveShown(crowded, crowded.scoresOfBenchmark("quiz"), DEFAULT_PREFER));
    expect(split.map((g) => [g.key, g.members.length])).toEqual([
      ["", 3],
      ["tools=python", 4],
    ]);
    expect(defaultGroup(split)?.key).toBe("");
    expect(defaultGroup(split, "alpha")?.key).toBe("");
  });

  it("breaks a tie in size by the group holding the baseline, then by fewer setting keys", () => {
    const [plain, python] = groups as [(typeof groups)[0], (typeof groups)[0]];
    const two = {
      ...plain,
      members: plain.members.filter((c) => c.score.model === "muse-spark" || c.score.model === "gamma"),
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

  it("--setting with configuration keys narrows rows, searching every condition group when the exact one has none", () => {
    const cost = settingGroups(resolveShown(store, store.scoresOfBenchmark("cost"), DEFAULT_PREFER));
    const high = chooseGroups(cost, { kind: "setting", setting: { effort: "high" }, exact: false });
    expect(high.shown.map((g) => [g.key, g.members.map((c) => c.score.model)])).toEqual([["", ["muse-spark"]]]);
    // The narrowed group is the one shown: it is not listed again among the others.
    expect(high.others).toEqual([]);
    // No row carries mode=fast: the exact (no-conditions) group is searched first, then every group;
    // nothing matches, so nothing is shown and every group is left among the others.
    const none = chooseGroups(groups, { kind: "setting", setting: { mode: "fast" }, exact: false });
    expect([none.shown, none.others.map((g) => g.key)]).toEqual([[], ["", "tools=python"]]);
    const elsewhere = storeFromYaml(`${BASE_RECORDS}
sources:
${sourceYaml(
  "lab",
  "third-party",
  "2026-04-01",
  `
- { model: alpha, benchmark: quiz, value: 70 }
- { model: beta, benchmark: quiz, value: 75, setting: { tools: python, effort: high } }
- { model: alpha, benchmark: quiz, value: 80, setting: { tools: python } }
`,
)}
`);
    const split = settingGroups(resolveShown(elsewhere, elsewhere.scoresOfBenchmark("quiz"), DEFAULT_PREFER));
    const found = chooseGroups(split, { kind: "setting", setting: { effort: "high" }, exact: false });
    expect(found.shown.map((g) => [g.key, g.members.map((c) => c.score.model)])).toEqual([["tools=python", ["beta"]]]);
    expect(found.others.map((g) => g.key)).toEqual([""]);
    const both = chooseGroups(split, { kind: "setting", setting: { tools: "python", effort: "high" }, exact: false });
    expect(both.shown.map((g) => [g.key, g.members.map((c) => c.score.value)])).toEqual([["tools=python", [75]]]);
  });
});

describe("ranking one benchmark", () => {
  it("ranks best first, equal values share a rank, and Δ is against Muse Spark by default", () => {
    const { rankings, others } = summary("quiz", { kind: "default" });
    const [ranking] = rankings;
    expect(ranking?.baseline).toBe("muse-spark");
    expect(ranking?.baselineReason).toBe("default");
    expect(ranking?.rows.map((r) => [r.rank, r.shown.score.model, r.delta])).toEqual([
      [1, "alpha", 10],
      [2, "beta", 0],
      [2, "muse-spark", 0],
      [4, "gamma", -10],
    ]);
    expect(others.map((g) => g.key)).toEqual(["tools=python"]);
  });

  it("says when a difference is within both scores' stated uncertainty", () => {
    const rows = summary("quiz", { kind: "default" }).rankings[0]?.rows ?? [];
    const within = Object.fromEntries(rows.map((r) => [r.shown.score.model, r.withinUncertainty]));
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
    const python = { kind: "setting", setting: { tools: "python" }, exact: false } as const;
    const absent = summary("quiz", python, "muse-spark").rankings[0];
    expect([absent?.baseline, absent?.baselineReason]).toEqual(["alpha", "requested-absent"]);
  });

  it("ranks lower-is-better benchmarks ascending, configurations (effort=high) ranked with the rest", () => {
    const { rankings, others } = summary("cost", { kind: "default" });
    const ranking = rankings[0];
    expect(ranking?.rows.map((r) => [r.rank, r.shown.score.model, r.delta, r.shown.score.setting])).toEqual([
      [1, "beta", -2, {}],
      [2, "alpha", -1, {}],
      [3, "muse-spark", 0, { effort: "high" }],
      [4, "gamma", 1, {}],
    ]);
    expect([ranking?.group.key, ranking?.baseline, ranking?.baselineReason]).toEqual(["", "muse-spark", "default"]);
    expect(others).toEqual([]);
  });

  it("gives a model one row per configuration; its baseline row is the plainest, never the best", () => {
    const modes = storeFromYaml(`${BASE_RECORDS}
sources:
${sourceYaml(
  "lab",
  "third-party",
  "2026-04-01",
  `
- { model: alpha, benchmark: quiz, value: 70 }
- { model: muse-spark, benchmark: quiz, value: 65, setting: { mode: contemplating } }
- { model: muse-spark, benchmark: quiz, value: 60 }
- { model: muse-spark, benchmark: quiz, value: 72, setting: { mode: contemplating, agents: 4 } }
- { model: beta, benchmark: quiz, value: 50, setting: { effort: low } }
- { model: beta, benchmark: quiz, value: 40, setting: { effort: high } }
`,
)}
`);
    const rank = (baseline?: string) =>
      rankBenchmark(
        modes,
        modes.benchmarks.get("quiz") as BenchmarkRecord,
        DEFAULT_PREFER,
        { kind: "default" },
        baseline,
      ).rankings[0];
    const ranking = rank();
    expect(ranking?.rows.map((r) => [r.rank, r.shown.score.model, r.shown.score.value, r.delta])).toEqual([
      [1, "muse-spark", 72, 12],
      [2, "alpha", 70, 10],
      [3, "muse-spark", 65, 5],
      [4, "muse-spark", 60, 0],
      [5, "beta", 50, -10],
      [6, "beta", 40, -20],
    ]);
    expect(ranking?.baselineShown?.score.setting).toEqual({});
    // Equally plain configurations: the lower configuration text (effort=high), not the better value.
    const beta = rank("beta");
    expect([beta?.baseline, beta?.baselineShown?.score.value, beta?.baselineShown?.score.setting]).toEqual([
      "beta",
      40,
      { effort: "high" },
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

  it("counts a difference within both uncertainties as a tie, and compares different configurations on one line", () => {
    const h2h = headToHead(buildLines(store, ["muse-spark", "gamma"], benchmarks, DEFAULT_PREFER));
    expect(
      h2h.pairs.map((p) => [p.line.benchmark.id, p.line.key, p.first.score.setting, p.better, p.withinUncertainty]),
    ).toEqual([
      ["cost", "", { effort: "high" }, "first", false],
      ["quiz", "", {}, "tie", true],
    ]);
    expect([h2h.wins, h2h.losses, h2h.ties]).toEqual([1, 0, 1]);
    expect(h2h.differentSettings).toEqual([]);
  });

  it("names benchmarks the two models have only under different test conditions", () => {
    const apart = storeFromYaml(`${BASE_RECORDS}
sources:
${sourceYaml(
  "lab",
  "third-party",
  "2026-04-01",
  `
- { model: alpha, benchmark: quiz, value: 80, setting: { tools: python } }
- { model: beta, benchmark: quiz, value: 60, setting: { tools: none } }
- { model: alpha, benchmark: cost, value: 3, setting: { effort: high } }
- { model: beta, benchmark: cost, value: 2 }
`,
)}
`);
    const h2h = headToHead(
      buildLines(
        apart,
        ["alpha", "beta"],
        ["cost", "quiz"].map((id) => apart.benchmarks.get(id) as BenchmarkRecord),
        DEFAULT_PREFER,
      ),
    );
    expect(h2h.pairs.map((p) => [p.line.benchmark.id, p.first.score.setting, p.second.score.setting])).toEqual([
      ["cost", { effort: "high" }, {}],
    ]);
    expect(h2h.differentSettings.map((b) => b.id)).toEqual(["quiz"]);
  });

  it("puts each model's plainest configuration in a line's cell and keeps the others as unshown, never dropped", () => {
    const modes = storeFromYaml(`${BASE_RECORDS}
sources:
${sourceYaml(
  "lab",
  "third-party",
  "2026-04-01",
  `
- { model: alpha, benchmark: quiz, value: 70 }
- { model: alpha, benchmark: quiz, value: 72, setting: { mode: contemplating } }
- { model: muse-spark, benchmark: quiz, value: 65, setting: { mode: contemplating } }
- { model: muse-spark, benchmark: quiz, value: 60 }
- { model: beta, benchmark: quiz, value: 50, setting: { effort: low } }
- { model: beta, benchmark: quiz, value: 40, setting: { effort: high } }
- { model: beta, benchmark: quiz, value: 45, setting: { tools: python, effort: low } }
`,
)}
`);
    const lines = buildLines(
      modes,
      ["muse-spark", "alpha", "beta"],
      [modes.benchmarks.get("quiz") as BenchmarkRecord],
      DEFAULT_PREFER,
    );
    expect(
      lines.map((l) => [
        l.key,
        l.cells.map((c) => c?.score.value ?? null),
        l.unshown.map((c) => [c.score.model, c.score.value]).sort(),
      ]),
    ).toEqual([
      [
        "",
        [60, 70, 40],
        [
          ["alpha", 72],
          ["beta", 50],
          ["muse-spark", 65],
        ],
      ],
      ["tools=python", [null, null, 45], []],
    ]);
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
    const lone = buildLines(store, ["muse-spark", "alpha", "gamma"], [bench("quiz")], DEFAULT_PREFER);
    expect(lone.map((l) => [l.key, l.cells.map((c) => c?.score.value ?? null), bestCells(l)])).toEqual([
      ["", [60, 70, 50], [false, true, false]],
      ["tools=python", [null, 80, null], [false, false, false]],
    ]);
    // A configuration (effort=high) shares the line of its conditions: cost is one line, not two.
    const configured = buildLines(store, ["muse-spark", "alpha", "beta"], [bench("cost")], DEFAULT_PREFER);
    expect(configured.map((l) => [l.key, l.cells.map((c) => c?.score.value ?? null), bestCells(l)])).toEqual([
      ["", [4, 3, 2], [false, false, true]],
    ]);
    expect(lineRanks(lines[1] as (typeof lines)[0])).toEqual([1, 2, 3]);
  });

  it("narrows lines to a setting", () => {
    const lines = buildLines(store, ["alpha", "beta"], benchmarks, DEFAULT_PREFER, { tools: "python" });
    expect(lines.map((l) => `${l.benchmark.id}:${l.key}`)).toEqual(["quiz:tools=python"]);
  });
});
