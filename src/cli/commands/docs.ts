import { readFile } from "node:fs/promises";
import { basename, dirname, extname, join, resolve } from "node:path";
import type { Command } from "commander";
import { UsageError } from "../../core/errors.js";
import { type ActionFactory, examples } from "../action.js";
import type { Context } from "../context.js";
import { type DocsBlock, findBlocks, replaceBodies } from "../docs-blocks.js";
import { capturingIo } from "../io.js";
import { writeFileAtomic } from "../write-file-atomic.js";

/** The commands a block may name: those that only read the registry and print (never add, import or docs itself). */
export const DOCS_COMMANDS = [
  "compare",
  "frontier",
  "conflicts",
  "claims",
  "scores",
  "show",
  "list",
  "validate",
  "diff",
];

/** The options of `muse docs`. */
interface DocsOptions {
  check?: boolean;
}

/** `muse docs FILE...`: fills the generated blocks of markdown files with muse's output (`--check`: report stale ones). */
export function registerDocs(program: Command, action: ActionFactory): void {
  program
    .command("docs")
    .description("fill the <!-- muse ... --> blocks of markdown files with that command's output")
    .argument("<files...>", "markdown files")
    .option("--check", "change nothing; exit 1 with a diff when a block is stale")
    .addHelpText(
      "after",
      `${examples(["muse docs README.md docs/*.md", "muse docs --check README.md"])}
A block opens with a line \`<!-- muse COMMAND -->\` (a muse command without \`muse\`, e.g.
\`<!-- muse compare --bench arc-agi-2 -->\`) and closes with a line \`<!-- /muse -->\`; everything
between them is replaced, every other byte is kept. The command runs inside muse (never a shell),
on the bundled registry (or --registry given to docs), from the file's directory, without colour.
Its format decides the body: markdown (the default) and mermaid as printed; table, chart, json
and csv in a code fence; svg is written beside the file as FILE-COMMAND.svg and linked.
Commands allowed: ${DOCS_COMMANDS.join(", ")}. Files are rewritten atomically.
`,
    )
    .addHelpText("after", "\nDocumentation: docs/charts.md\n")
    .action(
      action(async (ctx, files: string[], opts: DocsOptions) => {
        const outcomes = [];
        for (const file of files) outcomes.push(await refresh(ctx, file));
        const stale = outcomes.filter((o) => o.changes.length > 0);
        if (opts.check) {
          if (stale.length === 0) return { kind: "text", text: summary(outcomes, "up to date") };
          const { createTwoFilesPatch } = await import("diff");
          const diffs = stale.flatMap((o) =>
            o.changes.map((c) => createTwoFilesPatch(c.path, c.path, c.before, c.after)),
          );
          const count = stale.reduce((n, o) => n + o.staleBlocks, 0);
          ctx.io.err(`muse: ${count} stale block${count === 1 ? "" : "s"}; run \`muse docs ${files.join(" ")}\`\n`);
          return { kind: "text", text: diffs.join(""), exitCode: 1 };
        }
        // Each file must still hold what was read: a page edited meanwhile is left alone (exit 75, busy).
        for (const change of stale.flatMap((o) => o.changes)) {
          await writeFileAtomic(change.path, change.after, change.existed ? { expected: change.before } : {});
        }
        return { kind: "text", text: summary(outcomes, "rewritten") };
      }),
    );
}

/** One file whose text would change: its path, and its text before and after. */
interface Change {
  path: string;
  before: string;
  after: string;
  /** Whether the file existed (an SVG may be new). */
  existed: boolean;
}

/** What refreshing one markdown file found: its blocks, the stale ones, and the files to write. */
interface Outcome {
  file: string;
  blocks: number;
  staleBlocks: number;
  changes: Change[];
}

async function refresh(ctx: Context, file: string): Promise<Outcome> {
  const path = resolve(ctx.io.cwd, file);
  const before = await readFile(path, "utf8").catch((error: NodeJS.ErrnoException) => {
    throw new UsageError(`cannot read ${file}: ${error.code ?? error.message}`);
  });
  const blocks = findBlocks(before, file);
  const changes: Change[] = [];
  const bodies: string[] = [];
  let staleBlocks = 0;
  for (const [index, block] of blocks.entries()) {
    const made = await blockBody(ctx, path, file, block, index);
    bodies.push(made.body);
    if (made.body !== before.slice(block.start, block.end)) staleBlocks++;
    if (made.svg !== undefined) {
      const old = await readFile(made.svg.path, "utf8").catch(() => undefined);
      if (old !== made.svg.text) {
        changes.push({ path: made.svg.path, before: old ?? "", after: made.svg.text, existed: old !== undefined });
        if (made.body === before.slice(block.start, block.end)) staleBlocks++;
      }
    }
  }
  const after = replaceBodies(before, blocks, bodies);
  if (after !== before) changes.unshift({ path, before, after, existed: true });
  return { file, blocks: blocks.length, staleBlocks, changes };
}

