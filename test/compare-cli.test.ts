import { describe, expect, it } from "vitest";
import { muse } from "./compare-helpers.js";

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
    const { out, code } = await muse(["compare", "--bench", "arc-agi-2", "--baseline", "gpt-5.4"]);
    expect(code).toBe(0);
    expect(out).toContain("Δ vs xlabs (leader)");
    expect(out).toContain("gpt-5.4 has no arc-agi-2 score under default (it has: effort=xhigh); Δ vs the leader.");
  });

  it("--setting effort=xhigh with --baseline ranks that group against it", async () => {
    const doc = JSON.parse(
      (await muse(["compare", "--bench", "arc-agi-2", "--setting", "effort=xhigh", "--json"])).out,
    );
    expect(doc.rows.map((r: { model: string; delta: number }) => [r.model, r.delta])).toEqual([["gpt-5.4", 0]]);
    expect(doc.groups[0].baseline_reason).toBe("leader");
  });

  it("--setting default selects exactly the scores with no setting", async () => {
    const doc = JSON.parse((await muse(["compare", "--bench", "hle", "--setting", "default", "--json"])).out);
    expect(doc.groups.map((g: { setting: object }) => g.setting)).toEqual([{}]);
    const none = await muse(["compare", "--bench", "ipho-2025", "--setting", "default"]);
    expect([none.code, none.err]).toEqual([2, "muse: no scores under that setting; there are: mode=contemplating\n"]);
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
});
