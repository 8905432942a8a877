// The loader's guards against hostile files, in process: exact messages and places, limits at their edges.
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { LineCounter, parseAllDocuments, parseDocument } from "yaml";
import { UsageError } from "../src/core/errors.js";
import { discoverRegistryFiles } from "../src/core/load/discover.js";
import { MAX_FILE_BYTES, MAX_NESTING_LEVELS } from "../src/core/load/limits.js";
import { loadRegistry } from "../src/core/load/load-registry.js";
import { decodeRegistryBytes, MAX_PROBLEMS_PER_FILE } from "../src/core/load/parse-file.js";
import { readRegistryBytes } from "../src/core/load/read-file.js";
import { inspectYaml, yamlErrorFindings } from "../src/core/load/yaml-inspect.js";
import { describeSetting, settingKey } from "../src/core/setting.js";
import { problemsOf, VALID } from "./helpers/registry-text.js";

function inspect(text: string) {
  const lc = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lc, uniqueKeys: false });
  return inspectYaml(doc, lc).map((f) => `${f.line}:${f.col} ${f.message}`);
}

describe("inspectYaml", () => {
  it("finds nothing in an ordinary registry file", () => {
    expect(inspect(VALID)).toEqual([]);
  });

  it("reports the first node past the depth limit, once", () => {
    const nested = (depth: number) => `a: ${"[".repeat(depth)}1${"]".repeat(depth)}\n`;
    expect(inspect(nested(MAX_NESTING_LEVELS - 1))).toEqual([]);
    expect(inspect(nested(MAX_NESTING_LEVELS))).toEqual([
      `1:${MAX_NESTING_LEVELS + 3} values nested more than ${MAX_NESTING_LEVELS} levels deep`,
    ]);
    expect(inspect(nested(MAX_NESTING_LEVELS + 10))).toHaveLength(1);
  });

  it("counts depth through mappings as well as lists", () => {
    const maps = (depth: number) => `${"{a: ".repeat(depth)}1${"}".repeat(depth)}\n`;
    expect(inspect(maps(MAX_NESTING_LEVELS))).toEqual([]);
    expect(inspect(maps(MAX_NESTING_LEVELS + 1))).toEqual([
      `1:${4 * MAX_NESTING_LEVELS + 1} values nested more than ${MAX_NESTING_LEVELS} levels deep`,
    ]);
  });

  it("names a duplicate key and where it was first written", () => {
    expect(inspect("a: 1\nb:\n  c: 2\n  c: 3\n")).toEqual(["4:3 duplicate key 'c'; first at line 3, column 3"]);
    expect(inspect("1: x\n'1': y\n")).toEqual(["2:1 duplicate key '1'; first at line 1, column 1"]);
    expect(inspect("a: { c: 1 }\nb: { c: 1 }\n")).toEqual([]);
  });

  it("reports every alias as one problem at the first, with a count of the rest", () => {
    expect(inspect("a: &x 1\nb: *x\n")).toEqual(["2:4 YAML aliases (*name) are not allowed; write the value out"]);
    expect(inspect("a: &x 1\nb: [*x, *x]\n*x : 2\n")).toEqual([
      "2:5 YAML aliases (*name) are not allowed; write the value out (2 more in this file)",
    ]);
    expect(inspect("a: &x 1\n")).toEqual([]);
  });

  it("refuses keys that are lists or mappings, but not an empty key", () => {
    expect(inspect("? [a, b]\n: 1\n")).toEqual(["1:3 a key must be plain text, not a list or mapping"]);
    expect(inspect("? { a: 1 }\n: 1\n")).toEqual(["1:3 a key must be plain text, not a list or mapping"]);
    expect(inspect(": 1\n")).toEqual([]);
  });
});

describe("yamlErrorFindings", () => {
  function findings(text: string) {
    const lc = new LineCounter();
    const [doc] = parseAllDocuments(text, { lineCounter: lc, prettyErrors: false }) as ReturnType<
      typeof parseDocument
    >[];
    if (doc === undefined) throw new Error("no document");
    return yamlErrorFindings(doc.errors, doc, lc).map((f) => `${f.line}:${f.col} ${f.message}`);
  }

  it("places an unclosed quote where the string opens", () => {
    expect(findings('a: 1\nb: "open\nc: 2\n')).toEqual([
      '2:4 Missing closing "quote: the string that starts here runs on to line 4',
    ]);
    expect(findings("a: 'it''s\nb: 1\n")).toEqual([
      "1:4 Missing closing 'quote: the string that starts here runs on to line 3",
    ]);
  });

  it("keeps the parser's own one-line message otherwise", () => {
    expect(findings("a:\n\tb: 1\n")[0]).toBe("2:1 Tabs are not allowed as indentation");
  });

  it("names running out of stack as nesting too deep", () => {
    const out = findings(`a: ${"[".repeat(20000)}${"]".repeat(20000)}\n`);
    expect(out.length).toBeGreaterThan(0);
    for (const line of out) expect(line).toMatch(/^1:\d+ values nested too deeply to read \(over 32 levels\)$/);
  });
});

