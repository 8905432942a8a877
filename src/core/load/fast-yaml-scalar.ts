// Scalars for the fast YAML reader: plain scalars resolved exactly as the `yaml` package's YAML 1.2 core
// schema does (same tests, same order, same conversions), and one-line quoted scalars.

/** Thrown inside the fast reader when the text leaves the subset it reads; the caller falls back to `yaml`. */
export class OutsideSubset extends Error {
  override name = "OutsideSubset";
}

/** Gives up on the fast path. */
export function bail(): never {
  throw new OutsideSubset();
}

// The core schema's tests, copied from yaml 2 (schema/common/null.js, core/bool.js, core/int.js, core/float.js).
const NULL = /^(?:~|[Nn]ull|NULL)?$/;
const BOOL = /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/;
const INT_OCT = /^0o[0-7]+$/;
const INT = /^[-+]?[0-9]+$/;
const INT_HEX = /^0x[0-9a-fA-F]+$/;
const FLOAT_NAN = /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/;
const FLOAT_EXP = /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/;
const FLOAT = /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/;
const MAYBE_SPECIAL = /^[-+.0-9~nNtTfF]/;

/** Resolves a plain scalar's text to null, boolean, number or string, as yaml's core schema does. */
export function resolvePlain(text: string): unknown {
  if (text === "") return null;
  if (!MAYBE_SPECIAL.test(text)) return text;
  if (NULL.test(text)) return null;
  if (BOOL.test(text)) return text[0] === "t" || text[0] === "T";
  if (INT_OCT.test(text)) return Number.parseInt(text.substring(2), 8);
  if (INT.test(text)) return Number.parseInt(text, 10);
  if (INT_HEX.test(text)) return Number.parseInt(text.substring(2), 16);
  if (FLOAT_NAN.test(text)) {
    if (text.slice(-3).toLowerCase() === "nan") return Number.NaN;
    return text[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY;
  }
  if (FLOAT_EXP.test(text) || FLOAT.test(text)) return Number.parseFloat(text);
  return text;
}

const JSON_ESCAPES = new Set(['"', "\\", "/", "b", "f", "n", "r", "t"]);

/** Reads a one-line double-quoted scalar starting at `start` (the quote); JSON's escapes only. */
export function readDoubleQuoted(line: string, start: number): { value: string; end: number } {
  let p = start + 1;
  for (;;) {
    const ch = line[p];
    if (ch === undefined) bail(); // runs on to the next line
    if (ch === '"') break;
    if (ch === "\\") {
      const esc = line[p + 1];
      if (esc === "u") {
        if (!/^[0-9a-fA-F]{4}$/.test(line.slice(p + 2, p + 6))) bail();
        p += 6;
        continue;
      }
      if (esc === undefined || !JSON_ESCAPES.has(esc)) bail();
      p += 2;
      continue;
    }
    p++;
  }
  let value: string;
  try {
    value = JSON.parse(line.slice(start, p + 1)) as string;
  } catch {
    bail();
  }
  return { value, end: p + 1 };
}

/** Reads a one-line single-quoted scalar starting at `start` (the quote); `''` is a quote. */
export function readSingleQuoted(line: string, start: number): { value: string; end: number } {
  let p = start + 1;
  for (;;) {
    const q = line.indexOf("'", p);
    if (q < 0) bail();
    if (line[q + 1] === "'") {
      p = q + 2;
      continue;
    }
    return { value: line.slice(start + 1, q).replaceAll("''", "'"), end: q + 1 };
  }
}

/** Characters that may not start a plain scalar in the subset (YAML indicators, and ones we do not read). */
const NOT_PLAIN_START = new Set([
  ",",
  "[",
  "]",
  "{",
  "}",
  "#",
  "&",
  "*",
  "!",
  "|",
  ">",
  "'",
  '"',
  "%",
  "@",
  "`",
  "?",
  ":",
]);

/** Whether a plain scalar may start at `line[p]` (a `-` only when a number or `.inf` follows). */
export function canStartPlain(line: string, p: number): boolean {
  const ch = line[p];
  if (ch === undefined || ch === " " || NOT_PLAIN_START.has(ch)) return false;
  if (ch === "-") return /[0-9.]/.test(line[p + 1] ?? "");
  return true;
}
