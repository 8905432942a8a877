// The generated blocks of a markdown file, as `muse docs` finds and rewrites them: a block opens with a line
// `<!-- muse ARGS -->` (a muse command, without `muse`) and closes with a line `<!-- /muse -->`.
import { UsageError } from "../core/errors.js";

/** One generated block: the command it names, where its body lies in the text, and the line it opens on. */
export interface DocsBlock {
  /** The command as written in the opening comment, e.g. `compare --bench arc-agi-2`. */
  command: string;
  /** The command split into words (quotes group, a backslash escapes the next character). */
  words: string[];
  /** 1-based line of the opening comment. */
  line: number;
  /** Offsets of the body: from just after the opening line's newline to the start of the closing line. */
  start: number;
  end: number;
}

const OPEN = /^<!-- muse (.*?) -->[ \t]*\r?$/;
const CLOSE = /^<!-- \/muse -->[ \t]*\r?$/;

/** Finds every generated block of a markdown text, in order; an unclosed or nested block is a usage error. */
export function findBlocks(text: string, file: string): DocsBlock[] {
  const blocks: DocsBlock[] = [];
  let open: Omit<DocsBlock, "end"> | undefined;
  let offset = 0;
  const lines = text.split("\n");
  lines.forEach((lineText, index) => {
    const next = offset + lineText.length + 1;
    const opener = OPEN.exec(lineText);
    if (opener !== null) {
      if (open !== undefined) throw new UsageError(`${file}:${open.line}: block not closed before line ${index + 1}`);
      const command = (opener[1] ?? "").trim();
      open = { command, words: splitWords(command, `${file}:${index + 1}`), line: index + 1, start: next };
    } else if (CLOSE.test(lineText)) {
      if (open === undefined) throw new UsageError(`${file}:${index + 1}: <!-- /muse --> closes no block`);
      blocks.push({ ...open, start: Math.min(open.start, offset), end: offset });
      open = undefined;
    }
    offset = next;
  });
  if (open !== undefined) throw new UsageError(`${file}:${open.line}: block not closed (no <!-- /muse --> after it)`);
  return blocks;
}

/** Replaces the body of each block with `bodies[i]`; every byte outside the bodies stays as it was. */
export function replaceBodies(text: string, blocks: readonly DocsBlock[], bodies: readonly string[]): string {
  let out = "";
  let at = 0;
  blocks.forEach((block, i) => {
    out += text.slice(at, block.start) + (bodies[i] ?? "");
    at = block.end;
  });
  return out + text.slice(at);
}

/**
 * Splits a command into words as a shell would for plain words: spaces separate, "double" and 'single'
 * quotes group, a backslash outside single quotes takes the next character as it is. No expansion of any kind.
 */
export function splitWords(command: string, where: string): string[] {
  const words: string[] = [];
  let word: string | undefined;
  let quote: '"' | "'" | undefined;
  for (let i = 0; i < command.length; i++) {
    const ch = command[i] as string;
    if (quote !== undefined) {
      if (ch === quote) quote = undefined;
      else if (ch === "\\" && quote === '"' && i + 1 < command.length) word = (word ?? "") + command[++i];
      else word = (word ?? "") + ch;
    } else if (ch === '"' || ch === "'") {
      quote = ch;
      word ??= "";
    } else if (ch === "\\" && i + 1 < command.length) {
      word = (word ?? "") + command[++i];
    } else if (/\s/.test(ch)) {
      if (word !== undefined) words.push(word);
      word = undefined;
    } else word = (word ?? "") + ch;
  }
  if (quote !== undefined) throw new UsageError(`${where}: unclosed ${quote} in the block's command`);
  if (word !== undefined) words.push(word);
  return words;
}
