import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import { UsageError } from "../src/core/errors.js";
import { loadRegistry } from "../src/core/load/load-registry.js";
import { queryScores } from "../src/core/query.js";
import { describeSetting, settingKey, settingMatches } from "../src/core/setting.js";
import { parseSettingArgs } from "../src/core/setting-args.js";
import type { ScoreRecord } from "../src/core/store.js";
import { Store } from "../src/core/store.js";

const BUNDLED = fileURLToPath(new URL("../data/", import.meta.url));
let store: Store;
beforeAll(async () => {
  store = new Store(await loadRegistry([BUNDLED]));
});

const brief = (rows: readonly ScoreRecord[]) => rows.map((s) => `${s.model} ${s.value} ${s.source}`);

describe("queryScores", () => {
  it("returns every score, ordered by benchmark, model, setting, source, without a filter", () => {
    const all = queryScores(store, {});
    expect(all).toHaveLength(store.scores.length);
    const keys = all.map((s) => [s.benchmark, s.model, settingKey(s.setting), s.source].join("\u0000"));
    expect(keys).toEqual([...keys].sort());
  });

  it("filters by benchmark: ARC-AGI-2 has Muse Spark 42.5 beside Gemini 3.1 Pro, GPT-5.4 and Grok", () => {
    const rows = queryScores(store, { benchmarks: ["arc-agi-2"] });
    expect(rows.every((s) => s.benchmark === "arc-agi-2")).toBe(true);
    expect(brief(rows)).toEqual(
      expect.arrayContaining([
        "muse-spark 42.5 eigent-muse-spark",
        "gemini-3.1-pro 76.5 eigent-muse-spark",
        "gpt-5.4 76.1 eigent-muse-spark",
        "grok-4.5 53.3 eigent-muse-spark",
      ]),
    );
  });

  it("combines filters with AND and ids within one filter with OR", () => {
    const rows = queryScores(store, { models: ["muse-spark", "gpt-5.4"], benchmarks: ["gdpval-aa"] });
    expect(new Set(rows.map((s) => s.model))).toEqual(new Set(["muse-spark", "gpt-5.4"]));
    expect(rows.every((s) => s.benchmark === "gdpval-aa")).toBe(true);
    expect(brief(rows)).toContain("muse-spark 1427 decoder-muse-spark-aa");
    expect(brief(rows)).toContain("muse-spark 1444 eigent-muse-spark");
  });

  it("filters by source", () => {
    const rows = queryScores(store, { sources: ["decoder-muse-spark-aa"] });
    expect(rows.length).toBe(store.scoresOfSource("decoder-muse-spark-aa").length);
    expect(rows.every((s) => s.source === "decoder-muse-spark-aa")).toBe(true);
  });

  it("filters by setting: every key given must match", () => {
    const rows = queryScores(store, { models: ["muse-spark"], setting: { mode: "contemplating" } });
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((s) => s.setting.mode === "contemplating")).toBe(true);
    const withTools = queryScores(store, { setting: { mode: "contemplating", tools: "any" } });
    expect(withTools.length).toBeGreaterThan(0);
    expect(withTools.length).toBeLessThan(queryScores(store, { setting: { mode: "contemplating" } }).length);
  });

  it("lists a score once even when its id is given twice", () => {
    const once = queryScores(store, { benchmarks: ["arc-agi-2"] });
    expect(queryScores(store, { benchmarks: ["arc-agi-2", "arc-agi-2"] })).toEqual(once);
    expect(queryScores(store, { models: ["muse-spark", "muse-spark"], benchmarks: ["arc-agi-2"] })).toHaveLength(
      once.filter((s) => s.model === "muse-spark").length,
    );
  });

  it("returns nothing for a filter that matches nothing, and treats an empty list as no filter", () => {
    expect(queryScores(store, { benchmarks: ["arc-agi-2"], sources: ["decoder-muse-spark-aa"] })).toEqual([]);
    expect(queryScores(store, { models: [] })).toHaveLength(store.scores.length);
  });
});

describe("settings", () => {
  it("has one canonical key whatever the written order", () => {
    expect(settingKey({ tools: "none", effort: "high" })).toBe("tools=none,effort=high");
    expect(settingKey({ effort: "high", tools: "none" })).toBe("tools=none,effort=high");
    expect(settingKey({})).toBe("");
    expect(describeSetting({})).toBe("default");
    expect(describeSetting({ mode: "contemplating", agents: 16 })).toBe("mode=contemplating, agents=16");
  });

  it("matches a setting that carries every key of the filter", () => {
    expect(settingMatches({ mode: "contemplating", tools: "any" }, { mode: "contemplating" })).toBe(true);
    expect(settingMatches({ mode: "contemplating" }, { mode: "contemplating", tools: "any" })).toBe(false);
    expect(settingMatches({}, {})).toBe(true);
  });

  it("parses --setting arguments, ignoring case in keys and token values", () => {
    expect(parseSettingArgs(["Tools=Python", "agents=16", " effort = xhigh "])).toEqual({
      tools: "python",
      agents: 16,
      effort: "xhigh",
    });
    expect(parseSettingArgs(["harness=Terminus 2"])).toEqual({ harness: "Terminus 2" });
    expect(parseSettingArgs(["tools=none", "tools=none"])).toEqual({ tools: "none" });
  });

  it.each([
    ["effort", /expects key=value, got 'effort'/],
    ["=high", /expects key=value/],
    ["efort=high", /unknown setting key 'efort' \(did you mean effort\?\)/],
    ["agents=two", /agents=two: must be a whole number/],
    ["agents=0", /invalid --setting agents=0/],
    ["tools=", /invalid --setting tools=/],
    ["tools=none,tools=python", /invalid --setting tools=/],
  ])("refuses %j as a usage error", (arg, message) => {
    expect(() => parseSettingArgs([arg])).toThrow(UsageError);
    expect(() => parseSettingArgs([arg])).toThrow(message);
  });

  it("refuses one key given twice with different values", () => {
    expect(() => parseSettingArgs(["tools=none", "tools=python"])).toThrow(/tools is given twice/);
  });
});
