// Fitting text to a terminal's width: shortening cells with `…`, sharing width between columns, wrapping lines.
import { displayWidth } from "./columns.js";

/** The mark that ends a shortened cell or line. */
export const ELLIPSIS = "…";

/** The narrowest a shortened column gets (room for a few characters and `…`). */
const MIN_COLUMN = 6;

// Colour codes a paint adds: kept whole, and counted as no width.
const SGR = /(\u001b\[[0-9;]*m)/;

/** Shortens text to at most `width` terminal columns, ending it with `…` when anything was cut (colour codes kept). */
export function truncate(text: string, width: number): string {
  if (displayWidth(text) <= width) return text;
  if (width <= 0) return "";
  let out = "";
  let used = 0;
  let coloured = false;
  for (const part of text.split(SGR)) {
    if (SGR.test(part)) {
      out += part;
      coloured = true;
      continue;
    }
    for (const ch of part) {
      const w = displayWidth(ch);
      if (used + w > width - 1) return `${out}${ELLIPSIS}${coloured ? "\u001b[0m" : ""}`;
      out += ch;
      used += w;
    }
  }
  return out;
}

/** Columns shortened first (Config, Source, Setting, Benchmark...) keep at least this many columns in a first pass. */
const FIRST_FLOOR = 10;

/** Shrink orders below this give up width first; higher ones (the model's name) only after them. */
const LAST_TIER = 5;

/**
 * The width of each column so that the columns, `gap` apart, fit in `width`: the widest shortenable column gives
 * up one column at a time, first among the early ones (`shrink` below 5: Config, Source...) down to 10, then with
 * the late ones (the model) too; then the early ones down to a few characters, and last the model's name too.
 * A column without `shrink` keeps its width.
 */
export function fitColumns(
  natural: readonly number[],
  shrink: readonly (number | undefined)[],
  width: number,
  gap = 2,
): number[] {
  const widths = [...natural];
  let excess = widths.reduce((a, b) => a + b, 0) + gap * Math.max(0, widths.length - 1) - width;
  const passes: [number, number][] = [
    [LAST_TIER, FIRST_FLOOR],
    [Number.POSITIVE_INFINITY, FIRST_FLOOR],
    [LAST_TIER, MIN_COLUMN],
    [Number.POSITIVE_INFINITY, MIN_COLUMN],
  ];
  for (const [tier, floor] of passes) {
    while (excess > 0) {
      let widest = -1;
      widths.forEach((w, i) => {
        const order = shrink[i];
        if (order === undefined || order >= tier || w <= floor) return;
        if (widest < 0 || w > (widths[widest] as number)) widest = i;
      });
      if (widest < 0) break;
      widths[widest] = (widths[widest] as number) - 1;
      excess -= 1;
    }
  }
  return widths;
}

/** Wraps a line at spaces to lines of at most `width` columns, continuing under `indent`; long words are split. */
export function wrapLine(line: string, width: number, indent = ""): string[] {
  if (displayWidth(line) <= width) return [line];
  const lines: string[] = [];
  let current = "";
  const room = () => width - (lines.length === 0 ? 0 : displayWidth(indent));
  for (const word of line.split(" ")) {
    const candidate = current === "" ? word : `${current} ${word}`;
    if (displayWidth(candidate) <= room()) {
      current = candidate;
      continue;
    }
    if (current !== "") {
      lines.push(current);
      current = "";
    }
    let rest = word;
    while (displayWidth(rest) > room()) {
      const head = splitAt(rest, Math.max(1, room()));
      lines.push(head);
      rest = rest.slice(head.length);
    }
    current = rest;
  }
  if (current !== "") lines.push(current);
  return lines.map((l, i) => (i === 0 ? l : indent + l));
}

/** The longest start of `text` at most `width` columns wide (at least one character). */
function splitAt(text: string, width: number): string {
  let out = "";
  let used = 0;
  for (const ch of text) {
    const w = displayWidth(ch);
    if (used + w > width && out !== "") break;
    out += ch;
    used += w;
  }
  return out;
}
