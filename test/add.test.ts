import { spawn } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeEach, describe, expect, it, vi } from "vitest";
import { parse } from "yaml";
import { EditError, insertScore } from "../src/core/edit/insert-score.js";
import type { NewScore } from "../src/core/edit/score-entry.js";
import { UsageError } from "../src/core/errors.js";
import { runMuse } from "./helpers/run-muse.js";

// Lets a test make the atomic writer's rename fail, as a crash between writing the temporary file and
// renaming it would.
const crash = vi.hoisted(() => ({ beforeRename: false }));
vi.mock("node:fs/promises", async (importOriginal) => {
  const actual = await importOriginal<typeof import("node:fs/promises")>();
  return {
    ...actual,
    rename: async (from: string, to: string) => {
      if (crash.beforeRename) throw new Error("simulated crash before rename");
      return actual.rename(from, to);
    },
  };
});

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const FIXTURE = join(ROOT, "test", "fixtures", "add-registry");
const SCHEMA = join(ROOT, "schema", "registry.schema.json");
const scratch = mkdtempSync(join(tmpdir(), "muse-add-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

let registry = "";
let oddFile = "";
let copies = 0;
beforeEach(() => {
  crash.beforeRename = false;
  registry = join(scratch, `registry-${copies++}`);
  cpSync(FIXTURE, registry, { recursive: true });
  oddFile = join(registry, "sources", "odd.yaml");
});

/** Asserts that `after` is `before` with exactly `inserted` put in at the start of one of its lines. */
function expectInsertion(before: string, after: string, inserted: string): void {
  const lineStarts = [0, ...[...before.matchAll(/\n/g)].map((m) => (m.index ?? 0) + 1)];
  const at = lineStarts.filter((k) => before.slice(0, k) + inserted + before.slice(k) === after);
  expect(at.length, `not a pure insertion of:\n${inserted}\ninto:\n${before}\ngiving:\n${after}`).toBeGreaterThan(0);
}

const score = (fields: Partial<NewScore> = {}): NewScore => ({
  model: "muse-spark",
  benchmark: "gdpval-aa",
  value: "1444",
  setting: {},
  ...fields,
});

describe("insertScore keeps every other byte", () => {
  const odd = readFileSync(join(FIXTURE, "sources", "odd.yaml"), "utf8");

  it("appends to an oddly indented, commented block list, aligned with its block entries", () => {
    const after = insertScore(odd, "odd-source", score({ setting: { effort: "high", tools: "none" }, note: "a: b" }));
    expectInsertion(
      odd,
      after,
      [
        "        -   model: muse-spark",
        "            benchmark: gdpval-aa",
        "            value: 1444",
        "            setting:",
        "              tools: none",
        "              effort: high",
        '            note: "a: b"',
        "",
      ].join("\n"),
    );
    // the new entry sits after the last item, before the comment that ends the list
    expect(after.indexOf("muse-spark\n            benchmark: gdpval-aa")).toBeLessThan(
      after.indexOf("# trailing comment"),
    );
  });

  it("keeps a value's decimals as written", () => {
    const after = insertScore(odd, "odd-source", score({ value: "80.0", stderr: "1.50" }));
    expect(after).toContain("value: 80.0\n            stderr: 1.50\n");
  });

  it("turns an empty `scores: []` into a block list, keeping the line's comment", () => {
    const after = insertScore(odd, "empty-source", score({ approx: true }));
    expect(after).toContain(
      "    scores:    # filled in later\n      - model: muse-spark\n        benchmark: gdpval-aa\n        value: 1444\n        approx: true\n# end of file\n",
    );
    expect(after.replace("scores:    #", "scores: []    #").replace(/ {6}- model[^#]*approx: true\n/, "")).toBe(odd);
  });

  it("adds a `scores:` key to a source without one", () => {
    const text =
      "sources:\n  - id: s\n    title: T # t\n    publisher: P\n    published: '2026'\n    kind: third-party\n";
    expectInsertion(
      text,
      insertScore(text, "s", score()),
      "    scores:\n      - model: muse-spark\n        benchmark: gdpval-aa\n        value: 1444\n",
    );
  });

  it("appends to a flow list inside its brackets, and follows a list of flow entries", () => {
    const flow = "sources:\n  - id: s\n    scores: [ {model: a, benchmark: b, value: 1} ]  # kept\n";
    expect(insertScore(flow, "s", score({ setting: { tools: "python" } }))).toBe(
      "sources:\n  - id: s\n    scores: [ {model: a, benchmark: b, value: 1}, { model: muse-spark, benchmark: gdpval-aa, value: 1444, setting: { tools: python } } ]  # kept\n",
    );
    const flowItems = "sources:\n  - id: s\n    scores:\n    - { model: a, benchmark: b, value: 1 }\n";
    expectInsertion(
      flowItems,
      insertScore(flowItems, "s", score()),
      "    - { model: muse-spark, benchmark: gdpval-aa, value: 1444 }\n",
    );
  });

  it("keeps CRLF line ends, a byte-order mark and a missing final newline", () => {
    const crlf = odd.replaceAll("\n", "\r\n");
    const after = insertScore(crlf, "odd-source", score());
    expectInsertion(
      crlf,
      after,
      "        -   model: muse-spark\r\n            benchmark: gdpval-aa\r\n            value: 1444\r\n",
    );
    const bom = `\uFEFF${odd}`;
    expect(insertScore(bom, "odd-source", score())).toBe(`\uFEFF${insertScore(odd, "odd-source", score())}`);
    const bare = "sources:\n  - id: s\n    scores:\n      - {model: a, benchmark: b, value: 1}";
    expect(insertScore(bare, "s", score())).toBe(
      `${bare}\n      - { model: muse-spark, benchmark: gdpval-aa, value: 1444 }`,
    );
  });

  it("writes notes that YAML would misread as quoted text", () => {
    for (const note of ["- starts like a list", "has # hash", "two\nlines", "'quoted'", "{ braces }", "true", "12"]) {
      const after = insertScore(odd, "odd-source", score({ note }));
      const sources = (parse(after) as { sources: { scores: { note?: string }[] }[] }).sources;
      expect(sources[0]?.scores.at(-1)?.note).toBe(note);
    }
  });

  it("adds to every source of the bundled data as a pure insertion", () => {
    const dir = join(ROOT, "data", "sources");
    for (const name of readdirSync(dir)) {
      const text = readFileSync(join(dir, name), "utf8");
      for (const source of (parse(text) as { sources: { id: string }[] }).sources) {
        const after = insertScore(text, source.id, score({ setting: { mode: "test" }, note: "n" }));
        const inserted = after.length - text.length;
        expect(inserted, `${name} ${source.id}`).toBeGreaterThan(0);
        const lineStarts = [0, ...[...text.matchAll(/\n/g)].map((m) => (m.index ?? 0) + 1)];
        const pure = lineStarts.some(
          (k) => after.slice(0, k) === text.slice(0, k) && after.slice(k + inserted) === text.slice(k),
        );
        expect(pure, `${name} ${source.id}`).toBe(true);
      }
    }
  });

  it("refuses a source that is not in the file, and a file that does not parse", () => {
    expect(() => insertScore(odd, "nope", score())).toThrow(UsageError);
    expect(() => insertScore("sources: [\n", "s", score())).toThrow(UsageError);
  });

  it("never returns an edit that does not read back (a keep-chomped block scalar before the insertion point)", () => {
    const text =
      "sources:\n  - id: s\n    scores:\n      - model: a\n        benchmark: b\n        value: 1\n        note: |+\n          kept\n\n";
    try {
      const after = insertScore(text, "s", score());
      const parsed = parse(after) as { sources: { scores: { note?: string }[] }[] };
      expect(parsed.sources[0]?.scores[0]?.note).toBe("kept\n\n");
    } catch (error) {
      expect(error).toBeInstanceOf(EditError);
    }
  });
});

describe("muse add", () => {
  const add = (...args: string[]) => runMuse(["add", "--registry", registry, ...args]);

  it("adds a score, resolving names, so that the diff is exactly the new entry", async () => {
    const before = readFileSync(oddFile, "utf8");
    const result = await add(
      "--source",
      "odd-source",
      "--model",
      "GPT 5.4",
      "--bench",
      "GDPval AA",
      "--value",
      "1427.0",
    );
    expect(result).toMatchObject({ code: 0, err: "" });
    expect(result.out).toContain("added gpt-5.4 on gdpval-aa");
    expectInsertion(
      before,
      readFileSync(oddFile, "utf8"),
      "        -   model: gpt-5.4\n            benchmark: gdpval-aa\n            value: 1427.0\n",
    );
    expect((await runMuse(["validate", "--registry", registry])).code).toBe(0);
    const rows = JSON.parse((await runMuse(["scores", "--registry", registry, "--bench", "gdpval-aa", "--json"])).out);
    expect(rows).toHaveLength(1);
  });

  it("refuses the same identity twice, naming the value already there", async () => {
    const before = readFileSync(oddFile, "utf8");
    const again = await add(
      ...[
        "--source",
        "odd-source",
        "--model",
        "muse-spark",
        "--bench",
        "arc-agi-2",
        "--value",
        "43",
        "--setting",
        "effort=high",
      ],
    );
    expect(again.code).toBe(2);
    expect(again.err).toContain("already has muse-spark on arc-agi-2 (setting: effort=high): value 42.50");
    expect(again.err).toMatch(/odd\.yaml:\d+:\d+/);
    expect(readFileSync(oddFile, "utf8")).toBe(before);
    // a different setting is a different score
    const other = await add("--source", "odd-source", "--model", "muse-spark", "--bench", "arc-agi-2", "--value", "43");
    expect(other.code).toBe(0);
    const twice = await add("--source", "odd-source", "--model", "muse-spark", "--bench", "arc-agi-2", "--value", "44");
    expect(twice).toMatchObject({ code: 2 });
    expect(twice.err).toContain("value 43");
  });

  it("explains unknown ids, bad numbers and a result that would be invalid, writing nothing", async () => {
    const before = readFileSync(oddFile, "utf8");
    const cases: [string[], string][] = [
      [
        ["--source", "odd-sorce", "--model", "muse-spark", "--bench", "arc-agi-2", "--value", "1"],
        "did you mean odd-source",
      ],
      [
        ["--source", "odd-source", "--model", "muse-sprak", "--bench", "arc-agi-2", "--value", "1"],
        "did you mean muse-spark",
      ],
      [
        ["--source", "odd-source", "--model", "muse-spark", "--bench", "arc-agi-2", "--value", "4,2"],
        "--value expects",
      ],
      [
        ["--source", "odd-source", "--model", "muse-spark", "--bench", "gdpval-aa", "--value", "1", "--stderr", "-1"],
        "--stderr",
      ],
      [
        [
          "--source",
          "odd-source",
          "--model",
          "muse-spark",
          "--bench",
          "gdpval-aa",
          "--value",
          "1",
          "--setting",
          "temp=0",
        ],
        "unknown setting key",
      ],
      [["--source", "odd-source", "--model", "muse-spark", "--bench", "arc-agi-2", "--value", "142"], "outside 0-100"],
      [["--source", "odd-source", "--model", "muse-spark", "--value", "1"], "needs --bench"],
    ];
    for (const [args, message] of cases) {
      const result = await add(...args);
      expect(result.code, args.join(" ")).toBe(2);
      expect(result.err).toContain(message);
      expect(result.out).toBe("");
    }
    expect(readFileSync(oddFile, "utf8")).toBe(before);
  });

  it("needs --registry: MUSE_REGISTRY and the bundled data are never written by default", async () => {
    const args = ["add", "--source", "odd-source", "--model", "muse-spark", "--bench", "gdpval-aa", "--value", "1"];
    const result = await runMuse(args, { env: { MUSE_REGISTRY: registry } });
    expect(result.code).toBe(2);
    expect(result.err).toContain("needs --registry");
  });

  it("leaves the file whole and no temporary file behind when it dies before the rename", async () => {
    const before = readFileSync(oddFile, "utf8");
    crash.beforeRename = true;
    const result = await add("--source", "odd-source", "--model", "muse-spark", "--bench", "gdpval-aa", "--value", "1");
    expect(result.code).toBe(1);
    expect(result.err).toContain("simulated crash before rename");
    expect(readFileSync(oddFile, "utf8")).toBe(before);
    expect(readdirSync(dirname(oddFile))).toEqual(["odd.yaml"]);
  });
});

describe("muse add source", () => {
  const addSource = (...args: string[]) => runMuse(["add", "source", "--registry", registry, ...args]);
  const base = ["--title", "Launch notes: a review", "--publisher", "Me", "--published", "2026-04"];

  it("creates sources/<id>.yaml with a modeline that leads to the schema, ready for `muse add`", async () => {
    const result = await addSource(
      "--id",
      "my-notes",
      ...base,
      "--kind",
      "press",
      "--repeats-name",
      "Meta",
      "--repeats-kind",
      "first-party",
    );
    expect(result).toMatchObject({ code: 0, err: "" });
    const file = join(registry, "sources", "my-notes.yaml");
    const text = readFileSync(file, "utf8");
    const ref = /^# yaml-language-server: \$schema=(\S+)\n/.exec(text)?.[1] ?? "";
    // the copied registry's own modelines lead nowhere from the temporary directory: muse's schema is used
    expect(resolve(dirname(file), ref)).toBe(SCHEMA);
    expect(text).toContain('    title: "Launch notes: a review"\n');
    expect(text).toContain("    repeats: { name: Meta, kind: first-party }\n    scores: []\n");
    const added = await runMuse([
      "add",
      "--registry",
      registry,
      "--source",
      "my-notes",
      "--model",
      "muse-spark",
      "--bench",
      "arc-agi-2",
      "--value",
      "1",
    ]);
    expect(added.code).toBe(0);
    expect((await runMuse(["validate", "--registry", registry])).out).toContain("3 sources");
  });

  it("reuses the registry's own modeline when it leads to a schema", async () => {
    const url = "https://example.org/muse/registry.schema.json";
    const text = readFileSync(oddFile, "utf8").replace(/\$schema=\S+/, `$schema=${url}`);
    writeFileSync(oddFile, text);
    expect((await addSource("--id", "url-one", ...base, "--kind", "third-party")).code).toBe(0);
    expect(readFileSync(join(registry, "sources", "url-one.yaml"), "utf8").split("\n")[0]).toBe(
      `# yaml-language-server: $schema=${url}`,
    );
  });

  it("refuses an existing id, a bad date and a press source without its originator", async () => {
    const cases: [string[], string][] = [
      [["--id", "odd-source", ...base, "--kind", "third-party"], "already exists"],
      [["--id", "new-one", ...base.slice(0, 4), "--published", "2026-13", "--kind", "third-party"], "--published"],
      [["--id", "new-one", ...base, "--kind", "press"], "--repeats-name and --repeats-kind"],
      [["--id", "New_One", ...base, "--kind", "third-party"], "--id"],
      [["--id", "new-one", ...base, "--kind", "blog"], "invalid"],
    ];
    for (const [args, message] of cases) {
      const result = await addSource(...args);
      expect(result.code, args.join(" ")).toBe(2);
      expect(result.err).toContain(message);
    }
    expect(existsSync(join(registry, "sources", "new-one.yaml"))).toBe(false);
  });
});

describe("an interrupted `muse add` (the built binary, killed with SIGKILL)", () => {
  it("always leaves the old file or the new one, and a valid registry", async () => {
    const bin = join(ROOT, "bin", "muse.cjs");
    if (!existsSync(join(ROOT, "dist", "start.cjs"))) throw new Error("dist/start.cjs is missing: run `npm run build`");
    // a big file makes the write itself take a while
    const big = join(registry, "sources", "big.yaml");
    const lines = [
      "sources:",
      "  - id: big",
      "    title: Big",
      "    publisher: P",
      "    published: '2026'",
      "    kind: third-party",
      "    scores:",
    ];
    for (let i = 0; i < 500; i++)
      lines.push(`      - { model: muse-spark, benchmark: gdpval-aa, value: ${i}, setting: { run: r${i} } }`);
    writeFileSync(big, `${lines.join("\n")}\n`);
    const before = readFileSync(big, "utf8");
    const args = [
      bin,
      "add",
      "--registry",
      registry,
      "--source",
      "big",
      "--model",
      "gpt-5.4",
      "--bench",
      "gdpval-aa",
      "--value",
      "7",
    ];
    const entry = "      - { model: gpt-5.4, benchmark: gdpval-aa, value: 7 }\n";
    // one whole run first, to know how long a run takes here: the kills below land across that span
    const started = Date.now();
    const whole = spawn(process.execPath, args, { stdio: "ignore" });
    expect(await new Promise((done) => whole.once("exit", done))).toBe(0);
    const span = Date.now() - started;
    expectInsertion(before, readFileSync(big, "utf8"), entry);
    writeFileSync(big, before);
    const outcomes = { old: 0, new: 0 };
    const fractions = [0.3, 0.6, 0.8, 0.9, 0.95, 1, 1.05, 1.2];
    for (const fraction of fractions) {
      const child = spawn(process.execPath, args, { stdio: "ignore" });
      const exited = new Promise((done) => child.once("exit", done));
      await new Promise((done) => setTimeout(done, span * fraction));
      child.kill("SIGKILL");
      await exited;
      const after = readFileSync(big, "utf8");
      if (after === before) outcomes.old++;
      else {
        expectInsertion(before, after, entry);
        outcomes.new++;
        writeFileSync(big, before);
      }
    }
    expect(outcomes.old + outcomes.new).toBe(fractions.length);
    const leftovers = readdirSync(dirname(big)).filter((f) => f.endsWith(".muse-tmp"));
    for (const f of leftovers) expect(f).toMatch(/^\.big\.yaml\.[0-9a-f]+\.muse-tmp$/);
    expect((await runMuse(["validate", "--registry", registry])).code).toBe(0);
  }, 60_000);
});
