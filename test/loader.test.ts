import { readFileSync } from "node:fs";
import { relative } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { formatProblem, RegistryError } from "../src/core/errors.js";
import { loadRegistry } from "../src/core/load/load-registry.js";

const FIXTURES = fileURLToPath(new URL("./fixtures/registries/", import.meta.url));
const dir = (name: string) => `${FIXTURES}${name}`;

/** Loads a fixture registry that must be invalid; returns each problem as `relative/file:line:col: message`. */
async function problemsOf(...names: string[]): Promise<string[]> {
  const error = await loadRegistry(names.map(dir)).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(RegistryError);
  return (error as RegistryError).problems.map((p) =>
    formatProblem({ ...p, file: relative(FIXTURES, p.file) }).replaceAll(FIXTURES, ""),
  );
}

describe("a valid registry", () => {
  it("loads every record, with where it was defined", async () => {
    const r = await loadRegistry([dir("valid")]);
    expect([...r.benchmarks.keys()]).toEqual(["arc-agi-2", "gdpval-aa"]);
    expect([...r.models.keys()]).toEqual(["muse-spark", "gpt-5.4"]);
    expect([...r.sources.keys()]).toEqual(["launch", "lab"]);
    expect(r.scores).toHaveLength(4);
    const gpt = r.models.get("gpt-5.4");
    expect(gpt?.origin).toEqual({ file: dir("valid/registry.yaml"), line: 20, col: 5 });
    const labScore = r.scores.find((s) => s.source === "lab");
    expect(labScore).toMatchObject({ value: 1427, stderr: 12, origin: { line: 40, col: 9 } });
  });

  it("accepts a UTF-8 BOM and CRLF line ends, with lines counted as written", async () => {
    const bytes = readFileSync(dir("bom-crlf/windows.yaml"));
    // The fixture must really carry both, or this test proves nothing.
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(bytes.toString("utf8")).toContain("\r\n");
    const r = await loadRegistry([dir("bom-crlf")]);
    expect(r.benchmarks.get("arc-agi-2")?.name).toBe("ARC-AGI-2");
    expect(r.models.get("muse-spark")?.origin).toMatchObject({ line: 9, col: 5 });
    expect(r.scores[0]).toMatchObject({ value: 42.5, origin: { line: 19, col: 9 } });
  });
});

