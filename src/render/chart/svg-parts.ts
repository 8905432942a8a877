// What the SVG charts share: the page's geometry, the origins' colours, whiskers and the legend.
import { px, textPixels, xmlText } from "./svg-text.js";
import type { Origin, Panel } from "./types.js";

/** The width of every chart, in pixels. */
export const SVG_WIDTH = 760;
/** The margin around everything, in pixels. */
export const PAD = 16;
/** The font every text of a chart uses. */
export const FONT = 'font-family="system-ui, -apple-system, Segoe UI, Helvetica, Arial, sans-serif"';

/** The fill of each origin's bars and dots: blue for measurements, orange for claims. */
export const ORIGIN_FILL: Record<Origin, string> = { measurement: "#3b6fb6", claim: "#e08a2c" };

/** One drawn piece of a chart: its SVG elements and the height they take. */
export interface SvgPart {
  body: string;
  height: number;
}

/** A horizontal whisker from `a` to `b` at height `y`, with end caps. */
export function whisker(a: number, b: number, y: number): string {
  const stroke = 'stroke="#222" stroke-width="1.2"';
  return [
    `<line x1="${px(a)}" y1="${px(y)}" x2="${px(b)}" y2="${px(y)}" ${stroke}/>`,
    `<line x1="${px(a)}" y1="${px(y - 4)}" x2="${px(a)}" y2="${px(y + 4)}" ${stroke}/>`,
    `<line x1="${px(b)}" y1="${px(y - 4)}" x2="${px(b)}" y2="${px(y + 4)}" ${stroke}/>`,
  ].join("");
}

/** The legend: a swatch per origin present, and the whisker and baseline marks where drawn. */
export function legendSvg(panel: Panel, top: number): SvgPart {
  const marks = panel.kind === "bars" ? panel.bars : panel.steps;
  const items: string[] = [];
  let x = PAD;
  let y = top;
  // Each item is a swatch drawn at (x, y) and its label; an item that would pass the right margin starts a new row.
  const add = (swatch: (x: number, y: number) => string, label: string) => {
    const width = 18 + textPixels(label, 11);
    if (x > PAD && x + width > SVG_WIDTH - PAD) [x, y] = [PAD, y + 18];
    items.push(
      swatch(x, y),
      `<text x="${px(x + 18)}" y="${y + 12}" font-size="11" fill="#333">${xmlText(label)}</text>`,
    );
    x += width + 18;
  };
  for (const [origin, label] of [
    ["measurement", "measurement (third-party)"],
    ["claim", "claim (first-party, or press repeating it)"],
  ] as const) {
    if (!marks.some((m) => m.origin === origin)) continue;
    add((x, y) => `<rect x="${px(x)}" y="${y + 3}" width="12" height="10" fill="${ORIGIN_FILL[origin]}"/>`, label);
  }
  if (marks.some((m) => m.low !== undefined)) add((x, y) => whisker(x, x + 12, y + 8), "stated uncertainty");
  if (panel.kind === "bars" && panel.bars.some((b) => b.baseline)) {
    add(
      (x, y) =>
        `<line x1="${px(x + 6)}" y1="${y + 1}" x2="${px(x + 6)}" y2="${y + 15}" stroke="#333" stroke-dasharray="4 3"/>`,
      "baseline (Δ is against it)",
    );
  }
  return { body: items.join("\n"), height: y - top + 20 };
}
