import type { Unit } from "../../core/schema/index.js";
import type { Mark } from "./types.js";

/** A value axis: its ends and the tick values between them, at round numbers. */
export interface Scale {
  min: number;
  max: number;
  ticks: number[];
}

/**
 * The axis for some marks (their whiskers included): from zero where the values are positive and zero is
 * not far off (percent always), else from a round number below the lowest; to a round number above the highest.
 */
export function scaleFor(marks: readonly Mark[], unit: Unit, tickCount = 5): Scale {
  const lows = marks.map((m) => Math.min(m.value, m.low ?? m.value));
  const highs = marks.map((m) => Math.max(m.value, m.high ?? m.value));
  let low = Math.min(...lows, Number.POSITIVE_INFINITY);
  let high = Math.max(...highs, Number.NEGATIVE_INFINITY);
  if (!Number.isFinite(low) || !Number.isFinite(high)) [low, high] = [0, 1];
  if (low >= 0 && (unit === "percent" || low <= high / 2)) low = 0;
  if (high <= 0 && high >= low / 2) high = 0;
  if (low === high) [low, high] = low === 0 ? [0, 1] : [Math.min(0, low), Math.max(0, high)];
  const step = niceStep((high - low) / tickCount);
  const min = Math.floor(low / step) * step;
  let max = Math.ceil(high / step) * step;
  if (unit === "percent" && max > 100 && high <= 100) max = 100;
  const ticks: number[] = [];
  for (let t = min; t <= max + step / 1e6; t += step) ticks.push(Number(t.toFixed(10)));
  return { min, max, ticks };
}

/** A round step near `rough`: 1, 2, 2.5 or 5 times a power of ten. */
function niceStep(rough: number): number {
  const power = 10 ** Math.floor(Math.log10(rough));
  const fraction = rough / power;
  const nice = fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 2.5 ? 2.5 : fraction <= 5 ? 5 : 10;
  return nice * power;
}

/** The position of a value on a scale, 0 at its minimum and 1 at its maximum (clamped). */
export function position(scale: Scale, value: number): number {
  const t = (value - scale.min) / (scale.max - scale.min);
  return Math.min(1, Math.max(0, t));
}

/** The name of a unit on an axis: `%`, `Elo`, `points`... */
export function unitName(unit: Unit): string {
  switch (unit) {
    case "percent":
      return "%";
    case "elo":
      return "Elo";
    case "million-tokens":
      return "million tokens";
    case "usd":
      return "USD";
    default:
      return unit;
  }
}

/** A tick value as an axis shows it: no float noise, no trailing zeros. */
export function tickText(value: number): string {
  return String(Number(value.toFixed(6)));
}
