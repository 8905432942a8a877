// The terminal step line: the best value so far over time, drawn on a character grid, with its steps listed.
import { displayWidth } from "../columns.js";
import { plain } from "../paint.js";
import { sanitizeTerminal } from "../sanitize.js";
import { dayOf } from "./dates.js";
import { position, scaleFor, tickText, unitName } from "./scale.js";
import { fitWidth, legend, originStyle, type TerminalCanvas } from "./terminal-marks.js";
import type { Origin, StepPanel } from "./types.js";

const HEIGHT = 10;

/** Draws a step panel: a grid with the line stepping at each date (a dot per step), the axes, then the steps. */
export function renderStepPanel(panel: StepPanel, { paint, width }: TerminalCanvas): string {
  const lines = [paint.bold(sanitizeTerminal(panel.title))];
  if (panel.subtitle !== undefined) lines.push(paint.dim(sanitizeTerminal(panel.subtitle)));
  if (panel.steps.length === 0) return [...lines, paint.dim("(no dated scores)")].join("\n");
  const scale = scaleFor(panel.steps, panel.unit, 4);
  const axisWidth = Math.max(...scale.ticks.map((t) => tickText(t).length));
  const cells = Math.max(20, width - axisWidth - 3);
  const days = panel.steps.map((s) => dayOf(s.date));
  const first = days[0] as number;
  const span = Math.max(1, (days.at(-1) as number) - first);
  const col = (day: number) => Math.min(cells - 1, Math.round(((day - first) / span) * (cells - 1)));
  const row = (value: number) => HEIGHT - 1 - Math.round(position(scale, value) * (HEIGHT - 1));
  const grid: string[][] = Array.from({ length: HEIGHT }, () => new Array(cells).fill(" "));
  panel.steps.forEach((step, i) => {
    const x = col(days[i] as number);
    const y = row(step.value);
    const next = panel.steps[i + 1];
    const nextX = next === undefined ? cells : col(days[i + 1] as number);
    for (let c = x + 1; c < nextX; c++) (grid[y] as string[])[c] = "─";
    if (next !== undefined && nextX > x) {
      const ny = row(next.value);
      const [top, bottom] = ny < y ? [ny, y] : [y, ny];
      for (let r = top + 1; r < bottom; r++) (grid[r] as string[])[nextX] = "│";
      if (ny !== y) (grid[y] as string[])[nextX] = ny < y ? "┘" : "┐";
    }
  });
  const dots = new Map<string, string>();
  const dot = (origin: Origin) => (origin === "claim" && paint === plain ? "○" : "●");
  panel.steps.forEach((step, i) => {
    dots.set(`${row(step.value)}:${col(days[i] as number)}`, originStyle(step.origin, paint).colour(dot(step.origin)));
  });
  const tickRows = new Map(scale.ticks.map((t) => [row(t), tickText(t)]));
  grid.forEach((cellsOfRow, r) => {
    const drawn = cellsOfRow.map((ch, c) => dots.get(`${r}:${c}`) ?? ch).join("");
    const tick = tickRows.get(r) ?? "";
    lines.push(`${tick.padStart(axisWidth)} ┤${drawn}`.trimEnd());
  });
  lines.push(`${" ".repeat(axisWidth)} └${"─".repeat(cells)}`);
  const firstDate = panel.steps[0]?.date ?? "";
  const lastDate = panel.steps.at(-1)?.date ?? "";
  const gap = Math.max(1, cells - firstDate.length - lastDate.length);
  lines.push(`${" ".repeat(axisWidth + 2)}${firstDate}${lastDate === firstDate ? "" : " ".repeat(gap) + lastDate}`);
  lines.push(paint.dim(`${" ".repeat(axisWidth + 2)}(${unitName(panel.unit)}; each dot is a new best)`));
  const dateWidth = Math.max(...panel.steps.map((s) => s.date.length));
  const valueWidth = Math.max(...panel.steps.map((s) => displayWidth(sanitizeTerminal(s.text))));
  const labelWidth = Math.max(8, width - dateWidth - valueWidth - 4);
  for (const step of panel.steps) {
    const mark = originStyle(step.origin, paint).colour(dot(step.origin));
    const value = sanitizeTerminal(step.text).padStart(valueWidth);
    lines.push(`${mark} ${step.date.padEnd(dateWidth)} ${value} ${fitWidth(sanitizeTerminal(step.label), labelWidth)}`);
  }
  lines.push(legend(new Set(panel.steps.map((s) => s.origin)), [], paint, width, dot));
  return lines.join("\n");
}