describe("parseRegistryText", () => {
  it("accepts a valid file, a trailing document marker, and an empty or comment-only file", () => {
    expect(problemsOf(VALID)).toEqual([]);
    expect(problemsOf(`---\n${VALID}---\n`)).toEqual([]);
    expect(problemsOf("")).toEqual([]);
    expect(problemsOf("# nothing yet\n")).toEqual([]);
  });

  it("refuses a second document with content, even an explicit null", () => {
    expect(problemsOf(`${VALID}---\nmodels: []\n`)).toEqual([
      "13:1 several YAML documents in one file; put each in its own file",
    ]);
    expect(problemsOf(`${VALID}--- ~\n`)).toHaveLength(1);
  });

  it("lists one problem per line, in line and column order", () => {
    expect(problemsOf("models:\n\t- { id: m }\n")).toEqual(["2:1 Tabs are not allowed as indentation"]);
    expect(problemsOf("b: &x 1\na: 1\na: *x\n")).toEqual(["3:1 duplicate key 'a'; first at line 2, column 1"]);
  });

  it(`lists at most ${MAX_PROBLEMS_PER_FILE} problems of a file, the last counting the rest`, () => {
    const models = (n: number) =>
      `models:\n${Array.from({ length: n }, (_, i) => `  - { id: m${i}, name: M, org: O, colour: x }\n`).join("")}`;
    expect(problemsOf(models(MAX_PROBLEMS_PER_FILE))).toHaveLength(MAX_PROBLEMS_PER_FILE);
    expect(problemsOf(models(MAX_PROBLEMS_PER_FILE)).at(-1)).toBe(`51:33 models[49]: unknown key 'colour'`);
    const capped = problemsOf(models(MAX_PROBLEMS_PER_FILE + 7));
    expect(capped).toHaveLength(MAX_PROBLEMS_PER_FILE);
    expect(capped.at(-2)).toBe("50:33 models[48]: unknown key 'colour'");
    expect(capped.at(-1)).toBe("51:33 8 more problems in this file, not shown");
  });

  it("says plainly what is missing, not finite, or not a boolean", () => {
    expect(problemsOf("models:\n  - { id: m, name: M }\n")).toEqual([
      "2:5 models[0].org: missing required key (expected string)",
    ]);
    expect(problemsOf(VALID.replace("42.5", ".NaN"))).toEqual([
      "12:42 sources[0].scores[0].value: must be a finite number, not .NaN",
    ]);
    expect(problemsOf(VALID.replace("42.5", "-.inf"))).toEqual([
      "12:42 sources[0].scores[0].value: must be a finite number, not -.inf",
    ]);
    expect(problemsOf(VALID.replace("higher_is_better: true", "higher_is_better: Off"))).toEqual([
      "2:77 benchmarks[0].higher_is_better: must be true or false, not 'Off' (YAML 1.2 reads it as text)",
    ]);
    expect(problemsOf(VALID.replace("higher_is_better: true", "higher_is_better: maybe"))).toEqual([
      "2:77 benchmarks[0].higher_is_better: Invalid input: expected boolean, received string",
    ]);
    expect(problemsOf(VALID.replace("42.5", "high"))).toEqual([
      "12:42 sources[0].scores[0].value: Invalid input: expected number, received string",
    ]);
  });

  it("says a file must be a mapping when it is a list or a single value", () => {
    const mapping = "a registry file must be a mapping with benchmarks, models and/or sources";
    expect(problemsOf("- a\n- b\n")).toEqual([`1:1 ${mapping}, not a list`]);
    expect(problemsOf("just text\n")).toEqual([`1:1 ${mapping}, not a single value`]);
  });

  it("treats __proto__ and constructor as unknown keys, never touching a prototype", () => {
    expect(problemsOf("models:\n  - { id: m, name: M, org: O, __proto__: { polluted: true } }\n")).toEqual([
      "2:31 models[0]: unknown key '__proto__'",
    ]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(problemsOf("models:\n  - { id: m, name: M, org: O, constructor: 1 }\n")).toEqual([
      "2:31 models[0]: unknown key 'constructor'",
    ]);
  });
});

describe("decodeRegistryBytes", () => {
  const bytes = (...b: number[]) => Uint8Array.from(b);

  it("strips a UTF-8 byte-order mark and decodes the rest", () => {
    expect(decodeRegistryBytes("f", Buffer.from("\uFEFFa: 1\n"))).toBe("a: 1\n");
  });

  it("names UTF-16 by either byte order, before calling it binary", () => {
    const message = "file is UTF-16 text; save it as UTF-8";
    expect(decodeRegistryBytes("f", bytes(0xff, 0xfe, 0x61, 0))).toEqual({ file: "f", line: 1, col: 1, message });
    expect(decodeRegistryBytes("f", bytes(0xfe, 0xff, 0, 0x61))).toEqual({ file: "f", line: 1, col: 1, message });
    expect(decodeRegistryBytes("f", bytes(0xff, 0x61))).toMatchObject({ message: "file is not valid UTF-8 text" });
    expect(decodeRegistryBytes("f", bytes(0x61, 0, 0x62))).toMatchObject({
      message: expect.stringMatching(/^binary file/),
    });
  });

  it("refuses bytes over the cap, and takes bytes at it", () => {
    const at = new Uint8Array(MAX_FILE_BYTES).fill(0x23);
    expect(typeof decodeRegistryBytes("f", at)).toBe("string");
    const over = new Uint8Array(MAX_FILE_BYTES + 1).fill(0x23);
    expect(decodeRegistryBytes("f", over)).toMatchObject({
      message: `file is ${MAX_FILE_BYTES + 1} bytes, over the ${MAX_FILE_BYTES}-byte limit`,
    });
  });
});

describe("files on disk", () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), "muse-load-hostile-"));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  function tree(name: string, files: Record<string, string>): string {
    const root = join(dir, name);
    for (const [path, text] of Object.entries(files)) {
      mkdirSync(join(root, path, ".."), { recursive: true });
      writeFileSync(join(root, path), text);
    }
    mkdirSync(root, { recursive: true });
    return root;
  }

  it("discovers YAML files in a stable order, skipping hidden paths and other files", async () => {
    const root = tree("discover", {
      "b.yaml": "",
      "a.YML": "",
      "sub/c.yaml": "",
      "notes.txt": "",
      ".hidden.yaml": "",
      ".git/x.yaml": "",
      "sub/.drafts/y.yaml": "",
    });
    const found = await discoverRegistryFiles(root);
    expect(found.map((f) => f.slice(root.length + 1))).toEqual(["a.YML", "b.yaml", "sub/c.yaml"]);
  });

  it("follows a link to a file, keeps a dangling link (to report it), and follows a link to a directory", async () => {
    const root = tree("links", { "real/r.yaml": "" });
    const links = join(dir, "links-registry");
    mkdirSync(links);
    symlinkSync(join(root, "real", "r.yaml"), join(links, "to-file.yaml"));
    symlinkSync(join(root, "missing.yaml"), join(links, "dangling.yaml"));
    symlinkSync(join(root, "real"), join(links, "dir.yaml"));
    const found = await discoverRegistryFiles(links);
    expect(found.map((f) => f.slice(links.length + 1))).toEqual(["dangling.yaml", "dir.yaml/r.yaml", "to-file.yaml"]);
  });

  it("makes a missing registry, a path through a file, or a file a usage error", async () => {
    const root = tree("usage", { "r.yaml": "" });
    await expect(discoverRegistryFiles(join(root, "nope"))).rejects.toThrow(
      new UsageError(`registry not found: ${join(root, "nope")}`),
    );
    await expect(discoverRegistryFiles(join(root, "r.yaml", "x"))).rejects.toThrow(/^registry not found: /);
    await expect(discoverRegistryFiles(join(root, "r.yaml"))).rejects.toThrow(
      `registry must be a directory of YAML files: ${join(root, "r.yaml")} is a file`,
    );
  });

  it("never takes a harness that spells out other keys for those keys (a setting is part of a score's identity)", async () => {
    expect(settingKey({ harness: "x,run=y" })).toBe("harness=x\\,run=y");
    expect(settingKey({ harness: "x", run: "y" })).toBe("harness=x,run=y");
    expect(settingKey({ harness: "a\\" })).toBe("harness=a\\\\");
    expect(describeSetting({ tools: "none", harness: "p, q" })).toBe("tools=none, harness=p\\, q");
    expect(describeSetting({})).toBe("default");
    const scores = `      - { model: m, benchmark: b, value: 1, setting: { harness: "x,run=y" } }
      - { model: m, benchmark: b, value: 2, setting: { harness: x, run: y } }
`;
    const root = tree("setting-identity", { "r.yaml": VALID.replace(/ {6}- \{ model: m.*\n/, scores) });
    const registry = await loadRegistry([root]);
    expect(registry.scores.map((sc) => sc.value)).toEqual([1, 2]);
  });

  it("reads a file's bytes, refusing a FIFO, a missing file and an oversize file without reading them", async () => {
    const root = tree("read", { "ok.yaml": "a: 1\n" });
    expect(Buffer.from((await readRegistryBytes(join(root, "ok.yaml"))) as Uint8Array).toString()).toBe("a: 1\n");
    execFileSync("mkfifo", [join(root, "pipe.yaml")]);
    expect(await readRegistryBytes(join(root, "pipe.yaml"))).toEqual({
      file: join(root, "pipe.yaml"),
      line: 1,
      col: 1,
      message: "not a regular file",
    });
    expect(await readRegistryBytes(join(root, "gone.yaml"))).toMatchObject({ message: "cannot read file: ENOENT" });
    const big = join(root, "big.yaml");
    writeFileSync(big, "");
    execFileSync("truncate", ["-s", String(MAX_FILE_BYTES + 1), big]);
    expect(await readRegistryBytes(big)).toMatchObject({
      message: `file is ${MAX_FILE_BYTES + 1} bytes, over the ${MAX_FILE_BYTES}-byte limit`,
    });
  });
});