/** The body a block gets, and the SVG file it links to, if any. */
async function blockBody(
  ctx: Context,
  path: string,
  file: string,
  block: DocsBlock,
  index: number,
): Promise<{ body: string; svg?: { path: string; text: string } }> {
  const where = `${file}:${block.line}`;
  const [name] = block.words;
  if (name === undefined || !DOCS_COMMANDS.includes(name)) {
    throw new UsageError(`${where}: a block runs one of ${DOCS_COMMANDS.join(", ")}, not '${name ?? ""}'`);
  }
  const format = formatOf(block.words);
  const argv = [...block.words, ...(format === undefined ? ["--format", "markdown"] : [])];
  const out = await runInside(ctx, argv, dirname(path), where);
  switch (format ?? "markdown") {
    case "markdown":
    case "mermaid":
      return { body: ownFootnotes(out.endsWith("\n") ? out : `${out}\n`, index) };
    case "svg": {
      const svgName = `${basename(path, extname(path))}-${slug(block.words)}.svg`;
      return {
        body: `![muse ${block.command.replace(/[[\]]/g, "")}](${svgName})\n`,
        svg: { path: join(dirname(path), svgName), text: out },
      };
    }
    default: {
      const fence = format === "json" ? "json" : format === "csv" ? "csv" : "text";
      return { body: `\`\`\`${fence}\n${out.endsWith("\n") ? out : `${out}\n`}\`\`\`\n` };
    }
  }
}

/** The format a block's command asks for (`--json`, `--format X`, `--format=X`), or undefined for none. */
export function formatOf(words: readonly string[]): string | undefined {
  if (words.includes("--json")) return "json";
  let format: string | undefined;
  words.forEach((word, i) => {
    if (word === "--format") format = words[i + 1];
    else if (word.startsWith("--format=")) format = word.slice("--format=".length);
  });
  return format;
}

/** A file-name-safe form of a block's command without its format flags: `compare-bench-arc-agi-2`. */
function slug(words: readonly string[]): string {
  const kept = words.filter((w, i) => w !== "--format" && words[i - 1] !== "--format" && !w.startsWith("--format="));
  const text = kept
    .join("-")
    .toLowerCase()
    .replace(/[^a-z0-9.]+/g, "-")
    .replace(/^-+|-+$/g, "");
  return text.slice(0, 80).replace(/-+$/, "") || "chart";
}

/** Runs a muse command in this process with the program's own parser; its output, or its failure as an error. */
async function runInside(ctx: Context, argv: readonly string[], cwd: string, where: string): Promise<string> {
  const { run } = await import("../main.js");
  // Nothing from the caller's environment but where caches live: no MUSE_REGISTRY, no colour, no width, and
  // no data the caller fetched (`muse fetch epoch`): pages show the bundled layers, whoever regenerates them.
  const env = { HOME: ctx.io.env.HOME, XDG_CACHE_HOME: ctx.io.env.XDG_CACHE_HOME, XDG_DATA_HOME: "/nonexistent" };
  const { io, out, err } = capturingIo(env, cwd);
  const registries = (ctx.globals.registry ?? []).length > 0 ? ctx.registryDirs() : [];
  const globals = [
    "--no-color",
    ...(ctx.globals.cache === false ? ["--no-cache"] : []),
    ...registries.flatMap((dir) => ["--registry", dir]),
  ];
  const code = await run([...globals, ...argv], io);
  if (code !== 0) {
    ctx.io.err(err());
    throw new UsageError(`${where}: \`muse ${argv.join(" ")}\` failed (exit ${code})`);
  }
  if (err() !== "") ctx.io.err(`${where}: ${err()}`);
  return out();
}

function summary(outcomes: readonly Outcome[], changed: string): string {
  return outcomes
    .map((o) => {
      const blocks = `${o.blocks} block${o.blocks === 1 ? "" : "s"}`;
      return `${o.file}: ${blocks}, ${o.changes.length > 0 ? `${o.staleBlocks} ${changed}` : "up to date"}\n`;
    })
    .join("");
}

/**
 * Gives a block's footnotes labels of its own (`[^1]` in the third block becomes `[^3-1]`), since every block of
 * a page shares one footnote namespace; the first block keeps muse's labels. Escaped brackets (data) are left.
 */
export function ownFootnotes(markdown: string, index: number): string {
  return index === 0 ? markdown : markdown.replace(/(?<!\\)\[\^(\d+)\]/g, `[^${index + 1}-$1]`);
}
