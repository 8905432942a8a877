// Fitting text to a terminal's width: shortening cells with `…`, sharing width between columns, wrapping lines.
import { displayWidth } from "./columns.js";

/** The mark that ends a shortened cell or line. */
export const ELLIPSIS = "…";

/** The narrowest a shortened column gets (room for a few characters and `…`). */
const MIN_COLUMN = 4;

/** Shortens text to at most `width` terminal columns, ending it with `…` when anything was cut. */
export function truncate(text: string, width: number): string {
  if (displayWidth(text) <= width) return text;
  if (width <= 0) return "";
  let out = "";
  let used = 0;
  for (const ch of text) {
    const w = displayWidth(ch);
    if (used + w > width - 1) break;
    out += ch;
    used += w;
  }
  return out + ELLIPSIS;
}

/**
 * The width of each column so that the columns, `gap` apart, fit in `width`: columns give up width in their
 * `shrink` order (lowest first) down to a few characters; a column without one keeps its natural width.
 */
export function fitColumns(
  natural: readonly number[],
  shrink: readonly (number | undefined)[],
  width: number,
  gap = 2,
): number[] {
  const widths = [...natural];
  let excess = widths.reduce((a, b) => a + b, 0) + gap * Math.max(0, widths.length - 1) - width;
  const order = widths
    .map((_, i) => i)
    .filter((i) => shrink[i] !== undefined)
    .sort((a, b) => (shrink[a] as number) - (shrink[b] as number) || a - b);
  for (const i of order) {
    if (excess <= 0) break;
    const room = (widths[i] as number) - Math.min(MIN_COLUMN, widths[i] as number);
    const cut = Math.min(room, excess);
    widths[i] = (widths[i] as number) - cut;
    excess -= cut;
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
