import { stringify } from "yaml";

const SAFE_FLOW_WORD = /^[A-Za-z0-9][A-Za-z0-9._+-]*$/;

/** A string as one line of YAML in block context: plain where YAML reads it back as the same string, else quoted. */
export function blockScalar(value: string): string {
  const text = stringify(value, { lineWidth: 0, minContentWidth: 0 }).replace(/\n$/, "");
  // stringify picks a block scalar (`|-`) for multi-line text; one line of double-quoted JSON is valid YAML too
  return text.includes("\n") ? JSON.stringify(value) : text;
}

/** A string as YAML inside a flow collection (`{ ... }`), where `,`, `{`, `}`, `[`, `]` would end a plain word. */
export function flowScalar(value: string): string {
  const plain = blockScalar(value);
  return SAFE_FLOW_WORD.test(value) && plain === value ? value : JSON.stringify(value);
}

/** The 0-based column of an offset in a text. */
export function columnOf(text: string, offset: number): number {
  return offset - (text.lastIndexOf("\n", offset - 1) + 1);
}

/** The offset just past the end of the line that holds `offset` (its newline included); the text's end if none. */
export function lineEndAfter(text: string, offset: number): number {
  if (offset > 0 && text[offset - 1] === "\n") return offset;
  const newline = text.indexOf("\n", offset);
  return newline === -1 ? text.length : newline + 1;
}

/** The line ending a text uses: `\r\n` when its first line ends so, else `\n`. */
export function eolOf(text: string): string {
  const newline = text.indexOf("\n");
  return newline > 0 && text[newline - 1] === "\r" ? "\r\n" : "\n";
}

/** Inserts whole lines at a line start; at the end of a text without a final line break, keeps it without one. */
export function insertLines(text: string, offset: number, lines: readonly string[], eol: string): string {
  const before = text.slice(0, offset);
  if (before.length > 0 && !before.endsWith("\n")) return `${before}${eol}${lines.join(eol)}${text.slice(offset)}`;
  return `${before}${lines.map((l) => `${l}${eol}`).join("")}${text.slice(offset)}`;
}
