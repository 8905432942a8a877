// linkLayers and placeText in process: the records a linked registry holds, and each linking problem's exact message and place.
import { describe, expect, it } from "vitest";
import { formatProblem } from "../src/core/errors.js";
import { linkLayers, placeText } from "../src/core/load/link.js";
import { type ParsedFile, parseRegistryText } from "../src/core/load/parse-file.js";

/** A parsed file from YAML text (fails the test when the text has problems of its own). */
function file(path: string, text: string): ParsedFile {
  const outcome = parseRegistryText(path, text);
  if (!outcome.ok) throw new Error(outcome.problems.map(formatProblem).join("\n"));
  return outcome.file;
}

const BENCHMARKS = `benchmarks:
  - { id: pct, name: P, category: reasoning, unit: percent, higher_is_better: true, description: d }
  - { id: elo, name: E, category: agentic, unit: elo, higher_is_better: true, description: d }
`;
const MODELS = `models:
  - { id: gpt-5, name: GPT-5, org: O }
  - { id: gpt-5-pro, name: GPT-5 Pro, org: O }
  - { id: claude, name: Claude, org: A }
`;

/** A file of the benchmarks and models above and one source with the given score lines (scores from line 15). */
function withScores(...scores: string[]): string {
  return `${BENCHMARKS}${MODELS}sources:
  - id: s
    title: T
    publisher: P
    published: "2026"
    kind: first-party
    scores:
${scores.map((s) => `      - ${s}\n`).join("")}`;
}

/** The problems of linking one file, as `file:line:col: message`. */
function problemsOf(text: string, checkReferences?: boolean): string[] {
  const layers = [[file("r.yaml", text)]];
  const { problems } = checkReferences === undefined ? linkLayers(layers) : linkLayers(layers, checkReferences);
  return problems.map(formatProblem);
}

describe("placeText", () => {
  it("formats an origin as file:line:col", () => {
    expect(placeText({ file: "data/models.yaml", line: 12, col: 5 })).toBe("data/models.yaml:12:5");
  });
});

describe("the linked registry's records", () => {
  it("carry their origin instead of a line and column, and every other key as read", () => {
    const text = withScores(
      "{ model: gpt-5, benchmark: pct, value: 42.50, stderr: 1.5, setting: { effort: high }, note: n, approx: true }",
    );
    const { registry, problems } = linkLayers([[file("r.yaml", text)]]);
    expect(problems).toEqual([]);
    expect(registry.scores).toStrictEqual([
      {
        model: "gpt-5",
        benchmark: "pct",
        value: 42.5,
        setting: { effort: "high" },
        stderr: 1.5,
        approx: true,
        note: "n",
        decimals: 2,
        source: "s",
        origin: { file: "r.yaml", line: 15, col: 9 },
      },
    ]);
    expect(Object.keys(registry.scores[0] ?? {})).toEqual([
      "model",
      "benchmark",
      "value",
      "setting",
      "stderr",
      "approx",
      "note",
      "decimals",
      "source",
      "origin",
    ]);
    expect(registry.benchmarks.get("elo")).toStrictEqual({
      id: "elo",
      name: "E",
      aliases: [],
      category: "agentic",
      unit: "elo",
      higher_is_better: true,
      description: "d",
      origin: { file: "r.yaml", line: 3, col: 5 },
    });
    expect(registry.models.get("claude")).toStrictEqual({
      id: "claude",
      name: "Claude",
      org: "A",
      aliases: [],
      origin: { file: "r.yaml", line: 7, col: 5 },
    });
    expect(registry.sources.get("s")).toStrictEqual({
      id: "s",
      title: "T",
      publisher: "P",
      published: "2026",
      kind: "first-party",
      origin: { file: "r.yaml", line: 9, col: 5 },
    });
  });

  it("are replaced by a later layer's record with the same id, without a problem", () => {
    const base = file("base.yaml", MODELS);
    const local = file("local.yaml", "models:\n  - { id: claude, name: Claude Local, org: A }\n");
    const { registry, problems } = linkLayers([[base], [local]], false);
    expect(problems).toEqual([]);
    expect(registry.models.get("claude")).toMatchObject({
      name: "Claude Local",
      origin: { file: "local.yaml", line: 2, col: 5 },
    });
    expect([...registry.models.keys()]).toEqual(["gpt-5", "gpt-5-pro", "claude"]);
  });
});

