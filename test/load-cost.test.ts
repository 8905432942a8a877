// What reading a hostile file costs, counted in steps rather than timed: N unknown keys take N steps, not N²;
// too deep a nesting or too many values are refused at the first token past the limit, before anything is built.
import { describe, expect, it, vi } from "vitest";
import { readFastYaml } from "../src/core/load/fast-yaml.js";
import { MAX_NESTING_LEVELS, MAX_SUGGESTED_IDS, MAX_VALUES_PER_FILE } from "../src/core/load/limits.js";
import { linkLayers } from "../src/core/load/link.js";
import { parseRegistryText } from "../src/core/load/parse-file.js";
import { type BudgetWork, yamlBudgetFinding } from "../src/core/load/yaml-budget.js";
import { VALID } from "./helpers/registry-text.js";

// Every mapping entry the loader looks at goes through yaml's isPair, and every "did you mean" comparison through
// fastest-levenshtein's distance: counting their calls counts the loader's work.
const counts = vi.hoisted(() => ({ isPair: 0, distance: 0 }));
vi.mock("yaml", async (importOriginal) => {
  const yaml = await importOriginal<typeof import("yaml")>();
  const isPair = (node: unknown) => {
    counts.isPair++;
    return yaml.isPair(node);
  };
  return { ...yaml, isPair };
});
vi.mock("fastest-levenshtein", async (importOriginal) => {
  const lev = await importOriginal<typeof import("fastest-levenshtein")>();
  const distance = (a: string, b: string) => {
    counts.distance++;
    return lev.distance(a, b);
  };
  return { ...lev, distance };
});

/** A file whose top-level mapping has `n` keys that are not registry keys. */
const unknownKeys = (n: number) => Array.from({ length: n }, (_, i) => `k${i}xyzab: 1\n`).join("");

/** The loader's counted work for one file's text: problems and steps. */
function work(text: string) {
  counts.isPair = 0;
  counts.distance = 0;
  const outcome = parseRegistryText("f.yaml", text);
  return { problems: outcome.ok ? [] : outcome.problems, isPair: counts.isPair, distance: counts.distance };
}

describe("a mapping with many unknown keys", () => {
  it("places each key in one pass over the mapping, and compares each with the known keys only", () => {
    const small = work(unknownKeys(2000));
    const large = work(unknownKeys(8000));
    // One look at each mapping entry (before: N²/2, 32 million here), one comparison per known key.
    expect([small.isPair, large.isPair]).toEqual([2000, 8000]);
    // "Did you mean" compares an unknown key with the three top-level keys, never with the other unknown keys.
    expect([small.distance, large.distance]).toEqual([2000 * 3, 8000 * 3]);
    expect(large.problems).toHaveLength(50);
    expect(large.problems[0]).toEqual({ file: "f.yaml", line: 1, col: 1, message: "unknown key 'k0xyzab'" });
    expect(large.problems[48]).toEqual({ file: "f.yaml", line: 49, col: 1, message: "unknown key 'k48xyzab'" });
    expect(large.problems[49]?.message).toBe("7951 more problems in this file, not shown");
  });
});

describe("a registry with many scores naming unknown models", () => {
  it("looks for 'did you mean' only for the problems shown, at most 50 of a file", () => {
    const n = 2000;
    const models = Array.from({ length: n }, (_, i) => `  - { id: model-${i}, name: M${i}, org: O }`).join("\n");
    const scores = Array.from({ length: n }, (_, i) => `      - { model: zz-${i}, benchmark: b, value: 1 }`).join("\n");
    const text = VALID.replace("models:\n", `models:\n${models}\n`).replace(
      "      - { model: m, benchmark: b, value: 42.5 }",
      scores,
    );
    const file = parseRegistryText("f.yaml", text);
    if (!file.ok) throw new Error("the file should parse");
    counts.distance = 0;
    const { problems } = linkLayers([[file.file]]);
    // Before: every one of the 2000 problems compared its id with all 2001 models (four million comparisons).
    expect(counts.distance).toBeLessThanOrEqual(49 * (n + 1));
    expect(problems).toHaveLength(50);
    expect(problems[0]).toEqual({ file: "f.yaml", line: n + 12, col: 9, message: "score names unknown model 'zz-0'" });
    expect(problems[49]).toEqual({
      file: "f.yaml",
      line: n + 12 + 49,
      col: 9,
      message: `${n - 49} more problems in this file, not shown`,
    });
  });
});

