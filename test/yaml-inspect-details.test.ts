// inspectYaml and yamlErrorFindings in process: the exact place of aliases, deep nesting, duplicate keys and unclosed quotes.
import { describe, expect, it } from "vitest";
import { type Document, LineCounter, parseAllDocuments } from "yaml";
import { MAX_NESTING_LEVELS } from "../src/core/load/limits.js";
import { parseRegistryText } from "../src/core/load/parse-file.js";
import { inspectYaml, yamlErrorFindings } from "../src/core/load/yaml-inspect.js";

/** The first document of a text, parsed as the loader parses it, with its line counter. */
function parsed(text: string): { doc: Document; lc: LineCounter } {
  const lc = new LineCounter();
  const [doc] = parseAllDocuments(text, { lineCounter: lc, uniqueKeys: false, prettyErrors: false }) as Document[];
  if (doc === undefined) throw new Error("no document");
  return { doc, lc };
}

/** inspectYaml's findings as `line:col message`. */
function inspect(text: string): string[] {
  const { doc, lc } = parsed(text);
  return inspectYaml(doc, lc).map((f) => `${f.line}:${f.col} ${f.message}`);
}

/** yamlErrorFindings over the document's errors and warnings, as `line:col message`. */
function errors(text: string): string[] {
  const { doc, lc } = parsed(text);
  return yamlErrorFindings([...doc.errors, ...doc.warnings], doc, lc).map((f) => `${f.line}:${f.col} ${f.message}`);
}

/** parseRegistryText's problems as `line:col message` ([] when the file is accepted). */
function problemsOf(text: string): string[] {
  const outcome = parseRegistryText("f.yaml", text);
  return outcome.ok ? [] : outcome.problems.map((p) => `${p.line}:${p.col} ${p.message}`);
}

const ALIAS = "YAML aliases (*name) are not allowed; write the value out";
const DEEP = `values nested more than ${MAX_NESTING_LEVELS} levels deep`;
const nested = (depth: number) => `${"[".repeat(depth)}1${"]".repeat(depth)}`;

describe("aliases", () => {
  it("places an alias value where its `*` is written", () => {
    expect(inspect("a: &x 1\nb:\n  c: *x\n")).toEqual([`3:6 ${ALIAS}`]);
    expect(inspect("a: &x 1\nb: [1, 2, *x]\n")).toEqual([`2:11 ${ALIAS}`]);
  });

  it("places an alias used as a key where its `*` is written, and calls it nothing else", () => {
    expect(inspect("a: &x k\n*x : 2\n")).toEqual([`2:1 ${ALIAS}`]);
    expect(inspect("a: &x k\nb:\n  *x : 2\n")).toEqual([`3:3 ${ALIAS}`]);
  });

  it("counts alias keys and alias values together, reported at the first in the file", () => {
    expect(inspect("a: &x k\n*x : 1\nb: *x\nc: [*x]\n")).toEqual([`2:1 ${ALIAS} (2 more in this file)`]);
    expect(inspect("a: &x k\nb: *x\n*x : 1\n")).toEqual([`2:4 ${ALIAS} (1 more in this file)`]);
  });
});

describe("nesting too deep", () => {
  it("is reported once, at the first too-deep node in the file, however many there are", () => {
    const text = `a: ${nested(MAX_NESTING_LEVELS)}\nb: ${nested(MAX_NESTING_LEVELS)}\nc: ${nested(MAX_NESTING_LEVELS + 5)}\n`;
    expect(inspect(text)).toEqual([`1:${MAX_NESTING_LEVELS + 3} ${DEEP}`]);
  });

  it("points at the first too-deep node even when a later branch is deeper", () => {
    const text = `a:\n  - ${nested(MAX_NESTING_LEVELS - 1)}\nb: ${nested(MAX_NESTING_LEVELS + 8)}\n`;
    expect(inspect(text)).toEqual([`2:${MAX_NESTING_LEVELS + 3} ${DEEP}`]);
  });

  it("is one problem of the file, among the others in order", () => {
    const text = `a: 1\na: 2\nb: ${nested(MAX_NESTING_LEVELS)}\nc: ${nested(MAX_NESTING_LEVELS)}\n`;
    expect(problemsOf(text)).toEqual([
      "2:1 duplicate key 'a'; first at line 1, column 1",
      `3:${MAX_NESTING_LEVELS + 3} ${DEEP}`,
    ]);
  });
});

