// The terminal chart: horizontal bars fitted to the width, each value labelled, whiskers where a source states
// an uncertainty, the baseline marked, claims and measurements told apart by colour (or by character without it).
import { displayWidth } from "../columns.js";
import { plain } from "../paint.js";
import { sanitizeTerminal } from "../sanitize.js";
import { position, type Scale, scaleFor, tickText, unitName } from "./scale.js";
import { fitWidth, legend, originStyle, type TerminalCanvas } from "./terminal-marks.js";
import { renderStepPanel } from "./terminal-steps.js";
import type { BarPanel, ChartData } from "./types.js";

/** The narrowest bar area drawn, whatever the terminal's width. */
const MIN_BARS = 10;
const EIGHTHS = ["", "▏", "▎", "▍", "▌", "▋", "▊", "▉"];

export type { TerminalCanvas };

/** Renders a chart for a terminal: each panel, then a legend and the credits. */
export function renderTerminalChart(chart: ChartData, canvas: TerminalCanvas): string {
  const blocks = chart.panels.map((panel) =>
    panel.kind === "bars" ? renderBarPanel(panel, canvas) : renderStepPanel(panel, canvas),
  );
  if (chart.panels.length === 0) blocks.push(canvas.paint.dim("(nothing to chart)"));
  const credits = chart.credits.map((line) => canvas.paint.dim(sanitizeTerminal(line)));
  if (credits.length > 0) blocks.push(credits.join("\n"));
  return `${blocks.join("\n\n")}\n`;
}

function renderBarPanel(panel: BarPanel, { paint, width }: TerminalCanvas): string {
  const lines = [paint.bold(sanitizeTerminal(panel.title))];
  if (panel.subtitle !== undefined) lines.push(paint.dim(sanitizeTerminal(panel.subtitle)));
  const labels = panel.bars.map((b) => sanitizeTerminal(b.label));
  const texts = panel.bars.map((b) => sanitizeTerminal(b.text) + (b.baseline ? " (base)" : ""));
  const labelWidth = Math.min(Math.max(1, ...labels.map(displayWidth)), Math.max(8, Math.floor(width * 0.35)));
  const textWidth = Math.max(0, ...texts.map(displayWidth));
  const cells = Math.max(MIN_BARS, width - labelWidth - textWidth - 3);
  const scale = scaleFor(panel.bars, panel.unit);
  const base = panel.bars.find((b) => b.baseline);
  const baseCell =
    base === undefined ? undefined : Math.min(cells - 1, Math.round(position(scale, base.value) * cells));
  panel.bars.forEach((bar, i) => {
    const style = originStyle(bar.origin, paint);
    const row = barCells(scale, bar, cells, style.fill, paint !== plain || bar.origin === "measurement");
    const same = (text: string) => text;
    const drawn = paintRuns(
      row.map((ch, c) => (ch === " " && c === baseCell ? "┆" : ch)),
      (ch) => (ch === "┆" ? paint.dim : ch === " " || ch === "├" || ch === "─" || ch === "┤" ? same : style.colour),
    );
    const label = fitWidth(labels[i] as string, labelWidth);
    const shown = bar.baseline ? paint.bold(label) : label;
    lines.push(`${shown}${" ".repeat(labelWidth - displayWidth(label))} │${drawn} ${texts[i]}`.trimEnd());
  });
  lines.push(...axisLines(scale, cells, labelWidth, unitName(panel.unit)));
  const origins = new Set(panel.bars.map((b) => b.origin));
  const extras: string[] = [];
  if (panel.bars.some((b) => b.low !== undefined)) extras.push("├─┤ stated uncertainty");
  if (base !== undefined) extras.push(`┆ baseline: ${sanitizeTerminal(base.label)}`);
  lines.push(legend(origins, extras, paint, width));
  return lines.join("\n");
}

/** Joins cells, painting each run of cells that share a painter once (not one escape sequence per cell). */
export function paintRuns(cells: readonly string[], painter: (ch: string) => (text: string) => string): string {
  let out = "";
  let run = "";
  let current: ((text: string) => string) | undefined;
  for (const ch of cells) {
    const p = painter(ch);
    if (p !== current && run !== "") {
      out += (current as (text: string) => string)(run);
      run = "";
    }
    current = p;
    run += ch;
  }
  return run === "" ? out : out + (current as (text: string) => string)(run);
}

/** The cells of one bar: filled to its value (in eighths where allowed), then its whisker. */
function barCells(scale: Scale, bar: BarPanel["bars"][number], cells: number, fill: string, eighths: boolean) {
  const row: string[] = new Array(cells).fill(" ");
  if (scale.min < 0) {
    // An axis through zero: the bar runs from zero to its value, either way, in whole cells.
    const [a, b] = [position(scale, 0), position(scale, bar.value)].map((p) => Math.round(p * cells)) as [
      number,
      number,
    ];
    for (let c = Math.min(a, b); c < Math.max(a, b); c++) row[c] = fill;
    return row;
  }
  const exact = position(scale, bar.value) * cells;
  const whole = eighths ? Math.floor(exact) : Math.round(exact);
  for (let c = 0; c < whole; c++) row[c] = fill;
  const part = eighths ? EIGHTHS[Math.floor((exact - whole) * 8)] : "";
  if (part && whole < cells) row[whole] = part;
  const end = part ? whole + 1 : whole;
  if (bar.low !== undefined && bar.high !== undefined) {
    const lo = Math.min(cells - 1, Math.round(position(scale, bar.low) * cells));
    const hi = Math.min(cells - 1, Math.max(lo, Math.round(position(scale, bar.high) * cells) - 1));
    for (let c = Math.max(lo, end); c < hi; c++) row[c] = "─";
    row[lo] = "├";
    if (hi > lo) row[hi] = "┤";
  }
  return row;
}

/** The axis under the bars: a rule with ticks, then the tick values and the unit. */
function axisLines(scale: Scale, cells: number, indent: number, unit: string): string[] {
  const rule: string[] = new Array(cells).fill("─");
  const labels: string[] = new Array(cells + 12).fill(" ");
  let free = 0;
  for (const tick of scale.ticks) {
    const c = Math.min(cells - 1, Math.round(position(scale, tick) * cells));
    rule[c] = "┬";
    const text = tickText(tick);
    const start = Math.max(free, c - Math.floor(text.length / 2));
    if (start + text.length > cells + 1) continue;
    [...text].forEach((ch, k) => {
      labels[start + k] = ch;
    });
    free = start + text.length + 1;
  }
  const pad = " ".repeat(indent);
  return [`${pad} └${rule.join("")}`, `${pad}  ${labels.join("").trimEnd()} ${unit}`.trimEnd()];
}