describe("unknown references across many files", () => {
  /** A registry file with `models` models (ids model-<file>-<i>) and scores naming the given model ids. */
  const registryFile = (name: string, models: number, named: readonly string[]) => {
    // Each model its own name: two models answering to one name is a registry problem of its own.
    const modelLines = Array.from(
      { length: models },
      (_, i) => `  - { id: model-${name}-${i}, name: M ${name}x${i}, org: O }`,
    );
    const scoreLines = named.map((id) => `      - { model: ${id}, benchmark: b, value: 1 }`);
    const text = VALID.replace("models:\n", `models:\n${modelLines.join("\n")}\n`).replace(
      "      - { model: m, benchmark: b, value: 42.5 }",
      scoreLines.join("\n"),
    );
    const parsed = parseRegistryText(`${name}.yaml`, text.replaceAll("id: s\n", `id: s-${name}\n`));
    if (!parsed.ok) throw new Error(`${name} should parse`);
    return parsed.file;
  };

  it("looks for 'did you mean' once per unknown id, and for at most MAX_SUGGESTED_IDS ids in all", () => {
    // 20 files, each with 40 scores naming distinct unknown ids (800 problems shown), among 20 × 100 models.
    const files = Array.from({ length: 20 }, (_, f) =>
      registryFile(
        `f${f}`,
        100,
        Array.from({ length: 40 }, (_, i) => `zz-${f}-${i}`),
      ),
    );
    const models = 20 * 100 + 20; // and each file's `m`, defined twice
    counts.distance = 0;
    const { problems } = linkLayers([files]);
    expect(problems.filter((p) => p.message.startsWith("score names unknown model"))).toHaveLength(800);
    expect(counts.distance).toBeLessThanOrEqual(MAX_SUGGESTED_IDS * models);
    // One typo in 1000 scores: one search.
    counts.distance = 0;
    linkLayers([
      [
        registryFile(
          "one",
          100,
          Array.from({ length: 1000 }, () => "model-one-1x"),
        ),
      ],
    ]);
    expect(counts.distance).toBeLessThanOrEqual(101);
  });
});

describe("the budget of the full YAML parser", () => {
  it("refuses flow nesting past the limit at the bracket that crosses it, having read no further", () => {
    const done: BudgetWork = { tokens: 0, values: 0 };
    const finding = yamlBudgetFinding(`a: ${"[".repeat(4_000_000)}`, done);
    expect(finding).toEqual({
      line: 1,
      col: 4 + MAX_NESTING_LEVELS,
      message: "values nested more than 32 levels deep",
    });
    expect(done.tokens).toBeLessThan(MAX_NESTING_LEVELS + 10);
    expect(yamlBudgetFinding(`a: ${"[".repeat(MAX_NESTING_LEVELS)}${"]".repeat(MAX_NESTING_LEVELS)}\n`)).toBe(
      undefined,
    );
  });

  it("counts nesting in mappings and lists alike, and not brackets inside quoted or plain text", () => {
    const maps = `a: ${"{a: ".repeat(MAX_NESTING_LEVELS + 1)}1${"}".repeat(MAX_NESTING_LEVELS + 1)}\n`;
    expect(yamlBudgetFinding(maps)?.message).toBe("values nested more than 32 levels deep");
    const text = `a: "${"[".repeat(100)}"\nb: x${"{".repeat(100)}\n`;
    expect(yamlBudgetFinding(text)).toBe(undefined);
  });

  it("refuses the value past MAX_VALUES_PER_FILE, placed on its line, and the fast reader leaves such a file to it", () => {
    const items = (n: number) => `a:\n  - [${Array.from({ length: n }, () => "1").join(",")}]\n`;
    // One key (`a`) and one list: n + 2 values.
    const over = items(MAX_VALUES_PER_FILE - 1);
    const done: BudgetWork = { tokens: 0, values: 0 };
    const finding = yamlBudgetFinding(over, done);
    expect(finding).toEqual({
      line: 2,
      col: 6 + 2 * (MAX_VALUES_PER_FILE - 2),
      message: `more than ${MAX_VALUES_PER_FILE} values in one file; split it into several files`,
    });
    expect(done.values).toBe(MAX_VALUES_PER_FILE + 1);
    expect(readFastYaml(over)).toBe(undefined);
    expect(readFastYaml(items(MAX_VALUES_PER_FILE - 2))?.value.a).toEqual([
      Array.from({ length: MAX_VALUES_PER_FILE - 2 }, () => 1),
    ]);
  });

  it("reports the refusal as the file's only problem, at file:line:col", () => {
    expect(work(`models: ${"[".repeat(100_000)}\n`).problems).toEqual([
      { file: "f.yaml", line: 1, col: 9 + MAX_NESTING_LEVELS, message: "values nested more than 32 levels deep" },
    ]);
  });
});
