import { alignColumns } from "./columns.js";
import type { Paint } from "./paint.js";
import { sanitizeTerminal } from "./sanitize.js";
import type { Cell, Section, View } from "./view.js";

/** Renders a view as aligned terminal columns; colour only through `paint`, data always sanitised. */
export function renderTable(view: View, paint: Paint): string {
  const numbers = footnoteNumbers(view);
  const blocks = view.sections.map((section) => renderSection(section, paint, numbers));
  if (view.preamble?.length) blocks.unshift(view.preamble.map(sanitizeTerminal).join("\n"));
  const tail: string[] = [];
  for (const note of view.footnotes ?? []) {
    tail.push(paint.dim(`[${numbers.get(note.id)}] ${sanitizeTerminal(note.text)}`));
  }
  for (const note of view.notes ?? []) tail.push(paint.dim(sanitizeTerminal(note)));
  if (tail.length > 0) blocks.push(tail.join("\n"));
  return `${blocks.join("\n\n")}\n`;
}

function renderSection(section: Section, paint: Paint, numbers: Map<string, number>): string {
  const head = section.columns.map((c) => paint.bold(sanitizeTerminal(c.header)));
  const rows = section.rows.map((row) => row.map((c) => styled(c, paint, numbers)));
  const aligns = section.columns.map((c) => c.align ?? "left");
  const lines: string[] = [];
  if (section.title !== undefined) lines.push(paint.bold(sanitizeTerminal(section.title)));
  lines.push(
    section.rows.length > 0
      ? alignColumns([head, ...rows], aligns)
          .map((l) => l.trimEnd())
          .join("\n")
      : paint.dim("(no rows)"),
  );
  for (const line of section.summary ?? []) lines.push(sanitizeTerminal(line));
  return lines.join("\n");
}

function styled(c: Cell, paint: Paint, numbers: Map<string, number>): string {
  const marks = (c.refs ?? []).map((r) => `[${numbers.get(r)}]`).join("");
  const text = sanitizeTerminal(c.text) + (marks === "" ? "" : ` ${marks}`);
  switch (c.style) {
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
