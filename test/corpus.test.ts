// The corpus of broken, hostile and odd-but-valid registries (test/fixtures/bad-registries), thrown at the BUILT
// binary (`npm test` builds it first). Each case directory is a registry with an expected.json beside its YAML.
import { execFile, execFileSync } from "node:child_process";
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parse as parseCsv } from "csv-parse/sync";
import { marked, type Tokens } from "marked";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { REPO } from "./helpers/run-muse.js";

const BIN = join(REPO, "bin", "muse.cjs");
const BUNDLE = join(REPO, "dist", "start.cjs");
const CORPUS = join(REPO, "test", "fixtures", "bad-registries");
const STACK_LINE = /^ {4}at /m;
// Anything a terminal would act on, or that disguises text. Newlines are checked separately per format.
const CONTROL_OR_BIDI =
  /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u061c\u200b\u200e\u200f\u2028-\u202e\u2060-\u2069\ufeff]/u;

/** What a case expects; `where` is `file:line:col` relative to the case directory. */
interface Expected {
  description: string;
  exit: 0 | 1 | 2 | 65;
  where?: string;
  message?: string;
  registry?: string;
  show?: { name?: string; harness?: string; table?: string };
}

interface Outcome {
  code: number | null;
  out: string;
  err: string;
  ms: number;
}

const timings: { name: string; ms: number }[] = [];

/** Runs the binary with a clean environment, from the repository root. */
function muse(argv: readonly string[], label: string): Promise<Outcome> {
  const env = { PATH: process.env.PATH ?? "/usr/bin:/bin", HOME: tmpdir(), LANG: "C.UTF-8" };
  const started = performance.now();
  return new Promise((resolve) => {
    execFile(process.execPath, [BIN, ...argv], { cwd: REPO, env, encoding: "utf8" }, (error, out, err) => {
      const ms = performance.now() - started;
      timings.push({ name: label, ms });
      const code = error === null ? 0 : typeof error.code === "number" ? error.code : null;
      resolve({ code, out, err, ms });
    });
  });
}

/** The checks every failing case shares: exit code, nothing on stdout, located one-line messages, no stack. */
function expectCleanFailure(r: Outcome, exit: number): void {
  expect(r.code, r.err).toBe(exit);
  expect(r.out).toBe("");
  expect(r.err).not.toMatch(STACK_LINE);
  expect(r.err.endsWith("\n")).toBe(true);
  expect(r.err).not.toMatch(CONTROL_OR_BIDI);
  expect(r.err).not.toContain("unexpected error");
}

const cases = readdirSync(CORPUS, { withFileTypes: true })
  .filter((e) => e.isDirectory())
  .map((e) => e.name)
  .sort();
const expectations = new Map(
  cases.map((name) => [name, JSON.parse(readFileSync(join(CORPUS, name, "expected.json"), "utf8")) as Expected]),
);

let work: string;
beforeAll(() => {
  if (!existsSync(BUNDLE)) throw new Error(`${BUNDLE} is missing: run \`npm run build\` (npm test does) first`);
  work = mkdtempSync(join(tmpdir(), "muse-corpus-"));
});
afterAll(() => {
  rmSync(work, { recursive: true, force: true });
  // Measured, never asserted: the slowest runs, for the record.
  const slowest = [...timings].sort((a, b) => b.ms - a.ms).slice(0, 3);
  console.log(
    `corpus: ${timings.length} runs; slowest ${slowest.map((t) => `${t.name} ${t.ms.toFixed(0)} ms`).join(", ")}`,
  );
});

describe("the corpus", () => {
  it("has at least 25 cases, each with an expectation", () => {
    expect(cases.length).toBeGreaterThanOrEqual(25);
    expect([...expectations.values()].filter((e) => e.exit !== 0).length).toBeGreaterThanOrEqual(25);
  });
});