describe("every problem of a broken registry, at file:line:col", () => {
  it("reports a YAML syntax error", async () => {
    const problems = await problemsOf("yaml-syntax");
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^yaml-syntax\/broken\.yaml:4:5: .*Flow sequence/);
  });

  it("reports a duplicate key where the second one is written", async () => {
    const problems = await problemsOf("duplicate-key");
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^duplicate-key\/dup\.yaml:5:5: .*(duplicate key|unique)/i);
  });

  it("refuses YAML aliases", async () => {
    const problems = await problemsOf("alias");
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^alias\/alias\.yaml:6:5: YAML aliases \(\*name\) are not allowed/);
  });

  it("reports a value of the wrong type at the value", async () => {
    const problems = await problemsOf("wrong-type");
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(
      /^wrong-type\/types\.yaml:6:23: benchmarks\[0\]\.higher_is_better: .*(boolean|true or false)/,
    );
  });

  it("reports an unknown key at the key, with did-you-mean", async () => {
    expect(await problemsOf("unknown-key")).toEqual([
      "unknown-key/keys.yaml:4:5: benchmarks[0]: unknown key 'catgory' (did you mean 'category'?)",
    ]);
  });

  it("reports scores that name an unknown model or benchmark, with suggestions", async () => {
    expect(await problemsOf("unknown-ref")).toEqual([
      "unknown-ref/refs.yaml:19:9: score names unknown model 'muse-sprak' (did you mean 'muse-spark'?)",
      "unknown-ref/refs.yaml:22:9: score names unknown benchmark 'arc-agi-3' (did you mean 'arc-agi-2'?)",
    ]);
  });

  it("reports an id defined twice across files, naming both places", async () => {
    expect(await problemsOf("defined-twice")).toEqual([
      "defined-twice/b.yaml:3:5: model 'muse-spark' is defined twice; first at defined-twice/a.yaml:2:5",
    ]);
  });

  it("reports the same score identity twice in one source, but not the same model under another setting", async () => {
    expect(await problemsOf("same-identity")).toEqual([
      "same-identity/scores.yaml:21:9: source 'launch' already has muse-spark on arc-agi-2 with this setting, at same-identity/scores.yaml:19:9",
    ]);
  });

  it("reports a percent outside 0-100 (and accepts a small one)", async () => {
    expect(await problemsOf("percent-range")).toEqual([
      "percent-range/range.yaml:20:9: value 142.5 is outside 0-100 for percent benchmark 'arc-agi-2'",
    ]);
  });

  it("collects every problem of every file, not just the first, in file order", async () => {
    const problems = await problemsOf("many-problems");
    // [where, what the message must say]
    const expected: [string, RegExp][] = [
      ["many-problems/a-models.yaml:2:9", /models\[0\]\.id: must be lowercase kebab-case/],
      ["many-problems/a-models.yaml:5:19", /models\[0\]\.open_weights: .*(boolean|true or false)/],
      ["many-problems/a-models.yaml:6:5", /models\[1\]\.org: /],
      ["many-problems/a-models.yaml:8:5", /models\[1\]: unknown key 'organisation'/],
      ["many-problems/b-dup.yaml:4:5", /duplicate key|unique/i],
      ["many-problems/c-scores.yaml:15:9", /^value 420 is outside 0-100 for percent benchmark 'arc-agi-2'$/],
      [
        "many-problems/c-scores.yaml:16:9",
        /^source 'launch' already has muse-spark on arc-agi-2 with this setting, at many-problems\/c-scores\.yaml:15:9$/,
      ],
    ];
    expect(problems.map((p) => p.slice(0, p.indexOf(": ")))).toEqual(expected.map(([where]) => where));
    problems.forEach((p, i) => {
      expect(p.slice(p.indexOf(": ") + 2)).toMatch(expected[i]?.[1] ?? /^$/);
    });
  });

  it("counts the problems in the error's message", async () => {
    await expect(loadRegistry([dir("many-problems")])).rejects.toThrow("invalid registry: 7 problems");
  });
});

describe("layering", () => {
  it("lets a later registry replace records with the same id", async () => {
    const r = await loadRegistry([dir("layering/base"), dir("layering/overlay")]);
    expect(r.models.get("gpt-5.4")?.name).toBe("GPT-5.4 (my notes)");
    expect(r.models.get("muse-spark")?.name).toBe("Muse Spark");
    expect(r.sources.get("lab")?.title).toBe("Independent run, corrected");
    const lab = r.scores.filter((s) => s.source === "lab").map((s) => [s.model, s.value]);
    expect(lab).toEqual([
      ["muse-spark", 1430],
      ["gpt-5.4", 1676],
    ]);
    expect(r.scores.filter((s) => s.source === "launch")).toHaveLength(3);
  });

  it("checks references against the merged registry", async () => {
    // On its own the overlay names a model and a benchmark that only the base defines.
    const problems = await problemsOf("layering/overlay");
    expect(problems).toContain("layering/overlay/mine.yaml:12:9: score names unknown model 'muse-spark'");
  });

  it("refuses the same id twice within one layer", async () => {
    const problems = await problemsOf("layering");
    expect(problems).toEqual([
      "layering/overlay/mine.yaml:2:5: model 'gpt-5.4' is defined twice; first at layering/base/registry.yaml:20:5",
      "layering/overlay/mine.yaml:6:5: source 'lab' is defined twice; first at layering/base/registry.yaml:34:5",
    ]);
  });

  it("treats a missing registry directory as a usage error", async () => {
    await expect(loadRegistry([dir("no-such-registry")])).rejects.toThrow(/registry not found/);
  });
});
