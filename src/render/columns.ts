// Aligned text columns in linear time. The layout is cli-table3's with blank borders, no padding and compact
// rows (which is what the table renderer used before, and what test/columns.test.ts compares against); cli-table3
// itself checks every cell against every earlier one for spans, which took over a second for 5,000 rows.
import stringWidth from "string-width";

/** How one column's cells are aligned. */
export type Align = "left" | "right";

// The colour codes a Paint adds (cli-table3 strips the same pattern before measuring).
const SGR = /\u001b\[(?:\d*;){0,5}\d*m/g;
// Characters string-width counts as one column each: printable ASCII and Latin to Georgian (no controls, no
// combining marks U+0300-036F, nothing wide, no emoji). Text made only of them needs no measuring.
const NARROW = /^[\x20-\x7e\xa0-\u02ff\u0370-\u10ff]*$/;

/** The number of terminal columns a cell's text takes: colour codes none, wide characters and emoji two. */
export function displayWidth(text: string): number {
  if (NARROW.test(text)) return text.length;
  return stringWidth(text.replace(SGR, ""));
}

/**
 * Lays out rows of one-line cells (the first row is the header) as lines of columns two spaces apart, each
 * column as wide as its widest cell (at least one), cells padded on the right, or on the left when aligned
 * right. Lines keep their trailing spaces; a short row gets empty cells.
 */
export function alignColumns(rows: readonly (readonly string[])[], aligns: readonly Align[]): string[] {
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
