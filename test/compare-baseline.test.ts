// The default baseline comes from the registry's data, and a matrix judges noise as rankings do.
import { describe, expect, it } from "vitest";
import { muse, registryDir } from "./compare-helpers.js";

const records = (flag: string) => `
benchmarks:
  - { id: quiz, name: Quiz, category: reasoning, unit: percent, higher_is_better: true, description: A quiz. }
models:
  - { id: muse-spark, name: Muse Spark, org: Meta }
  - { id: alpha, name: Alpha, org: A${flag === "alpha" ? ", default_baseline: true" : ""} }
  - { id: beta, name: Beta, org: B }
sources:
  - id: lab
    title: Lab
    publisher: Lab
    published: "2026-04-01"
    kind: third-party
    scores:
      - { model: muse-spark, benchmark: quiz, value: 60.0, stderr: 1.0 }
      - { model: alpha, benchmark: quiz, value: 50.0, stderr: 2.0 }
      - { model: beta, benchmark: quiz, value: 53.0, stderr: 1.0 }
`;

type Row = { model: string; delta: number; baseline: string; within_uncertainty: boolean };
const rows = async (...argv: string[]) => (JSON.parse((await muse([...argv, "--json"])).out) as { rows: Row[] }).rows;

describe("the default baseline", () => {
  it("is no model in particular when the registry marks none: Δ is against the leader", async () => {
    const dir = registryDir(records(""));
    const ranked = await rows("--registry", dir, "compare", "--bench", "quiz");
    expect(ranked.map((r) => [r.model, r.baseline, r.delta])).toEqual([
      ["muse-spark", "muse-spark", 0],
      ["beta", "muse-spark", -7],
      ["alpha", "muse-spark", -10],
    ]);
    const matrix = await rows("--registry", dir, "compare", "--models", "beta,alpha,muse-spark");
    expect(new Set(matrix.map((r) => r.baseline))).toEqual(new Set(["beta"]));
  });

  it("is the model the registry marks default_baseline: true, in rankings and matrices", async () => {
    const dir = registryDir(records("alpha"));
    const ranked = await rows("--registry", dir, "compare", "--bench", "quiz");
    expect(ranked.map((r) => [r.model, r.delta])).toEqual([
      ["muse-spark", 10],
      ["beta", 3],
      ["alpha", 0],
    ]);
    const matrix = await rows("--registry", dir, "compare", "--models", "beta,muse-spark,alpha");
    expect(new Set(matrix.map((r) => r.baseline))).toEqual(new Set(["alpha"]));
  });

  it("a later --registry layer's mark wins over the bundled Muse Spark", async () => {
    const mine = registryDir(`
models:
  - { id: gpt-5.4, name: GPT-5.4, org: OpenAI, default_baseline: true }
`);
    const doc = JSON.parse(
      (await muse(["--registry", "default", "--registry", mine, "compare", "--bench", "arc-agi-2", "--json"])).out,
    );
    expect(doc.groups[0]).toMatchObject({ baseline: "gpt-5.4", baseline_reason: "default" });
  });
});

describe("matrix within_uncertainty", () => {
  it("follows the rule rankings use: both state an uncertainty and the two overlap", async () => {
    const dir = registryDir(records("alpha"));
    const ranked = await rows("--registry", dir, "compare", "--bench", "quiz");
    const matrix = await rows("--registry", dir, "compare", "--models", "muse-spark,beta,alpha", "--baseline", "alpha");
    const noise = (list: Row[]) => Object.fromEntries(list.map((r) => [r.model, r.within_uncertainty]));
    // beta (53 ±1) overlaps alpha (50 ±2) at 95 %; muse-spark (60 ±1) does not; the baseline itself is never noise.
    expect(noise(ranked)).toEqual({ "muse-spark": false, beta: true, alpha: false });
    expect(noise(matrix)).toEqual(noise(ranked));
  });
});
