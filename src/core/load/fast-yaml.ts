// A fast reader for the plain subset of YAML that registry files are written in: block mappings and
// sequences, one-line flow collections, plain and one-line quoted scalars, folded and literal block
// scalars, comments. Anything else (anchors, tags, multi-line plain or quoted scalars, tabs, several
// documents, odd indentation...) makes it give up, and the caller parses the file with `yaml` instead.
// Where it does not give up, it returns what `yaml` would: tests compare the two on real and random text.

import { indentOf, isSeqItem, isSkippable, restIsEmpty, skipSpaces } from "./fast-yaml-lines.js";
import {
  bail,
  canStartPlain,
  OutsideSubset,
  readDoubleQuoted,
  readSingleQuoted,
  resolvePlain,
} from "./fast-yaml-scalar.js";
import { MAX_VALUES_PER_FILE } from "./limits.js";
import type { Position } from "./positions.js";

/** The value of a document, with where each collection starts and how each `value:` scalar was written. */
export interface FastDocument {
  value: Record<string, unknown>;
  /** Where a mapping or sequence starts (its first key or item, or its `{` / `[`). */
  placeOf: Map<object, Position>;
  /** The source text of a mapping's plain `value:` scalar, e.g. `80.0`. */
  valueTextOf: Map<object, string>;
}

