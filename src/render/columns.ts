// Aligned text columns drawn by cli-table3 (blank borders, no padding, compact rows): every table a terminal shows
// by default (20 rows and the baseline's). cli-table3 spends ~0.17 ms a row on per-cell work (spans, options,
// widths measured again per line), and checks every cell against every earlier one for spans (over a second for
// 5,000 rows), so a longer section (a piped ranking of 120 rows: 20 ms of a 110 ms run) is laid out directly:
// the same layout in one pass, checked equal to cli-table3's by test/columns.test.ts.
import Table from "cli-table3";
import { textWidth } from "./text-width.js";

/** How one column's cells are aligned. */
export type Align = "left" | "right";

// The colour codes a Paint adds (cli-table3 strips the same pattern before measuring).
const SGR = /\u001b\[(?:\d*;){0,5}\d*m/g;
/** The number of terminal columns a cell's text takes: colour codes none, wide characters and emoji two. */
export function displayWidth(text: string): number {
  return textWidth(text.includes("\u001b") ? text.replace(SGR, "") : text);
}

const BLANK_BORDERS = {
  top: "",
  "top-mid": "",
  "top-left": "",
  "top-right": "",
  bottom: "",
  "bottom-mid": "",
  "bottom-left": "",
  "bottom-right": "",
  left: "",
  "left-mid": "",
  mid: "",
  "mid-mid": "",
  right: "",
  "right-mid": "",
  middle: "  ",
};

/** Sections longer than this (header included) skip cli-table3's per-cell work for the same layout done directly. */
export const DIRECT_LAYOUT_ROWS = 50;

/**
 * Lays out rows of one-line cells (the first row is the header): columns two spaces apart, each as wide
 * as its widest cell (at least one), padded on the right, or on the left when aligned right. cli-table3
 * draws up to DIRECT_LAYOUT_ROWS rows; longer sections get the same layout computed directly.
 */
export function alignColumns(rows: readonly (readonly string[])[], aligns: readonly Align[]): string[] {
  return rows.length > DIRECT_LAYOUT_ROWS ? layoutColumnsDirectly(rows, aligns) : drawWithCliTable3(rows, aligns);
}

function drawWithCliTable3(rows: readonly (readonly string[])[], aligns: readonly Align[]): string[] {
  let count = aligns.length;
  for (const row of rows) count = Math.max(count, row.length);
  const widths: number[] = new Array(count).fill(1);
  const full = rows.map((row) =>
    Array.from({ length: count }, (_, i) => {
      const text = row[i] ?? "";
      widths[i] = Math.max(widths[i] as number, displayWidth(text));
      return text;
    }),
  );
  const table = new Table({
    chars: BLANK_BORDERS,
    style: { head: [], border: [], "padding-left": 0, "padding-right": 0, compact: true },
    colWidths: widths,
    colAligns: Array.from({ length: count }, (_, i) => aligns[i] ?? "left"),
    wordWrap: false,
  });
  table.push(...full);
  return table.toString().split("\n");
}

/** The layout cli-table3 draws, computed directly in one pass (test/columns.test.ts checks they agree). */
export function layoutColumnsDirectly(rows: readonly (readonly string[])[], aligns: readonly Align[]): string[] {
  let count = aligns.length;
  for (const row of rows) count = Math.max(count, row.length);
  const widths: number[] = new Array(count).fill(1);
  const measured = rows.map((row) =>
    Array.from({ length: count }, (_, i) => {
      const width = displayWidth(row[i] ?? "");
      if (width > (widths[i] as number)) widths[i] = width;
      return width;
    }),
  );
  return rows.map((row, r) => {
    const cells: string[] = [];
    for (let i = 0; i < count; i++) {
      const text = row[i] ?? "";
      const gap = " ".repeat((widths[i] as number) - (measured[r]?.[i] as number));
      cells.push(aligns[i] === "right" ? gap + text : text + gap);
    }
    return cells.join("  ");
  });
}
