import { describe, expect, it } from "vitest";
import { BASE_RECORDS, muse, registryDir, sourceYaml } from "./compare-helpers.js";

describe("compare: usage errors exit 2 with a message on stderr", () => {
  it.each([
    [["compare"], /say what to compare: --bench ID .* or --models A,B/],
    [["compare", "--models", "muse-spark"], /--models needs two or more different models/],
    [["compare", "--models", "muse-spark,Muse Spark"], /--models needs two or more different models/],
    [["compare", "--bench", "arc-agi-2", "--all-settings", "--setting", "effort=high"], /cannot be combined/],
    [
      ["compare", "--bench", "arc-agi-2", "--setting", "default", "--setting", "tools=none"],
      /--setting default means no setting/,
    ],
    [["compare", "--models", "muse-spark,gpt-5.4", "--baseline", "gpt-5.4"], /drop --baseline/],
    [["compare", "--models", "muse-spark,gpt-5.4", "--all-settings"], /--all-settings applies to --bench rankings/],
    [
      ["compare", "--models", "muse-spark,gpt-5.4,grok-4.5", "--baseline", "xlabs"],
      /--baseline xlabs is not one of --models/,
    ],
    [["compare", "--bench", "arc-agi-3"], /unknown benchmark 'arc-agi-3' \(did you mean arc-agi-2/],
    [
      ["compare", "--bench", "arc-agi-2", "--baseline", "claude-opus-4.6"],
      /claude-opus-4\.6 has no score on arc-agi-2/,
    ],
    [
      ["compare", "--bench", "arc-agi-2", "--category", "health"],
      /none of the benchmarks named is in category 'health'/,
    ],
  ])("%j", async (argv, message) => {
    const { code, out, err } = await muse(argv);
    expect(code).toBe(2);
    expect(out).toBe("");
    expect(err).toMatch(message);
  });
});

describe("compare: baselines and setting choice", () => {
  it("a requested baseline absent from the group: Δ against the leader, and the footer says where it is scored", async () => {
    const { out, code } = await muse([
      "compare",
      "--bench",
      "hle",
      "--setting",
      "default",
      "--baseline",
      "gpt-5.4",
      "--ids",
    ]);
    expect(code).toBe(0);
    expect(out).toContain("Humanity's Last Exam · setting: default · higher is better · Δ vs gpt-5.4-pro (leader)");
    expect(out).toContain(
      "gpt-5.4 has no humanitys-last-exam score under default (it has: tools=none); Δ vs the leader.",
    );
    // Without --setting, a tie in models is broken toward the group holding the requested baseline.
    const doc = JSON.parse((await muse(["compare", "--bench", "hle", "--baseline", "gpt-5.4", "--json"])).out);
    expect(doc.groups).toEqual([
      {
        benchmark: "humanitys-last-exam",
        setting: { tools: "none" },
        baseline: "gpt-5.4",
        baseline_reason: "requested",
      },
    ]);
  });

  it("--setting effort=xhigh (configuration) narrows the group's rows; the rows left out are not 'other settings'", async () => {
    const doc = JSON.parse(
      (await muse(["compare", "--bench", "arc-agi-2", "--setting", "effort=xhigh", "--json"])).out,
    );
    expect(doc.rows.map((r: { model: string; delta: number }) => [r.model, r.delta])).toEqual([["gpt-5.4", 0]]);
    expect(doc.rows.map((r: { setting: object }) => r.setting)).toEqual([{ effort: "xhigh" }]);
    expect(doc.groups).toEqual([
      { benchmark: "arc-agi-2", setting: {}, baseline: "gpt-5.4", baseline_reason: "leader" },
    ]);
    expect(doc.other_settings).toEqual([]);
    const { out } = await muse(["compare", "--bench", "arc-agi-2", "--setting", "effort=xhigh"]);
    expect(out).toMatch(
      /^\s+1\s+GPT-5\.4 \[\d+\]\s+76\.1% \[\d+\]\s+base\s+effort=xhigh\*\s+eigent-muse-spark \[\d+\]$/m,
    );
    expect(out).not.toMatch(/Other settings/);
  });

  it("--setting default selects exactly the group with no test conditions, every configuration in it", async () => {
    const doc = JSON.parse((await muse(["compare", "--bench", "hle", "--setting", "default", "--json"])).out);
    expect(doc.groups.map((g: { setting: object }) => g.setting)).toEqual([{}]);
    // IPhO 2025 is scored only in Contemplating mode: a configuration, so it is in the default group.
    const ipho = JSON.parse((await muse(["compare", "--bench", "ipho-2025", "--setting", "default", "--json"])).out);
    expect(
      ipho.rows.map((r: { model: string; value: number; setting: object }) => [r.model, r.value, r.setting]),
    ).toEqual([["muse-spark", 82.6, { mode: "contemplating" }]]);
    // A benchmark scored only under a test condition has no default group.
    const conditioned = registryDir(`${BASE_RECORDS}
sources:
${sourceYaml("lab", "third-party", "2026-04-01", "- { model: alpha, benchmark: quiz, value: 70, setting: { tools: python } }")}
`);
    const none = await muse(["--registry", conditioned, "compare", "--bench", "quiz", "--setting", "default"]);
    expect([none.code, none.err]).toEqual([2, "muse: no scores under that setting; there are: tools=python\n"]);
  });

  it("--category ranks every benchmark of the category, one section each", async () => {
    const doc = JSON.parse((await muse(["compare", "--category", "health", "--json"])).out);
    expect(doc.groups.map((g: { benchmark: string }) => g.benchmark)).toEqual([
      "healthbench-hard",
      "medxpertqa-multimodal",
      "medxpertqa-text",
    ]);
  });

  it("help documents the precedence and --prefer", async () => {
    const { out } = await muse(["compare", "--help"]);
    expect(out).toContain("third-party measurement over first-party claim");
    expect(out).toContain("--prefer <rule>");
    expect(out).toContain("muse compare --bench arc-agi-2");
  });

  it("help explains test conditions against configuration, with every setting key in one of them", async () => {
    const { out } = await muse(["compare", "--help"]);
    const text = out.replace(/\s+/g, " ");
    expect(text).toContain("Test conditions (tools, attempts, shots) change the test itself");
    expect(text).toContain("never ranked together");
    expect(text).toContain(
      "Configuration (mode, effort, agents, harness, budget, snapshot, run) is how the system under test was run",
    );
    expect(text).toContain("plainest configuration");
    expect(text).toContain("`default` = no conditions");
    expect(text).toContain("muse compare --bench humanitys-last-exam --setting tools=none");
  });
});