describe("percent values", () => {
  it("may be exactly 0 or exactly 100", () => {
    expect(
      problemsOf(
        withScores("{ model: gpt-5, benchmark: pct, value: 0 }", "{ model: claude, benchmark: pct, value: 100 }"),
      ),
    ).toEqual([]);
  });

  it("are refused just outside 0-100, at the score", () => {
    expect(
      problemsOf(
        withScores(
          "{ model: gpt-5, benchmark: pct, value: 100.01 }",
          "{ model: claude, benchmark: pct, value: -0.01 }",
        ),
      ),
    ).toEqual([
      "r.yaml:15:9: value 100.01 is outside 0-100 for percent benchmark 'pct'",
      "r.yaml:16:9: value -0.01 is outside 0-100 for percent benchmark 'pct'",
    ]);
  });

  it("are the only ones held to 0-100", () => {
    expect(
      problemsOf(
        withScores("{ model: gpt-5, benchmark: elo, value: 1444 }", "{ model: claude, benchmark: elo, value: -3 }"),
      ),
    ).toEqual([]);
  });
});

describe("references", () => {
  it("are checked by default: an unknown model or benchmark is a problem at the score", () => {
    const text = withScores(
      "{ model: nobody, benchmark: pct, value: 1 }",
      "{ model: claude, benchmark: nothing, value: 1 }",
    );
    expect(problemsOf(text)).toEqual([
      "r.yaml:15:9: score names unknown model 'nobody'",
      "r.yaml:16:9: score names unknown benchmark 'nothing'",
    ]);
  });

  it("suggest every near candidate, each in quotes", () => {
    expect(problemsOf(withScores("{ model: gpt, benchmark: pc, value: 1 }"))).toEqual([
      "r.yaml:15:9: score names unknown model 'gpt' (did you mean 'gpt-5', 'gpt-5-pro'?)",
      "r.yaml:15:9: score names unknown benchmark 'pc' (did you mean 'pct'?)",
    ]);
  });

  it("are not checked when the caller says so, while values still are", () => {
    const text = withScores(
      "{ model: nobody, benchmark: nothing, value: 1 }",
      "{ model: gpt-5, benchmark: pct, value: 101 }",
    );
    expect(problemsOf(text, false)).toEqual(["r.yaml:16:9: value 101 is outside 0-100 for percent benchmark 'pct'"]);
    expect(problemsOf(text, true)).toHaveLength(3);
  });
});

describe("records defined twice", () => {
  it("in one layer are a problem at the second, naming the first's place", () => {
    const a = file("a.yaml", `${BENCHMARKS}${MODELS}`);
    const b = file(
      "b.yaml",
      "models:\n  - { id: claude, name: C, org: A }\nbenchmarks:\n  - { id: pct, name: P, category: reasoning, unit: percent, higher_is_better: true, description: d }\n",
    );
    const { problems } = linkLayers([[a, b]]);
    expect(problems.map(formatProblem)).toEqual([
      "b.yaml:4:5: benchmark 'pct' is defined twice; first at a.yaml:2:5",
      "b.yaml:2:5: model 'claude' is defined twice; first at a.yaml:7:5",
    ]);
  });

  it("as one source's claim of the same model, benchmark and setting, name the first claim's place", () => {
    const text = withScores(
      "{ model: gpt-5, benchmark: pct, value: 1 }",
      "{ model: gpt-5, benchmark: pct, value: 2, setting: { effort: high } }",
      "{ model: gpt-5, benchmark: pct, value: 3 }",
    );
    expect(problemsOf(text)).toEqual([
      "r.yaml:17:9: source 's' already has gpt-5 on pct with this setting, at r.yaml:15:9",
    ]);
  });
});

describe("one model, one name", () => {
  it("reports a name or alias two models answer to, across layers, at the later model, naming the other's place", () => {
    const launch = file("launch.yaml", MODELS);
    const epoch = file(
      "epoch/models.yaml",
      "models:\n  - { id: gpt5-chat, name: GPT-5 Chat, org: O, aliases: [GPT 5] }\n  - { id: claude-2, name: Claude 2, org: A, aliases: [claude-2, CLAUDE] }\n",
    );
    const { problems } = linkLayers([[launch], [epoch]]);
    expect(problems.map(formatProblem)).toEqual([
      "epoch/models.yaml:2:5: model 'gpt5-chat' answers to 'GPT 5', as model 'gpt-5' at launch.yaml:2:5 does; one name must name one model",
      "epoch/models.yaml:3:5: model 'claude-2' answers to 'CLAUDE', as model 'claude' at launch.yaml:4:5 does; one name must name one model",
    ]);
  });

  it("lets a later layer redefine a model with the same names (it replaces it)", () => {
    const launch = file("launch.yaml", MODELS);
    const epoch = file("epoch.yaml", "models:\n  - { id: gpt-5, name: GPT-5, org: O, aliases: [gpt-5-2025-08-07] }\n");
    expect(linkLayers([[launch], [epoch]]).problems).toEqual([]);
  });
});
