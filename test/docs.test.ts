// `muse docs`: finding blocks, rewriting only their bodies, --check, SVG beside the file, and what a block may run.
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { formatOf, ownFootnotes } from "../src/cli/commands/docs.js";
import { findBlocks, replaceBodies, splitWords } from "../src/cli/docs-blocks.js";
import { runMuse } from "./helpers/run-muse.js";

/** A fresh directory holding one markdown file with `text`; returns the file's path. */
function page(text: string, name = "page.md"): string {
  const dir = mkdtempSync(join(tmpdir(), "muse-docs-"));
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

describe("findBlocks and replaceBodies", () => {
  const text =
    "a\n<!-- muse compare --bench 'arc agi 2' -->\nold\nbody\n<!-- /muse -->\nb\n<!-- muse list models -->\n<!-- /muse -->";

  it("finds each block's command, words, line and body", () => {
    const blocks = findBlocks(text, "t.md");
    expect(blocks.map((b) => [b.command, b.words, b.line, text.slice(b.start, b.end)])).toEqual([
      ["compare --bench 'arc agi 2'", ["compare", "--bench", "arc agi 2"], 2, "old\nbody\n"],
      ["list models", ["list", "models"], 7, ""],
    ]);
  });

  it("replaces the bodies and keeps every other byte", () => {
    const blocks = findBlocks(text, "t.md");
    expect(replaceBodies(text, blocks, ["X\n", "Y\n"])).toBe(
      "a\n<!-- muse compare --bench 'arc agi 2' -->\nX\n<!-- /muse -->\nb\n<!-- muse list models -->\nY\n<!-- /muse -->",
    );
  });

  it("rejects an unclosed, a nested and a stray closing comment, naming the line", () => {
    expect(() => findBlocks("x\n<!-- muse list models -->\n", "t.md")).toThrow("t.md:2: block not closed");
    expect(() => findBlocks("<!-- muse a -->\n<!-- muse b -->\n<!-- /muse -->\n", "t.md")).toThrow(
      "t.md:1: block not closed before line 2",
    );
    expect(() => findBlocks("<!-- /muse -->\n", "t.md")).toThrow("t.md:1: <!-- /muse --> closes no block");
  });

  it("splits words like a shell without expanding anything", () => {
    expect(splitWords(`compare --bench "a \\"b\\"" c\\ d '$HOME' --x=1`, "w")).toEqual([
      "compare",
      "--bench",
      'a "b"',
      "c d",
      "$HOME",
      "--x=1",
    ]);
    expect(() => splitWords("compare 'open", "t.md:3")).toThrow("t.md:3: unclosed ' in the block's command");
  });

  it("reads the format a block asks for", () => {
    expect(formatOf(["compare", "--json"])).toBe("json");
    expect(formatOf(["compare", "--format", "svg"])).toBe("svg");
    expect(formatOf(["compare", "--format=csv"])).toBe("csv");
    expect(formatOf(["compare"])).toBeUndefined();
  });
});

describe("muse docs", () => {
  const fresh = (body: string) => `# Page\n\n<!-- muse list benchmarks --format csv -->\n${body}<!-- /muse -->\ntail\n`;

  it("fills a stale block in place, then --check finds it fresh", async () => {
    const path = page(fresh("stale\n"));
    const r = await runMuse(["docs", path]);
    expect([r.code, r.err]).toEqual([0, ""]);
    expect(r.out).toBe(`${path}: 1 block, 1 rewritten\n`);
    // muse docs runs blocks on the default layers (no MUSE_REGISTRY), as this does.
    const csv = (await runMuse(["list", "benchmarks", "--format", "csv"], { env: { MUSE_REGISTRY: undefined } })).out;
    expect(readFileSync(path, "utf8")).toBe(fresh(`\`\`\`csv\n${csv}\`\`\`\n`));
    const check = await runMuse(["docs", "--check", path]);
    expect([check.code, check.out, check.err]).toEqual([0, `${path}: 1 block, up to date\n`, ""]);
  });

  it("--check changes nothing and exits 1 with a diff when a block is stale", async () => {
    const text = fresh("stale\n");
    const path = page(text);
    const r = await runMuse(["docs", "--check", path]);
    expect(r.code).toBe(1);
    expect(r.err).toBe(`muse: 1 stale block; run \`muse docs ${path}\`\n`);
    expect(r.out).toContain(`--- ${path}\n+++ ${path}\n`);
    expect(r.out).toContain("\n-stale\n+```csv\n");
    expect(readFileSync(path, "utf8")).toBe(text);
  });

  it("writes an SVG chart beside the file and links it; --check compares the SVG too", async () => {
    const path = page("<!-- muse compare --bench arc-agi-2 --format svg -->\n<!-- /muse -->\n", "guide.md");
    expect((await runMuse(["docs", path])).code).toBe(0);
    const name = "guide-compare-bench-arc-agi-2.svg";
    expect(readFileSync(path, "utf8")).toBe(
      `<!-- muse compare --bench arc-agi-2 --format svg -->\n![muse compare --bench arc-agi-2 --format svg](${name})\n<!-- /muse -->\n`,
    );
    const dir = join(path, "..");
    expect(readdirSync(dir).sort()).toEqual(["guide-compare-bench-arc-agi-2.svg", "guide.md"]);
    const svg = readFileSync(join(dir, name), "utf8");
    const defaults = { env: { MUSE_REGISTRY: undefined } };
    expect(svg).toBe((await runMuse(["compare", "--bench", "arc-agi-2", "--format", "svg"], defaults)).out);
    writeFileSync(join(dir, name), "old");
    const check = await runMuse(["docs", "--check", path]);
    expect(check.code).toBe(1);
    expect(check.out).toContain(`-old\n`);
  });

  it("runs only muse's reading commands, and names the block of a failing one", async () => {
    const writer = page("<!-- muse add --model x -->\n<!-- /muse -->\n");
    const r = await runMuse(["docs", writer]);
    expect(r.code).toBe(2);
    expect(r.err).toBe(
      `muse: ${writer}:1: a block runs one of compare, frontier, conflicts, claims, scores, show, list, validate, diff, not 'add'\n`,
    );
    const failing = page("x\n<!-- muse compare --bench nope -->\n<!-- /muse -->\n");
    const f = await runMuse(["docs", failing]);
    expect(f.code).toBe(2);
    expect(f.err).toMatch(/unknown benchmark 'nope'/);
    expect(f.err).toContain(`muse: ${failing}:2: \`muse compare --bench nope --format markdown\` failed (exit 2)\n`);
  });

  it("reads the bundled registry whatever MUSE_REGISTRY says", async () => {
    const path = page(fresh(""));
    const r = await runMuse(["docs", path], { env: { MUSE_REGISTRY: "/nonexistent" } });
    expect([r.code, r.err]).toEqual([0, ""]);
  });
});

describe("ownFootnotes", () => {
  it("relabels a later block's footnotes so that blocks of one page never share one, leaving escaped text", () => {
    const md = "| a[^1] | b[^2] \\[^1] |\n\n[^1]: one\n[^2]: two\n";
    expect(ownFootnotes(md, 0)).toBe(md);
    expect(ownFootnotes(md, 2)).toBe("| a[^3-1] | b[^3-2] \\[^1] |\n\n[^3-1]: one\n[^3-2]: two\n");
  });
});
