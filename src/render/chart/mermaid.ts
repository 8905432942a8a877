// The Mermaid chart: an `xychart-beta` block per panel, fenced for markdown (GitHub draws it), with what Mermaid
// cannot draw (claims vs measurements, whiskers) said in a line under it, and the credits.
import { escapeMarkdownText } from "../markdown.js";
import { scaleFor, tickText, unitName } from "./scale.js";
import type { ChartData, Mark, Panel } from "./types.js";

/** The mark after a claim's label: Mermaid draws one colour per series, so claims are told apart in the label. */
export const CLAIM_MARK = " †";

/** Renders a chart as markdown: one fenced `mermaid` xychart-beta block per panel, then notes and credits. */
export function renderMermaidChart(chart: ChartData): string {
  const blocks = chart.panels.map((panel) => {
    const block = panelBlock(panel);
    if (panel.kind === "bars") return block;
    // Mermaid's axis shows only the dates: the steps, with who set them, follow as a list.
    const list = panel.steps.map(
      (s, i) =>
        `${i + 1}. ${escapeMarkdownText(`${s.date}: ${s.label}, ${s.text}${s.origin === "claim" ? CLAIM_MARK : ""}`)}`,
    );
    return `${block}\n\n${list.join("\n")}`;
  });
  const marks = chart.panels.flatMap((p): Mark[] => (p.kind === "bars" ? p.bars : p.steps));
  const notes: string[] = [];
  if (marks.some((m) => m.origin === "claim")) {
    notes.push(
      "† a claim: the model maker's own figure (first-party, or press repeating it); others are third-party measurements.",
    );
  }
  if (marks.some((m) => m.low !== undefined))
    notes.push("Stated uncertainties are not drawn here; see `--format svg`.");
  const tail = [...notes, ...chart.credits].map(escapeMarkdownText);
  if (tail.length > 0) blocks.push(tail.join("\n\n"));
  return `${blocks.join("\n\n")}\n`;
}

function panelBlock(panel: Panel): string {
  const marks: Mark[] = panel.kind === "bars" ? panel.bars : panel.steps;
  const labels = panel.kind === "bars" ? panel.bars.map((b) => b.label) : panel.steps.map((s) => s.date);
  const claimed = marks.map((m, i) => `${labels[i]}${m.origin === "claim" ? CLAIM_MARK : ""}`);
  const scale = scaleFor(marks, panel.unit);
  const title = panel.subtitle === undefined ? panel.title : `${panel.title} · ${panel.subtitle}`;
  const values = marks.map((m) => tickText(m.value)).join(", ");
  const lines = [
    "```mermaid",
    panel.kind === "bars" ? "xychart-beta horizontal" : "xychart-beta",
    `    title ${quoted(title)}`,
    `    x-axis [${claimed.map(quoted).join(", ")}]`,
    `    y-axis ${quoted(`${panel.kind === "steps" ? "best " : ""}score (${unitName(panel.unit)})`)} ${tickText(scale.min)} --> ${tickText(scale.max)}`,
    `    ${panel.kind === "bars" ? "bar" : "line"} [${values}]`,
    "```",
  ];
  return lines.join("\n");
}

/** The characters a Mermaid string writes as entity codes, and their codes. */
const ENTITIES: Record<string, string> = {
  "#": "#35;",
  '"': "#quot;",
  "<": "#lt;",
  ">": "#gt;",
  "&": "#amp;",
  "`": "#96;",
  "{": "#123;",
  "}": "#125;",
};

/**
 * A Mermaid string in double quotes. Mermaid has no escape inside quotes but reads entity codes (`#quot;`), which it
 * turns into escaped text in the SVG it draws: so `#` itself, quotes, markup, `&`, backticks (a code fence), `%%` (a
 * directive or comment) and braces are written as codes, and show as written; line breaks, control and
 * bidirectional characters become spaces.
 */
export function quoted(text: string): string {
  const safe = text
    .replace(/[\u0000-\u001f\u007f-\u009f\u200b\u200e\u200f\u2028-\u202e\u2060-\u2069\ufeff]+/g, " ")
    .trim()
    .replace(/[#"<>&`{}]/g, (ch) => ENTITIES[ch] ?? ch)
    .replace(/%(?=%)|(?<=%)%/g, "#37;");
  return `"${safe}"`;
}
