// decodeRegistryBytes, parseRegistryText and decimalsOf in process: encodings, empty files, problem order, boolean hints, decimals.
import { describe, expect, it } from "vitest";
import { decimalsOf, decodeRegistryBytes, parseRegistryText } from "../src/core/load/parse-file.js";
import { problemsOf, VALID } from "./helpers/registry-text.js";

const EMPTY = { ok: true, file: { path: "f.yaml", benchmarks: [], models: [], sources: [] } };

describe("decodeRegistryBytes", () => {
  const at = { file: "f.yaml", line: 1, col: 1 };

  it("refuses bytes that are not UTF-8 instead of decoding them with replacement characters", () => {
    const invalid = { ...at, message: "file is not valid UTF-8 text" };
    expect(decodeRegistryBytes("f.yaml", Uint8Array.from([0x61, 0x3a, 0x20, 0xc3, 0x28, 0x0a]))).toEqual(invalid);
    expect(decodeRegistryBytes("f.yaml", Uint8Array.from([0x61, 0x3a, 0x20, 0x80, 0x0a]))).toEqual(invalid);
    expect(decodeRegistryBytes("f.yaml", Buffer.from("name: caf\u00e9 \u2713\n"))).toBe("name: caf\u00e9 \u2713\n");
  });

  it("strips a leading byte-order mark, even one written twice, and keeps U+FEFF written elsewhere", () => {
    expect(decodeRegistryBytes("f.yaml", Buffer.from("\uFEFFa: 1\n"))).toBe("a: 1\n");
    expect(decodeRegistryBytes("f.yaml", Buffer.from("a: x\uFEFF\n"))).toBe("a: x\uFEFF\n");
    expect(decodeRegistryBytes("f.yaml", Buffer.from("\uFEFF\uFEFFa: 1\n"))).toBe("a: 1\n");
  });

  it("gives a file with a byte-order mark the same records and places as one without", () => {
    const text = decodeRegistryBytes("f.yaml", Buffer.from(`\uFEFF${VALID}`));
    expect(text).toBe(VALID);
    const withBom = parseRegistryText("f.yaml", text as string);
    expect(withBom).toEqual(parseRegistryText("f.yaml", VALID));
    if (!withBom.ok) throw new Error("expected the file to parse");
    expect(withBom.file.models).toEqual([{ id: "m", name: "M", org: "O", aliases: [], line: 4, col: 5 }]);
    expect(withBom.file.sources[0]?.scores[0]).toMatchObject({ value: 42.5, line: 12, col: 9 });
  });
});

describe("files with nothing in them", () => {
  it("accepts an empty, blank, comment-only, null or marker-only file as an empty registry", () => {
    for (const text of ["", "\n\n", "# nothing yet\n", "~\n", "null\n", "---\n", "--- # empty\n", "---\n...\n"]) {
      expect(parseRegistryText("f.yaml", text), JSON.stringify(text)).toEqual(EMPTY);
    }
  });

  it("accepts a trailing document marker after the records", () => {
    expect(problemsOf(`${VALID}---\n`)).toEqual([]);
    expect(problemsOf(`${VALID}--- # end\n`)).toEqual([]);
  });

  it("refuses a second document that is empty but broken", () => {
    expect(problemsOf(`${VALID}---\n"\n`)).toEqual([
      "13:1 several YAML documents in one file; put each in its own file",
    ]);
  });
});

describe("problem order", () => {
  it("keeps the first problem of a line by column, whichever check found it", () => {
    // The parser's error is at 1:9; the alias, found later by inspectYaml, is at 1:5.
    expect(problemsOf("a: [*x] x\n")).toEqual(["1:5 YAML aliases (*name) are not allowed; write the value out"]);
    expect(problemsOf("a: {b: 1, b: 2}, c\n")).toEqual(["1:11 duplicate key 'b'; first at line 1, column 5"]);
  });

  it("lists problems by line, then column, whichever document or check they come from", () => {
    expect(problemsOf("a: 1\na: 2\n---\nb: 1\n---\nc: 1\n")).toEqual([
      "2:1 duplicate key 'a'; first at line 1, column 1",
      "3:1 several YAML documents in one file; put each in its own file",
      "5:1 several YAML documents in one file; put each in its own file",
    ]);
    expect(problemsOf("x: {a: 1, a: 2\n--- x\n")).toEqual([
      "1:11 duplicate key 'a'; first at line 1, column 5",
      "2:1 several YAML documents in one file; put each in its own file",
      "2:1 Flow map in block collection must be sufficiently indented and end with a }",
    ]);
    expect(problemsOf("a: {b: *x, c: 2\nd: 1\nd: 2\n")).toEqual([
      "1:8 YAML aliases (*name) are not allowed; write the value out",
      "2:1 Flow map in block collection must be sufficiently indented and end with a }",
      "3:1 duplicate key 'd'; first at line 2, column 1",
    ]);
  });
});

