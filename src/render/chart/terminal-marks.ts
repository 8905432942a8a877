// What the terminal charts share: the canvas, how claims and measurements are told apart, the legend, and cutting text.
import { displayWidth } from "../columns.js";
import { type Paint, plain } from "../paint.js";
import type { Origin } from "./types.js";

/** What a terminal chart draws with: the paint, whether it colours at all, and the width to fit. */
export interface TerminalCanvas {
  paint: Paint;
  width: number;
}

/** The character a bar of an origin is drawn with, and its colour: without colour, claims are shaded. */
export function originStyle(origin: Origin, paint: Paint): { fill: string; colour: (text: string) => string } {
  const coloured = paint !== plain;
  if (origin === "claim") return { fill: coloured ? "█" : "▒", colour: paint.yellow };
  return { fill: "█", colour: paint.green };
}

/** The legend line: the two origins, and the whisker and baseline marks where the panel has them. */
export function legend(
  origins: ReadonlySet<Origin>,
  extras: readonly string[],
  paint: Paint,
  width: number,
  symbol: (origin: Origin) => string = (origin) => originStyle(origin, paint).fill,
): string {
  const parts: string[] = [];
  const mark = (origin: Origin) => originStyle(origin, paint).colour(symbol(origin));
  if (origins.has("measurement")) parts.push(`${mark("measurement")} measurement (third-party)`);
  if (origins.has("claim")) parts.push(`${mark("claim")} claim (first-party, or press repeating it)`);
  return wrapItems([...parts, ...extras], width)
    .map((line) => paint.dim(line))
    .join("\n");
}

/** Cuts text to a display width, ending in `…` when cut. */
export function fitWidth(text: string, width: number): string {
  if (displayWidth(text) <= width) return text;
  let out = "";
  for (const ch of text) {
    if (displayWidth(`${out}${ch}…`) > width) break;
    out += ch;
  }
  return `${out}…`;
}

/** Puts items on lines three spaces apart, a new line where the next item would pass the width. */
function wrapItems(items: readonly string[], width: number): string[] {
  const lines: string[] = [];
  let line = "";
  for (const item of items) {
    const next = line === "" ? item : `${line}   ${item}`;
    if (line !== "" && displayWidth(next) > width) {
      lines.push(line);
      line = item;
    } else line = next;
  }
  if (line !== "") lines.push(line);
  return lines;
}
