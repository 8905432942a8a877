// The SVG chart: a standalone document (title, axis with unit, bars, whiskers, baseline, legend, credits) that a
// browser and GitHub show as an image. Data only ever appears escaped as text: no script, no external reference.
import { position, type Scale, scaleFor, tickText, unitName } from "./scale.js";
import { FONT, legendSvg, ORIGIN_FILL, PAD, SVG_WIDTH, type SvgPart, whisker } from "./svg-parts.js";
import { stepPanelSvg } from "./svg-steps.js";
import { fitPixels, px, textPixels, wrapPixels, xmlText } from "./svg-text.js";
import type { BarPanel, ChartData, Panel } from "./types.js";

const ROW = 24;

/** Renders a chart as one standalone SVG document: its panels stacked, then the credits. */
export function renderSvgChart(chart: ChartData): string {
  const parts: string[] = [];
  let y = PAD;
  for (const panel of chart.panels) {
    const part = panelSvg(panel, y);
    parts.push(part.body);
    y += part.height + PAD;
  }
  for (const line of chart.credits.flatMap((c) => wrapPixels(c, SVG_WIDTH - 2 * PAD, 10))) {
    y += 13;
    parts.push(`<text x="${PAD}" y="${y}" font-size="10" fill="#555">${xmlText(line)}</text>`);
  }
  const height = y + PAD;
  const title = chart.panels.map((p) => p.title).join(", ") || "muse chart";
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${SVG_WIDTH}" height="${height}" viewBox="0 0 ${SVG_WIDTH} ${height}" role="img" ${FONT}>`,
    `<title>${xmlText(title)}</title>`,
    `<rect width="${SVG_WIDTH}" height="${height}" fill="#ffffff"/>`,
    ...parts,
    "</svg>",
    "",
  ].join("\n");
}

function panelSvg(panel: Panel, top: number): SvgPart {
  const head = headingSvg(panel, top);
  const body = panel.kind === "bars" ? barPanelSvg(panel, top + head.height) : stepPanelSvg(panel, top + head.height);
  return { body: `${head.body}\n${body.body}`, height: head.height + body.height };
}

/** A panel's title and subtitle. */
function headingSvg(panel: Panel, top: number): SvgPart {
  const lines = [
    `<text x="${PAD}" y="${top + 16}" font-size="16" font-weight="bold" fill="#111">${xmlText(fitPixels(panel.title, SVG_WIDTH - 2 * PAD, 16))}</text>`,
  ];
  if (panel.subtitle !== undefined) {
    lines.push(
      `<text x="${PAD}" y="${top + 34}" font-size="12" fill="#555">${xmlText(fitPixels(panel.subtitle, SVG_WIDTH - 2 * PAD, 12))}</text>`,
    );
  }
  return { body: lines.join("\n"), height: panel.subtitle === undefined ? 28 : 46 };
}

function barPanelSvg(panel: BarPanel, top: number): SvgPart {
  // The baseline's label is bold, about a tenth wider; a wide font may be a tenth wider than the estimate.
  const scaleOf = (b: BarPanel["bars"][number]) => (b.baseline ? 1.2 : 1.1);
  const labelWidth = Math.min(320, Math.max(40, ...panel.bars.map((b) => textPixels(b.label, 12) * scaleOf(b)))) + 8;
  const textWidth = Math.max(30, ...panel.bars.map((b) => textPixels(`${b.text}${b.baseline ? " (base)" : ""}`, 12)));
  const x0 = PAD + labelWidth;
  const x1 = SVG_WIDTH - PAD - textWidth - 8;
  const scale = scaleFor(panel.bars, panel.unit);
  const x = (value: number) => x0 + position(scale, value) * (x1 - x0);
  const out: string[] = [];
  panel.bars.forEach((bar, i) => {
    const y = top + i * ROW;
    const mid = y + ROW / 2;
    const label = xmlText(fitPixels(bar.label, (labelWidth - 8) / scaleOf(bar), 12));
    const weight = bar.baseline ? ' font-weight="bold"' : "";
    out.push(
      `<text x="${px(x0 - 8)}" y="${px(mid + 4)}" font-size="12" text-anchor="end" fill="#111"${weight}>${label}</text>`,
    );
    const end = x(bar.value);
    const [from, to] = end >= x(0) || scale.min > 0 ? [x(Math.max(scale.min, 0)), end] : [end, x(0)];
    out.push(
      `<rect x="${px(Math.min(from, to))}" y="${px(y + 5)}" width="${px(Math.abs(to - from))}" height="${ROW - 10}" fill="${ORIGIN_FILL[bar.origin]}"/>`,
    );
    if (bar.low !== undefined && bar.high !== undefined) out.push(whisker(x(bar.low), x(bar.high), mid));
    const text = xmlText(`${bar.text}${bar.baseline ? " (base)" : ""}`);
    const after = Math.max(end, bar.high === undefined ? end : x(bar.high)) + 6;
    out.push(`<text x="${px(after)}" y="${px(mid + 4)}" font-size="12" fill="#111"${weight}>${text}</text>`);
  });
  const bottom = top + panel.bars.length * ROW;
  const base = panel.bars.find((b) => b.baseline);
  if (base !== undefined) {
    out.push(
      `<line x1="${px(x(base.value))}" y1="${top}" x2="${px(x(base.value))}" y2="${bottom}" stroke="#333" stroke-width="1" stroke-dasharray="4 3"/>`,
    );
  }
  const axis = valueAxis(scale, x0, x1, bottom, unitName(panel.unit));
  const key = legendSvg(panel, bottom + axis.height);
  return { body: [...out, axis.body, key.body].join("\n"), height: panel.bars.length * ROW + axis.height + key.height };
}

/** A horizontal value axis at `y`: rule, ticks, tick values and the axis title with its unit. */
export function valueAxis(scale: Scale, x0: number, x1: number, y: number, unit: string): SvgPart {
  const x = (v: number) => x0 + position(scale, v) * (x1 - x0);
  const out = [`<line x1="${px(x0)}" y1="${y}" x2="${px(x1)}" y2="${y}" stroke="#333"/>`];
  for (const tick of scale.ticks) {
    out.push(`<line x1="${px(x(tick))}" y1="${y}" x2="${px(x(tick))}" y2="${y + 4}" stroke="#333"/>`);
    out.push(
      `<text x="${px(x(tick))}" y="${y + 16}" font-size="11" text-anchor="middle" fill="#333">${xmlText(tickText(tick))}</text>`,
    );
  }
  out.push(
    `<text x="${px((x0 + x1) / 2)}" y="${y + 32}" font-size="11" text-anchor="middle" fill="#333">${xmlText(`score (${unit})`)}</text>`,
  );
  return { body: out.join("\n"), height: 40 };
}
