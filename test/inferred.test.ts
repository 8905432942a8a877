// Setting keys the curator inferred: in the schema, in score identity, and in the bundled data.
import { describe, expect, it } from "vitest";
import { groupByIdentity, scoreKey, statedSetting } from "../src/core/identity.js";
import type { Setting } from "../src/core/schema/index.js";
import { scoreSchema } from "../src/core/schema/index.js";
import { describeSetting } from "../src/core/setting.js";
import { problemsOf, VALID } from "./helpers/registry-text.js";
import { runMuse } from "./helpers/run-muse.js";

type S = { id: string; model: string; benchmark: string; setting: Setting; inferred?: string[] };
const s = (id: string, setting: Setting, inferred?: string[]): S => ({
  id,
  model: "m",
  benchmark: "b",
  setting,
  ...(inferred ? { inferred } : {}),
});
const ids = (groups: S[][]) => groups.map((g) => g.map((x) => x.id));

describe("schema", () => {
  it("accepts inferred keys that the setting has", () => {
    const score = { model: "m", benchmark: "b", value: 1, setting: { effort: "xhigh", tools: "any" } };
    expect(scoreSchema.safeParse({ ...score, inferred: ["effort", "tools"] }).success).toBe(true);
  });

  it("rejects an inferred key the setting lacks, a key named twice, an unknown key and an empty list, in place", () => {
    const with_ = (line: string) => VALID.replace("      - { model: m, benchmark: b, value: 42.5 }", line);
    expect(problemsOf(with_("      - { model: m, benchmark: b, value: 1, inferred: [effort] }"))).toEqual([
      "12:56 sources[0].scores[0].inferred[0]: 'effort' is marked inferred but the setting has no effort",
    ]);
    expect(
      problemsOf(
        with_("      - { model: m, benchmark: b, value: 1, setting: { effort: high }, inferred: [effort, effort] }"),
      ),
    ).toEqual(["12:91 sources[0].scores[0].inferred[1]: 'effort' is listed twice"]);
    expect(
      problemsOf(
        with_("      - { model: m, benchmark: b, value: 1, setting: { effort: high }, inferred: [efort] }"),
      )[0],
    ).toMatch(
      /^12:83 sources\[0\]\.scores\[0\]\.inferred\[0\]: Invalid option: expected one of "mode"\|"tools"\|"effort"/,
    );
    expect(problemsOf(with_("      - { model: m, benchmark: b, value: 1, inferred: [] }"))[0]).toMatch(
      /^12:55 sources\[0\]\.scores\[0\]\.inferred: Too small/,
    );
  });
});

describe("identity", () => {
  it("the stated setting leaves the inferred keys out", () => {
    expect(statedSetting(s("a", { tools: "none", effort: "xhigh" }, ["effort"]))).toEqual({ tools: "none" });
    expect(scoreKey(s("a", { effort: "xhigh" }, ["effort"]))).toBe(scoreKey(s("b", { effort: "xhigh" })));
  });

  it("an inferred key joins the figure's twin with no such key stated", () => {
    const groups = groupByIdentity([s("aa", {}), s("eigent", { effort: "xhigh" }, ["effort"])]);
    expect(ids(groups)).toEqual([["aa", "eigent"]]);
  });

  it("prefers the twin that states the same value, then fewer keys; order of input never matters", () => {
    const scores = [
      s("inferred", { tools: "none", effort: "xhigh" }, ["effort"]),
      s("plain", { tools: "none" }),
      s("stated", { tools: "none", effort: "xhigh" }),
    ];
    // Within a group the scores whose settings are stated come first; groups keep the order they first appear in.
    expect(ids(groupByIdentity(scores))).toEqual([["stated", "inferred"], ["plain"]]);
    expect(ids(groupByIdentity([...scores].reverse()))).toEqual([["stated", "inferred"], ["plain"]]);
  });

  it("two reports inferring the same keys meet when no stated twin exists; different stated keys never meet", () => {
    const groups = groupByIdentity([
      s("eigent", { effort: "xhigh" }, ["effort"]),
      s("pop", { effort: "xhigh" }, ["effort"]),
      s("other-tools", { tools: "python", effort: "xhigh" }, ["effort"]),
      s("high", { effort: "high" }, ["effort"]),
    ]);
    expect(ids(groups)).toEqual([["eigent", "pop"], ["other-tools"], ["high"]]);
  });

  it("shows an inferred key with a mark", () => {
    expect(describeSetting({ tools: "none", effort: "xhigh" }, ["effort"])).toBe("tools=none, effort=xhigh*");
    expect(describeSetting({}, [])).toBe("default");
  });
});

describe("bundled data", () => {
  it("marks every Eigent and Pop row whose effort comes from Meta's chart, and GPT-5.4 Pro's HLE tools", async () => {
    const r = await runMuse(["scores", "--source", "eigent-muse-spark,pop-muse-spark", "--json"]);
    const rows = JSON.parse(r.out) as {
      model: string;
      benchmark: string;
      source: string;
      setting: Setting;
      inferred: string[];
    }[];
    const withEffort = rows.filter((x) => x.setting.effort !== undefined);
    expect(withEffort.length).toBe(30);
    expect(withEffort.filter((x) => !x.inferred.includes("effort"))).toEqual([]);
    expect(rows.filter((x) => x.inferred.includes("tools")).map((x) => [x.source, x.model, x.benchmark])).toEqual([
      ["eigent-muse-spark", "gpt-5.4-pro", "humanitys-last-exam"],
    ]);
    // Muse Spark's own settings are stated by the articles (standard mode, "with tools", Contemplating).
    expect(rows.filter((x) => x.model === "muse-spark" && x.inferred.length > 0)).toEqual([]);
  });

  it("a --setting filter finds a figure through its inferred twin", async () => {
    const r = await runMuse(["compare", "--bench", "gdpval-aa", "--setting", "effort=xhigh", "--json"]);
    const doc = JSON.parse(r.out) as { rows: { model: string; value: number; alternatives: { value: number }[] }[] };
    expect(doc.rows.map((x) => [x.model, x.value, x.alternatives.map((a) => a.value)])).toEqual([
      ["gpt-5.4", 1676, [1672]],
    ]);
  });

  it("conflicts --json lists GPT-5.4 on GDPval-AA: 1676 (THE DECODER) against 1672 (Eigent, effort inferred)", async () => {
    const r = await runMuse(["conflicts", "--json"]);
    const gpt = (
      JSON.parse(r.out) as { model: string; benchmark: string; values: { value: number; source: string }[] }[]
    ).find((c) => c.model === "gpt-5.4" && c.benchmark === "gdpval-aa");
    expect(gpt?.values.map((v) => [v.value, v.source])).toEqual([
      [1676, "decoder-muse-spark-aa"],
      [1672, "eigent-muse-spark"],
    ]);
  });
});
