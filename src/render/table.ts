import { alignColumns, displayWidth } from "./columns.js";
import { fitColumns, truncate, wrapLine } from "./fit.js";
import type { Paint } from "./paint.js";
import { singleReferences } from "./refs.js";
import { sanitizeTerminal } from "./sanitize.js";
import type { Cell, Section, View } from "./view.js";

/**
 * Renders a view as aligned terminal columns; colour only through `paint`, data always sanitised. With a `width`
 * (a terminal's), no line is wider: cells are shortened with `…` (columns in their `shrink` order) and the lines
 * around tables wrap; without one (a pipe), nothing is cut. Each cell cites at most one footnote.
 */
export function renderTable(input: View, paint: Paint, width?: number): string {
  const view = singleReferences(input);
  const numbers = footnoteNumbers(view);
  const wrap = (line: string, indent = "") => (width === undefined ? [line] : wrapLine(line, width, indent));
  const blocks = view.sections.map((section) => renderSection(section, paint, numbers, width, wrap));
  if (view.preamble?.length) blocks.unshift(view.preamble.flatMap((l) => wrap(sanitizeTerminal(l))).join("\n"));
  const tail: string[] = [];
  for (const note of view.footnotes ?? []) {
    const mark = `[${numbers.get(note.id)}] `;
    const lines = wrap(`${mark}${sanitizeTerminal(note.text)}`, " ".repeat(mark.length));
    tail.push(...lines.map((l) => paint.dim(l)));
  }
  for (const note of [...(view.notes ?? []), ...(view.hints ?? [])]) {
    tail.push(...wrap(sanitizeTerminal(note)).map((l) => paint.dim(l)));
  }
  if (tail.length > 0) blocks.push(tail.join("\n"));
  return `${blocks.join("\n\n")}\n`;
}

function renderSection(
  section: Section,
  paint: Paint,
  numbers: Map<string, number>,
  width: number | undefined,
  wrap: (line: string) => string[],
): string {
  const lines: string[] = [];
  if (section.title !== undefined) lines.push(...wrap(sanitizeTerminal(section.title)).map((l) => paint.bold(l)));
  if (section.rows.length === 0) lines.push(paint.dim("(no rows)"));
  else {
    const head = section.columns.map((c) => ({ text: sanitizeTerminal(c.header), marks: "" }));
    const body = section.rows.map((row) =>
      row.map((c) => {
        const ref = c.refs?.[0];
        return { text: sanitizeTerminal(c.text), marks: ref === undefined ? "" : ` [${numbers.get(ref)}]` };
      }),
    );
    const plainRows = [head, ...body];
    const count = Math.max(section.columns.length, ...plainRows.map((r) => r.length));
    const natural = Array.from({ length: count }, (_, i) =>
      Math.max(1, ...plainRows.map((r) => (r[i] ? displayWidth(r[i].text + r[i].marks) : 0))),
    );
    const widths =
      width === undefined
        ? natural
        : fitColumns(
            natural,
            Array.from({ length: count }, (_, i) => section.columns[i]?.shrink),
            width,
          );
    const shown = (p: { text: string; marks: string } | undefined, i: number) =>
      p === undefined ? "" : truncate(p.text, (widths[i] as number) - displayWidth(p.marks)) + p.marks;
    const headCells = head.map((p, i) => paint.bold(shown(p, i)));
    const bodyCells = body.map((row, r) => row.map((p, i) => styled(shown(p, i), section.rows[r]?.[i], paint)));
    const aligns = section.columns.map((c) => c.align ?? "left");
    for (const line of alignColumns([headCells, ...bodyCells], aligns)) {
      const trimmed = line.trimEnd();
      lines.push(width === undefined || displayWidth(trimmed) <= width ? trimmed : truncate(trimmed, width));
    }
  }
  for (const line of section.summary ?? []) lines.push(...wrap(sanitizeTerminal(line)));
  return lines.join("\n");
}

function styled(text: string, c: Cell | undefined, paint: Paint): string {
  switch (c?.style) {
    case "bold":
      return paint.bold(text);
    case "dim":
      return paint.dim(text);
    case "good":
      return paint.green(text);
    case "bad":
      return paint.red(text);
    case "warn":
      return paint.yellow(text);
    default:
      return text;
  }
}

/** Numbers footnotes 1..n in the order the view lists them. */
export function footnoteNumbers(view: View): Map<string, number> {
  return new Map((view.footnotes ?? []).map((f, i) => [f.id, i + 1]));
}