describe.each(cases.filter((name) => expectations.get(name)?.exit !== 0))("broken: %s", (name) => {
  const expected = expectations.get(name) as Expected;
  it(`${expected.description}: exit ${expected.exit}, located message, nothing on stdout`, async () => {
    const registry = join(CORPUS, name, expected.registry ?? "");
    const r = await muse(["validate", "--registry", registry], name);
    expectCleanFailure(r, expected.exit);
    if (expected.where !== undefined) {
      // Paths are shown relative to the working directory (the repository root here).
      const line = r.err.split("\n").find((l) => l.includes(`${name}/${expected.where}: `));
      expect(line, r.err).toBeDefined();
      expect(line).toContain(expected.message);
    } else {
      expect(r.err).toContain(expected.message);
    }
  });
});

describe.each(cases.filter((name) => expectations.get(name)?.exit === 0))("odd but valid: %s", (name) => {
  const expected = expectations.get(name) as Expected;
  const registry = join(CORPUS, name);
  const run = (argv: string[]) => muse([...argv, "--registry", registry], `${name} ${argv.join(" ")}`);

  it(`${expected.description}: validates`, async () => {
    const r = await run(["validate"]);
    expect(r.err).toBe("");
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^ok: \d+ scores/);
  });

  it("shows safely as a table", async () => {
    for (const argv of [["scores"], ["list", "models"]]) {
      const r = await run([...argv, "--format", "table"]);
      expect(r.code, r.err).toBe(0);
      expect(r.err).toBe("");
      expect(r.out).not.toMatch(CONTROL_OR_BIDI);
      // The table block is the header and one row (footnotes follow after a blank line): no line broken by data.
      expect(r.out.split("\n\n")[0]?.trimEnd().split("\n")).toHaveLength(2);
    }
    if (expected.show?.table) expect((await run(["scores"])).out).toContain(expected.show.table);
  });

  it("keeps the exact text in JSON, with nothing raw a terminal would act on", async () => {
    const scores = await run(["scores", "--json"]);
    const models = await run(["list", "models", "--json"]);
    for (const r of [scores, models]) {
      expect(r.code, r.err).toBe(0);
      expect(r.out).not.toMatch(CONTROL_OR_BIDI);
    }
    const [score] = JSON.parse(scores.out) as { setting: { harness?: string } }[];
    const [model] = JSON.parse(models.out) as { name: string }[];
    if (expected.show?.harness !== undefined) expect(score?.setting.harness).toBe(expected.show.harness);
    if (expected.show?.name !== undefined) expect(model?.name).toBe(expected.show.name);
  });

  it("renders as GFM tables with the right column counts and no markup from data", async () => {
    for (const argv of [["scores"], ["list", "models"]]) {
      const r = await run([...argv, "--format", "markdown"]);
      expect(r.code, r.err).toBe(0);
      expect(r.out).not.toMatch(CONTROL_OR_BIDI);
      const tokens = marked.lexer(r.out);
      const table = tokens.find((t): t is Tokens.Table => t.type === "table");
      expect(table).toBeDefined();
      for (const row of table?.rows ?? []) {
        expect(row).toHaveLength(table?.header.length ?? -1);
        const inline = row.flatMap((c) => c.tokens);
        // Only `<br>` (a line break in data) may be HTML, and URLs may become `<url>` autolinks; no emphasis,
        // code or link syntax comes from data.
        const markup = inline.filter(
          (t) =>
            !["text", "escape"].includes(t.type) &&
            !(t.type === "html" && t.raw === "<br>") &&
            !(t.type === "link" && t.raw === `<${(t as Tokens.Link).text}>`),
        );
        expect(markup.map((t) => t.raw)).toEqual([]);
      }
    }
  });

  it("writes CSV that parses back, one record per row, formulas neutralised", async () => {
    for (const argv of [["scores"], ["list", "models"]]) {
      const r = await run([...argv, "--format", "csv"]);
      expect(r.code, r.err).toBe(0);
      // Tabs and line breaks inside quoted fields are CSV data; a lone CR (which overwrites a terminal line) is not.
      expect(r.out.replace(/[\t\n]|\r\n/g, "")).not.toMatch(CONTROL_OR_BIDI);
      expect(r.out.replace(/\r\n/g, "")).not.toContain("\r");
      const records = parseCsv(r.out) as string[][];
      expect(records).toHaveLength(2);
      expect(records[1]).toHaveLength(records[0]?.length ?? -1);
      for (const field of records[1] ?? []) expect(field).not.toMatch(/^[=+\-@]/);
    }
  });
});