// Tabs, carriage returns and characters YAML does not allow (or treats specially) are left to `yaml`.
const UNREAD = /[\t\r\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u2028\u2029\ufeff\ufffe\uffff]/;
const KEY = /([a-z][a-z0-9_]*):(?: +|$)/y;
const FLOW_KEY = /[a-z][a-z0-9_]*: +/y;
const RESERVED_KEYS = new Set(["null", "true", "false"]);
const BLOCK_HEADER = /^([>|])(-?)(?: +#.*)?$/;
/** Deeper nesting than a registry file has (six levels) is left to `yaml`, which reports it. */
const FAST_READER_MAX_NESTING = 12;

/** Reads `text` if it stays inside the subset; `undefined` means "use the full YAML parser". */
export function readFastYaml(text: string): FastDocument | undefined {
  if (UNREAD.test(text)) return undefined;
  try {
    return new Reader(text).document();
  } catch (error) {
    if (error instanceof OutsideSubset || error instanceof RangeError) return undefined;
    throw error;
  }
}

class Reader {
  private readonly lines: string[];
  private i = 0;
  private readonly placeOf = new Map<object, Position>();
  private readonly valueTextOf = new Map<object, string>();
  private depth = 0;
  /** Values read (keys, scalars, flow collections: what yaml-budget.ts counts); past the limit, `yaml` reports it. */
  private values = 0;
  /** Where the last inline node ended, and its text when it was a plain scalar (fields, not objects: speed). */
  private end = 0;
  private plain: string | undefined;

  constructor(text: string) {
    this.lines = text.split("\n");
  }

  document(): FastDocument {
    if (!this.skipToContent()) bail(); // empty or comments only: cheap for `yaml`, and its rules differ
    const first = this.lines[this.i] as string;
    if (indentOf(first) !== 0 || isSeqItem(first, 0)) bail();
    const value = this.blockMap(0);
    if (this.skipToContent()) bail(); // something the mapping did not take
    return { value, placeOf: this.placeOf, valueTextOf: this.valueTextOf };
  }

  /** Moves to the next line with content; false at the end of the text. */
  private skipToContent(): boolean {
    while (this.i < this.lines.length && isSkippable(this.lines[this.i] as string)) this.i++;
    return this.i < this.lines.length;
  }

  /** Records where a collection starts. */
  private place(node: object, lineIndex: number, col: number): void {
    this.placeOf.set(node, { line: lineIndex + 1, col: col + 1 });
  }

  /** Enters one nesting level, refusing nesting deeper than a registry file needs; `leave` goes back. */
  private enter(): void {
    if (++this.depth > FAST_READER_MAX_NESTING) bail();
  }

  /** Counts one value, giving up past MAX_VALUES_PER_FILE so that the full reader refuses the file. */
  private count(): void {
    if (++this.values > MAX_VALUES_PER_FILE) bail();
  }

  private leave<T>(value: T): T {
    this.depth--;
    return value;
  }

  /** A block mapping whose keys sit at column `indent`; its first key is at the current line. */
  private blockMap(indent: number): Record<string, unknown> {
    const map: Record<string, unknown> = {};
    this.place(map, this.i, indent);
    for (;;) {
      const line = this.lines[this.i] as string;
      KEY.lastIndex = indent;
      const match = KEY.exec(line);
      if (match === null) bail();
      const key = match[1] as string;
      if (RESERVED_KEYS.has(key) || Object.hasOwn(map, key)) bail();
      this.count();
      map[key] = this.valueAfterKey(map, key, indent, indent + match[0].length);
      if (!this.skipToContent()) return map;
      const next = this.lines[this.i] as string;
      const at = indentOf(next);
      if (at < indent) return map;
      if (at > indent || isSeqItem(next, at)) bail();
    }
  }

  /** The value of `key`, written from column `col` of the current line or on the lines below. */
  private valueAfterKey(map: object, key: string, indent: number, col: number): unknown {
    const line = this.lines[this.i] as string;
    const lineIndex = this.i;
    if (restIsEmpty(line, col) && (col === line.length || line[col] === "#" || line[col - 1] === " ")) {
      this.i++;
      const next = this.skipToContent() ? (this.lines[this.i] as string) : undefined;
      const at = next === undefined ? -1 : indentOf(next);
      if (next !== undefined && at > indent) {
        this.enter();
        return this.leave(isSeqItem(next, at) ? this.blockSeq(at) : this.blockMap(at));
      }
      if (next !== undefined && at === indent && isSeqItem(next, at)) {
        this.enter();
        return this.leave(this.blockSeq(at));
      }
      if (key === "value") this.valueTextOf.set(map, ""); // an empty plain scalar: null
      return null;
    }
    const ch = line[col];
    if (ch === ">" || ch === "|") {
      this.count();
      return this.blockScalar(indent, line.slice(col));
    }
    const value = this.inlineNode(line, col, lineIndex, false);
    if (!restIsEmpty(line, this.end)) bail();
    if (key === "value" && this.plain !== undefined) this.valueTextOf.set(map, this.plain);
    this.i++;
    return value;
  }

  /** A block sequence whose `-` sit at column `indent`, starting at the current line. */
  private blockSeq(indent: number): unknown[] {
    const seq: unknown[] = [];
    this.place(seq, this.i, indent);
    for (;;) {
      const line = this.lines[this.i] as string;
      let col = indent + 1;
      while (line.charCodeAt(col) === 32) col++;
      if (col === line.length || line[col] === "#" || isSeqItem(line, col)) bail();
      KEY.lastIndex = col;
      if (KEY.test(line)) {
        this.enter();
        seq.push(this.leave(this.blockMap(col)));
      } else {
        if (line[col] === ">" || line[col] === "|") bail();
        const value = this.inlineNode(line, col, this.i, false);
        if (!restIsEmpty(line, this.end)) bail();
        seq.push(value);
        this.i++;
      }
      if (!this.skipToContent()) return seq;
      const next = this.lines[this.i] as string;
      const at = indentOf(next);
      if (at < indent || (at === indent && !isSeqItem(next, at))) return seq;
      if (at > indent) bail();
    }
  }

  /** A flow collection or scalar on one line, from column `p`; sets `end`, and `plain` for a plain scalar. */
  private inlineNode(line: string, p: number, lineIndex: number, inFlow: boolean): unknown {
    const ch = line[p];
    this.plain = undefined;
    this.count();
    if (ch === "{" || ch === "[") {
      this.enter();
      return this.leave(ch === "{" ? this.flowMap(line, p, lineIndex) : this.flowSeq(line, p, lineIndex));
    }
    if (ch === '"' || ch === "'") {
      const quoted = ch === '"' ? readDoubleQuoted(line, p) : readSingleQuoted(line, p);
      this.end = quoted.end;
      return quoted.value;
    }
    if (!canStartPlain(line, p)) bail();
    let end = p;
    if (inFlow) {
      while (end < line.length && !",[]{}:#".includes(line[end] as string)) end++;
      if (line[end] === ":" || line[end] === "#") bail();
    } else {
      const comment = line.indexOf(" #", p);
      end = comment < 0 ? line.length : comment;
    }
    const text = line.slice(p, end).trimEnd();
    if (text.includes(": ") || text.endsWith(":")) bail();
    this.end = end;
    this.plain = text;
    return resolvePlain(text);
  }

  private flowMap(line: string, start: number, lineIndex: number): Record<string, unknown> {
    const map: Record<string, unknown> = {};
    this.place(map, lineIndex, start);
    let p = skipSpaces(line, start + 1);
    if (line[p] === "}") return this.closed(map, p);
    for (;;) {
      FLOW_KEY.lastIndex = p;
      const match = FLOW_KEY.exec(line);
      if (match === null) bail();
      const key = match[0].slice(0, match[0].indexOf(":"));
      if (RESERVED_KEYS.has(key) || Object.hasOwn(map, key)) bail();
      this.count();
      map[key] = this.inlineNode(line, p + match[0].length, lineIndex, true);
      if (key === "value" && this.plain !== undefined) this.valueTextOf.set(map, this.plain);
      p = skipSpaces(line, this.end);
      if (line[p] === "}") return this.closed(map, p);
      if (line[p] !== ",") bail();
      p = skipSpaces(line, p + 1);
    }
  }

  private flowSeq(line: string, start: number, lineIndex: number): unknown[] {
    const seq: unknown[] = [];
    this.place(seq, lineIndex, start);
    let p = skipSpaces(line, start + 1);
    if (line[p] === "]") return this.closed(seq, p);
    for (;;) {
      seq.push(this.inlineNode(line, p, lineIndex, true));
      p = skipSpaces(line, this.end);
      if (line[p] === "]") return this.closed(seq, p);
      if (line[p] !== ",") bail();
      p = skipSpaces(line, p + 1);
    }
  }

  /** Ends a flow collection whose closing bracket is at `p`. */
  private closed<T>(collection: T, p: number): T {
    this.end = p + 1;
    this.plain = undefined;
    return collection;
  }

  /** A `>`, `>-`, `|` or `|-` block scalar whose lines are all indented alike, with no blank lines inside. */
  private blockScalar(parentIndent: number, header: string): string {
    const match = BLOCK_HEADER.exec(header);
    if (match === null) bail();
    const parts: string[] = [];
    let contentIndent = -1;
    let k = this.i + 1;
    for (; k < this.lines.length; k++) {
      const line = this.lines[k] as string;
      if (line === "") {
        parts.push(line);
        continue;
      }
      const at = indentOf(line);
      if (contentIndent < 0) {
        if (at <= parentIndent || at === line.length) bail();
        contentIndent = at;
      }
      if (at < contentIndent) break;
      if (at > contentIndent || line.endsWith(" ")) bail();
      parts.push(line.slice(contentIndent));
    }
    while (parts.at(-1) === "") parts.pop();
    if (parts.length === 0 || parts.includes("")) bail();
    this.i = k;
    const body = match[1] === ">" ? parts.join(" ") : parts.join("\n");
    return match[2] === "-" ? body : `${body}\n`;
  }
}
