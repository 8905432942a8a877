import { stripUnsafe } from "./sanitize.js";
import { footnoteNumbers } from "./table.js";
import type { Cell, Section, View } from "./view.js";

/** Escapes text for a GFM table cell: no `|`, newline, HTML or inline markup survives from data. */
export function escapeMarkdownCell(text: string): string {
  return text
    .split(/\r\n|\r|\n/)
    .map(escapeInline)
    .filter((part) => part !== "")
    .join("<br>");
}

/** Escapes text for a markdown paragraph: markup characters, HTML and pipes become literal. */
export function escapeMarkdownText(text: string): string {
  return escapeInline(text).replace(/^([#+=-]|\d+[.)])/, "\\$1");
}

function escapeInline(text: string): string {
  return stripUnsafe(text)
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/[\\`*_[\]|~]/g, (ch) => `\\${ch}`)
    .trim();
}

/** Renders a view as GitHub-flavoured markdown: one table per section, sources as footnotes. */
export function renderMarkdown(view: View): string {
  const numbers = footnoteNumbers(view);
  const blocks = view.sections.map((s) => renderSection(s, numbers));
  if (view.preamble?.length) blocks.unshift(view.preamble.map(escapeMarkdownText).join("\n\n"));
  const notes = (view.notes ?? []).map(escapeMarkdownText);
  if (notes.length > 0) blocks.push(notes.join("\n\n"));
  const footnotes = (view.footnotes ?? []).map((f) => `[^${numbers.get(f.id)}]: ${escapeMarkdownText(f.text)}`);
  if (footnotes.length > 0) blocks.push(footnotes.join("\n"));
  return `${blocks.join("\n\n")}\n`;
}

function renderSection(section: Section, numbers: Map<string, number>): string {
  const lines: string[] = [];
  if (section.title !== undefined) lines.push(`### ${escapeMarkdownText(section.title)}`, "");
  lines.push(`| ${section.columns.map((c) => escapeMarkdownCell(c.header)).join(" | ")} |`);
  lines.push(`| ${section.columns.map((c) => (c.align === "right" ? "---:" : "---")).join(" | ")} |`);
  for (const row of section.rows) lines.push(`| ${row.map((c) => markdownCell(c, numbers)).join(" | ")} |`);
  for (const line of section.summary ?? []) lines.push("", escapeMarkdownText(line));
  return lines.join("\n");
}

function markdownCell(c: Cell, numbers: Map<string, number>): string {
  const text = escapeMarkdownCell(c.text);
  const body = c.style === "bold" && text !== "" ? `**${text}**` : text;
  const refs = (c.refs ?? []).map((r) => `[^${numbers.get(r)}]`).join("");
  return body + refs;
}
