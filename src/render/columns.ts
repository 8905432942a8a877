// Aligned text columns drawn by cli-table3 (blank borders, no padding, compact rows). cli-table3 checks every
// cell against every earlier one for spans (over a second for 5,000 rows in one table), so the rows are measured
// once and drawn in small tables of the same fixed widths, which line up exactly as one table would.
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

/** Rows per cli-table3 table: its span check compares every cell with every earlier one, so tables stay small. */
const CHUNK_ROWS = 50;

/** Sections longer than this skip cli-table3's per-cell work for the same layout done directly (tested equal). */
const DIRECT_LAYOUT_ROWS = 500;

/**
 * Lays out rows of one-line cells (the first row is the header): columns two spaces apart, each as wide
 * as its widest cell (at least one), padded on the right, or on the left when aligned right. cli-table3
 * draws them, in chunks of fixed widths measured once over all rows; a section of thousands of rows
 * (an imported registry) gets the same layout computed directly, since cli-table3 spends ~0.4 ms a row.
 */
export function alignColumns(rows: readonly (readonly string[])[], aligns: readonly Align[]): string[] {
  return rows.length > DIRECT_LAYOUT_ROWS ? layoutLinear(rows, aligns) : drawWithCliTable3(rows, aligns);
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
  const colAligns = Array.from({ length: count }, (_, i) => aligns[i] ?? "left");
  const lines: string[] = [];
  for (let start = 0; start < full.length; start += CHUNK_ROWS) {
    const table = new Table({
      chars: BLANK_BORDERS,
      style: { head: [], border: [], "padding-left": 0, "padding-right": 0, compact: true },
      colWidths: widths,
      colAligns,
      wordWrap: false,
    });
    table.push(...full.slice(start, start + CHUNK_ROWS));
    lines.push(...table.toString().split("\n"));
  }
  return lines;
}

/** The layout cli-table3 draws, computed directly in one pass (test/columns.test.ts checks they agree). */
function layoutLinear(rows: readonly (readonly string[])[], aligns: readonly Align[]): string[] {
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
