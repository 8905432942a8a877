// The SVG step line: the best value so far over time, a dot and a label at each step, then the steps listed.
import { dayOf } from "./dates.js";
import { position, scaleFor, tickText, unitName } from "./scale.js";
import { legendSvg, ORIGIN_FILL, PAD, SVG_WIDTH, type SvgPart, whisker } from "./svg-parts.js";
import { fitPixels, px, textPixels, xmlText } from "./svg-text.js";
import type { StepPanel } from "./types.js";

const PLOT_HEIGHT = 240;

/** Draws a step panel: y axis with unit, dated x axis, the step line, a dot per step with its label, the list. */
export function stepPanelSvg(panel: StepPanel, top: number): SvgPart {
  const scale = scaleFor(panel.steps, panel.unit, 5);
  const axisWidth = Math.max(...scale.ticks.map((t) => textPixels(tickText(t), 11))) + 30;
  const x0 = PAD + axisWidth;
  const x1 = SVG_WIDTH - PAD - 150;
  const y0 = top + 8;
  const y1 = y0 + PLOT_HEIGHT;
  const days = panel.steps.map((s) => dayOf(s.date));
  const first = days[0] ?? 0;
  const span = Math.max(1, (days.at(-1) ?? 0) - first);
  const x = (day: number) => x0 + ((day - first) / span) * (x1 - x0);
  const y = (value: number) => y1 - position(scale, value) * (y1 - y0);
  const out: string[] = [];
  for (const tick of scale.ticks) {
    out.push(`<line x1="${px(x0)}" y1="${px(y(tick))}" x2="${px(x1)}" y2="${px(y(tick))}" stroke="#e5e5e5"/>`);
    out.push(
      `<text x="${px(x0 - 6)}" y="${px(y(tick) + 4)}" font-size="11" text-anchor="end" fill="#333">${xmlText(tickText(tick))}</text>`,
    );
  }
  out.push(`<line x1="${px(x0)}" y1="${y0}" x2="${px(x0)}" y2="${y1}" stroke="#333"/>`);
  out.push(`<line x1="${px(x0)}" y1="${y1}" x2="${px(x1)}" y2="${y1}" stroke="#333"/>`);
  const midY = (y0 + y1) / 2;
  out.push(
    `<text x="${PAD + 10}" y="${px(midY)}" font-size="11" text-anchor="middle" fill="#333" transform="rotate(-90 ${PAD + 10} ${px(midY)})">${xmlText(`best score (${unitName(panel.unit)})`)}</text>`,
  );
  let lastTick = Number.NEGATIVE_INFINITY;
  for (const date of dateTicks(panel.steps.map((s) => s.date))) {
    const at = x(dayOf(date));
    if (at - lastTick < 80) continue;
    lastTick = at;
    out.push(`<line x1="${px(at)}" y1="${y1}" x2="${px(at)}" y2="${y1 + 4}" stroke="#333"/>`);
    out.push(
      `<text x="${px(at)}" y="${y1 + 16}" font-size="11" text-anchor="middle" fill="#333">${xmlText(date)}</text>`,
    );
  }
  out.push(
    `<text x="${px((x0 + x1) / 2)}" y="${y1 + 32}" font-size="11" text-anchor="middle" fill="#333">date (release, else first report)</text>`,
  );
  const placed: { x: number; y: number; w: number; h: number }[] = [];
  let path = "";
  panel.steps.forEach((step, i) => {
    path += i === 0 ? `M${px(x(days[0] ?? 0))},${px(y(step.value))}` : `H${px(x(days[i] ?? 0))}V${px(y(step.value))}`;
  });
  if (panel.steps.length > 0) path += `H${px(x1)}`;
  out.push(`<path d="${path}" fill="none" stroke="#444" stroke-width="1.5"/>`);
  panel.steps.forEach((step, i) => {
    const cx = x(days[i] ?? 0);
    const cy = y(step.value);
    if (step.low !== undefined && step.high !== undefined) out.push(verticalWhisker(cx, y(step.low), y(step.high)));
    out.push(`<circle cx="${px(cx)}" cy="${px(cy)}" r="4" fill="${ORIGIN_FILL[step.origin]}"/>`);
    // Each dot is numbered as in the list below; a number that would overlap one already drawn is left out.
    const box = { x: cx + 4, y: cy - 18, w: textPixels(String(i + 1), 10) + 2, h: 11 };
    if (!placed.some((p) => box.x < p.x + p.w && p.x < box.x + box.w && box.y < p.y + p.h && p.y < box.y + box.h)) {
      placed.push(box);
      out.push(`<text x="${px(box.x)}" y="${px(cy - 8)}" font-size="10" fill="#111">${i + 1}</text>`);
    }
  });
  let listY = y1 + 40;
  const dateWidth = Math.max(...panel.steps.map((s) => textPixels(s.date, 11)));
  const textWidth = Math.max(...panel.steps.map((s) => textPixels(s.text, 11)));
  panel.steps.forEach((step, i) => {
    listY += 15;
    const left = PAD + 58 + dateWidth + textWidth;
    const label = xmlText(fitPixels(step.label, SVG_WIDTH - PAD - left, 11));
    out.push(
      `<circle cx="${PAD + 4}" cy="${listY - 4}" r="4" fill="${ORIGIN_FILL[step.origin]}"/>`,
      `<text x="${PAD + 26}" y="${listY}" font-size="11" text-anchor="end" fill="#333">${i + 1}</text>`,
      `<text x="${PAD + 34}" y="${listY}" font-size="11" fill="#333">${xmlText(step.date)}</text>`,
      `<text x="${px(PAD + 48 + dateWidth + textWidth)}" y="${listY}" font-size="11" text-anchor="end" fill="#333">${xmlText(step.text)}</text>`,
      `<text x="${px(left)}" y="${listY}" font-size="11" fill="#111">${label}</text>`,
    );
  });
  const key = legendSvg(panel, listY + 8);
  return { body: [...out, key.body].join("\n"), height: listY + 8 + key.height - top };
}

/** A vertical whisker (an uncertainty on a dot), drawn as the horizontal one turned. */
function verticalWhisker(cx: number, a: number, b: number): string {
  return `<g transform="rotate(90 ${px(cx)} ${px(a)})">${whisker(cx, cx + (b - a), a)}</g>`;
}

/** Up to five dates for the time axis: the first, the last, and dates evenly between them from the data. */
function dateTicks(dates: readonly string[]): string[] {
  if (dates.length <= 5) return [...new Set(dates)];
  const picks = [0, 0.25, 0.5, 0.75, 1].map((f) => dates[Math.round(f * (dates.length - 1))] as string);
  return [...new Set(picks)];
}