describe("generated hostile registries", () => {
  const VALID = readFileSync(join(CORPUS, "utf8-bom", "registry.yaml"), "utf8").replace(/^\uFEFF/, "");

  function registryWith(name: string, files: Record<string, string | Buffer>): string {
    const dir = join(work, name);
    mkdirSync(dir, { recursive: true });
    for (const [file, body] of Object.entries(files)) writeFileSync(join(dir, file), body);
    return dir;
  }

  it("refuses a file over the 8 MiB cap without parsing it", async () => {
    const big = `# padding\n${"#".repeat(8 * 1024 * 1024)}\n`;
    const dir = registryWith("oversize", { "registry.yaml": VALID, "huge.yaml": big });
    const r = await muse(["validate", "--registry", dir], "oversize");
    expectCleanFailure(r, 65);
    expect(r.err).toMatch(/huge\.yaml:1:1: file is \d+ bytes, over the 8388608-byte limit/);
  });

  it("refuses block values nested deeper than 32 levels", async () => {
    const deep = `models:\n${Array.from({ length: 60 }, (_, i) => `${"  ".repeat(i + 1)}- `).join("\n")}x\n`;
    const dir = registryWith("deep-block", { "deep.yaml": deep });
    const r = await muse(["validate", "--registry", dir], "deep-block");
    expectCleanFailure(r, 65);
    expect(r.err).toMatch(/deep\.yaml:\d+:\d+: values nested more than 32 levels deep/);
  });

  it("refuses flow values nested thousands deep (past the parser's own stack)", async () => {
    const dir = registryWith("deep-flow", { "deep.yaml": `models: ${"[".repeat(20000)}${"]".repeat(20000)}\n` });
    const r = await muse(["validate", "--registry", dir], "deep-flow");
    expectCleanFailure(r, 65);
    expect(r.err).toMatch(/deep\.yaml:1:\d+: values nested (too deeply to read|more than 32 levels deep)/);
  });

  it("reports a dangling symbolic link as an unreadable file", async () => {
    const dir = registryWith("dangling", { "registry.yaml": VALID });
    symlinkSync(join(dir, "nowhere.yaml"), join(dir, "link.yaml"));
    const r = await muse(["validate", "--registry", dir], "dangling");
    expectCleanFailure(r, 65);
    expect(r.err).toContain("link.yaml:1:1: cannot read file: ENOENT");
  });

  it("follows a symbolic link to a file", async () => {
    const dir = registryWith("linked", {});
    const real = registryWith("linked-target", { "real.yaml": VALID });
    symlinkSync(join(real, "real.yaml"), join(dir, "registry.yaml"));
    const r = await muse(["validate", "--registry", dir], "linked");
    expect(r.code, r.err).toBe(0);
    expect(r.out).toContain("ok: 1 scores");
  });

  it("skips a FIFO named like a registry file instead of waiting on it", async () => {
    const dir = registryWith("fifo", { "registry.yaml": VALID });
    execFileSync("mkfifo", [join(dir, "pipe.yaml")]);
    const r = await muse(["validate", "--registry", dir], "fifo");
    expect(r.code, r.err).toBe(0);
    expect(r.out).toContain("ok: 1 scores");
  });

  it("shows no stack trace for an invalid registry, even with --debug", async () => {
    const registry = join(CORPUS, "duplicate-key");
    const r = await muse(["validate", "--debug", "--registry", registry], "duplicate-key --debug");
    expectCleanFailure(r, 65);
  });
});
