import { placeSources, type SourcesMode, singleReferences } from "./refs.js";
import { sanitizeTerminal } from "./sanitize.js";
import { footnoteNumbers } from "./table.js";
import type { Cell, Section, View } from "./view.js";

/**
 * Escapes text for a GFM table cell: no `|`, newline, HTML or inline markup survives from data.
 * Line breaks become `<br>` (blank lines dropped); control and bidi characters become visible `<U+XXXX>` marks.
 */
export function escapeMarkdownCell(text: string): string {
  return text
    .split(/\r\n|\r|\n/)
    .map(escapeInline)
    .filter((part) => part !== "")
    .join("<br>");
}

/** Escapes text for a one-paragraph markdown line: markup characters, HTML and pipes become literal. */
export function escapeMarkdownText(text: string): string {
  return escapeInline(text.replace(/\r\n|\r|\n/g, " "))
    .replace(/^[#+=-]/, "\\$&")
    .replace(/^(\d+)([.)])/, "$1\\$2");
}

// A URL in data becomes a CommonMark autolink `<url>`: shown exactly as written, with no backslash escapes inside
// for GFM's bare-URL links to swallow. Trailing punctuation stays outside the link, as a reader expects.
const URL_RUN = /(?:https?|ftp):\/\/[^\s<>"`\\|]*[^\s<>"`\\|.,;:!?'")*_~]/gi;

function escapeInline(text: string): string {
  const safe = sanitizeTerminal(text);
  let out = "";
  let last = 0;
  for (const url of safe.matchAll(URL_RUN)) {
    out += `${escapeLiteral(safe.slice(last, url.index))}<${url[0]}>`;
    last = url.index + url[0].length;
  }
  return (out + escapeLiteral(safe.slice(last))).trim();
}

/** Makes text literal: HTML becomes entities, markup characters are backslash-escaped, `www.` is kept from linking. */
function escapeLiteral(text: string): string {
  return text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/[\\`*_[\]|~]/g, (ch) => `\\${ch}`)
    .replace(/(www)\./gi, "$1\\.");
}

/**
 * Renders a view as GitHub-flavoured markdown for documents: one table per section, at most one reference per cell,
 * no command hints. Sources are footnotes (`[^1]`), the Source column's text, or left out (`sources`); without
 * footnotes, the other notes are cited as plain `[1]` marks listed below, which read the same in any renderer.
 */
export function renderMarkdown(input: View, sources: SourcesMode = "footnotes"): string {
  const view = singleReferences(placeSources(input, sources));
  const numbers = footnoteNumbers(view);
  const footnotes = sources === "footnotes";
  const mark = (n: number | undefined) => (footnotes ? `[^${n}]` : ` \\[${n}\\]`);
  const blocks = view.sections.map((s) => renderSection(s, numbers, mark));
  if (view.preamble?.length) blocks.unshift(view.preamble.map(escapeMarkdownText).join("\n\n"));
  const notes = (view.notes ?? []).map(escapeMarkdownText);
  if (notes.length > 0) blocks.push(notes.join("\n\n"));
  const listed = (view.footnotes ?? []).map((f) =>
    footnotes
      ? `[^${numbers.get(f.id)}]: ${escapeMarkdownText(f.text)}`
      : `- \\[${numbers.get(f.id)}\\] ${escapeInline(f.text.replace(/\r\n|\r|\n/g, " "))}`,
  );
  if (listed.length > 0) blocks.push(listed.join("\n"));
  return `${blocks.join("\n\n")}\n`;
}

function renderSection(
  section: Section,
  numbers: Map<string, number>,
  mark: (n: number | undefined) => string,
): string {
  const lines: string[] = [];
  if (section.title !== undefined) lines.push(`### ${escapeMarkdownText(section.title)}`, "");
  lines.push(`| ${section.columns.map((c) => escapeMarkdownCell(c.header)).join(" | ")} |`);
  lines.push(`| ${section.columns.map((c) => (c.align === "right" ? "---:" : "---")).join(" | ")} |`);
  for (const row of section.rows) lines.push(`| ${row.map((c) => markdownCell(c, numbers, mark)).join(" | ")} |`);
  for (const line of section.summary ?? []) lines.push("", escapeMarkdownText(line));
  return lines.join("\n");
}

function markdownCell(c: Cell, numbers: Map<string, number>, mark: (n: number | undefined) => string): string {
  const text = escapeMarkdownCell(c.text);
  const body = c.style === "bold" && text !== "" ? `**${text}**` : text;
  const ref = c.refs?.[0];
  return ref === undefined ? body : body + mark(numbers.get(ref));
}