describe("booleans", () => {
  const hint = (v: string) => `must be true or false, not '${v}' (YAML 1.2 reads it as text)`;
  const withBenchmark = (v: string) => VALID.replace("higher_is_better: true", `higher_is_better: ${v}`);
  const withScore = (v: string) => VALID.replace("value: 42.5 }", `value: 42.5, approx: ${v} }`);

  it.each(["yes", "Yes", "Y", "y", "no", "NO", "n", "on", "ON", "off", "Off"])(
    "explains that %s is text in YAML 1.2 for a boolean field",
    (v) => {
      expect(problemsOf(withBenchmark(v))).toEqual([`2:77 benchmarks[0].higher_is_better: ${hint(v)}`]);
    },
  );

  it("explains it for an optional boolean in a score too", () => {
    expect(problemsOf(withScore("yes"))).toEqual([`12:56 sources[0].scores[0].approx: ${hint("yes")}`]);
  });

  it.each(["maybe", "yess", "ayes", "onoff", "nope", "'true'"])(
    "gives zod's message for %s, which is no such word",
    (v) => {
      expect(problemsOf(withBenchmark(v))).toEqual([
        "2:77 benchmarks[0].higher_is_better: Invalid input: expected boolean, received string",
      ]);
    },
  );

  it("gives no boolean hint for a number field or a list", () => {
    expect(problemsOf(VALID.replace("value: 42.5", "value: yes"))).toEqual([
      "12:42 sources[0].scores[0].value: Invalid input: expected number, received string",
    ]);
    expect(problemsOf(withBenchmark("1"))).toEqual([
      "2:77 benchmarks[0].higher_is_better: Invalid input: expected boolean, received number",
    ]);
    expect(problemsOf(withBenchmark("[yes]"))).toEqual([
      "2:77 benchmarks[0].higher_is_better: Invalid input: expected boolean, received array",
    ]);
  });
});

describe("decimals", () => {
  it("records the decimals each value was written with, not those of the number read", () => {
    const values = ["42.50", "58", "+3.25", "-7.5", "1.5e-1", "1E2", "0.125", "80.0", "2.5e-10", "1.25e1"];
    const scores = values.map((v, i) => `      - { model: m, benchmark: b${i}, value: ${v} }\n`).join("");
    const outcome = parseRegistryText("f.yaml", VALID.replace(/ {6}- \{ model: m.*\n/, scores));
    if (!outcome.ok) throw new Error(outcome.problems.map((p) => p.message).join("; "));
    expect(outcome.file.sources[0]?.scores.map((s) => [s.value, s.decimals])).toEqual([
      [42.5, 2],
      [58, 0],
      [3.25, 2],
      [-7.5, 1],
      [0.15, 2],
      [100, 0],
      [0.125, 3],
      [80, 1],
      [2.5e-10, 11],
      [12.5, 1],
    ]);
  });

  it.each([
    ["42.50", 2],
    ["58", 0],
    ["+3.25", 2],
    ["-3.25", 2],
    ["1.5e-1", 2],
    ["1.5E-1", 2],
    ["1e2", 0],
    ["1.5e+3", 0],
    ["1.25e1", 1],
    ["1.5e-3", 4],
    ["2.5e-10", 11],
    ["0.125", 3],
    [".5", 1],
    ["1_000.5", 1],
    ["1_000.500_0", 4],
    [" 42.5 ", 1],
    ["x1.25", 0],
    ["1.25x", 0],
    ["abc", 0],
    ["", 0],
  ] as const)("decimalsOf(%j) is %i", (text, decimals) => {
    expect(decimalsOf(text)).toBe(decimals);
  });
});