describe("duplicate keys", () => {
  it("are placed at the second key, naming the first", () => {
    expect(inspect("models:\n  - id: m\n    name: M\n    id: n\n")).toEqual([
      "4:5 duplicate key 'id'; first at line 2, column 5",
    ]);
    expect(inspect("a: { b: 1, c: 2, b: 3 }\n")).toEqual(["1:18 duplicate key 'b'; first at line 1, column 6"]);
  });

  it("are each reported when written three times, against the first", () => {
    expect(inspect("k: 1\nk: 2\nk: 3\n")).toEqual([
      "2:1 duplicate key 'k'; first at line 1, column 1",
      "3:1 duplicate key 'k'; first at line 1, column 1",
    ]);
  });
});

describe("findings", () => {
  it("come in the order they are written in the file, whatever order the walk finds them", () => {
    const text = "a: &x 1\nb:\n  c: 1\n  c: 2\nd:\n  e: 1\n  e: 2\nf: *x\n? [g]\n: 1\n";
    expect(inspect(text)).toEqual([
      "4:3 duplicate key 'c'; first at line 3, column 3",
      "7:3 duplicate key 'e'; first at line 6, column 3",
      `8:4 ${ALIAS}`,
      "9:3 a key must be plain text, not a list or mapping",
    ]);
    expect(inspect("a: *x\nb: 1\nb: 2\n")).toEqual([
      `1:4 ${ALIAS}`,
      "3:1 duplicate key 'b'; first at line 2, column 1",
    ]);
  });
});

describe("an unclosed quote", () => {
  const runsOn = (quote: string, line: number) =>
    `Missing closing ${quote}quote: the string that starts here runs on to line ${line}`;

  it("is placed at the opening quote of the unclosed string, not at a closed one before it", () => {
    expect(errors('a: "ok"\nb: "open\nc: 2\n')).toEqual([`2:4 ${runsOn('"', 4)}`]);
    expect(errors("a: 'one'\nb: 'two\n")).toEqual([`2:4 ${runsOn("'", 3)}`]);
  });

  it("is found inside lists, nested mappings and keys", () => {
    expect(errors("- 'x'\n- 'open\n")).toEqual([`2:3 ${runsOn("'", 3)}`]);
    expect(errors('a:\n  b: "x"\n  c:\n    d: "open\n')).toEqual([`4:8 ${runsOn('"', 5)}`]);
    expect(errors('a: 1\n"k: 1\n')).toContain(`2:1 ${runsOn('"', 3)}`);
    expect(errors('a: ["x", "y\n')[0]).toBe(`1:10 ${runsOn('"', 2)}`);
  });

  it("is one problem of the file, at the same place", () => {
    expect(problemsOf('models:\n  - { id: "m", name: "M\n')).toEqual([
      `2:22 ${runsOn('"', 3)}`,
      "3:1 Flow map in block collection must be sufficiently indented and end with a }",
    ]);
  });

  it("does not turn other errors next to a quoted string into a quote problem", () => {
    expect(errors('a: "x"b\n')).toEqual(["1:7 Unexpected scalar at node end"]);
    expect(errors("a: 'x' b\n")).toEqual(["1:8 Unexpected scalar at node end"]);
    expect(errors('a: {"x" "y"}\n')).toEqual(["1:9 Missing , or : between flow map items"]);
    expect(errors('a: ["x"y]\n')).toEqual(["1:8 Missing , or : between flow sequence items"]);
  });
});
