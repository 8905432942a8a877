import type { ScoreRecord } from "../store.js";

/** A range of values, from `low` to `high`. */
export interface Interval {
  low: number;
  high: number;
}

/** A standard error becomes an interval of ±1.96 standard errors (95 %), the level a `ci` usually states. */
export const STDERR_TO_INTERVAL = 1.96;

/** The part of a score agreement looks at: its value, how it was written, and its stated uncertainty. */
export type Figure = Pick<ScoreRecord, "value" | "decimals" | "stderr" | "ci">;

/** The values a figure may stand for given its rounding: 58 written with 0 decimals covers [57.5, 58.5). */
export function roundingInterval(figure: Pick<Figure, "value" | "decimals">): Interval {
  const half = 0.5 * 10 ** -figure.decimals;
  return { low: figure.value - half, high: figure.value + half };
}

/** The stated uncertainty as an interval (the `ci`, or value ± 1.96 stderr); undefined when none is stated. */
export function uncertaintyInterval(figure: Figure): Interval | undefined {
  if (figure.ci !== undefined) return { low: Math.min(...figure.ci), high: Math.max(...figure.ci) };
  if (figure.stderr !== undefined) {
    const reach = STDERR_TO_INTERVAL * figure.stderr;
    return { low: figure.value - reach, high: figure.value + reach };
  }
  return undefined;
}

/** Every value a figure is compatible with: its rounding interval, widened by its stated uncertainty. */
export function plausibleInterval(figure: Figure): Interval {
  const rounding = roundingInterval(figure);
  const stated = uncertaintyInterval(figure);
  if (stated === undefined) return rounding;
  return { low: Math.min(rounding.low, stated.low), high: Math.max(rounding.high, stated.high) };
}

/**
 * Whether two published figures can be the same measurement: their plausible intervals share a value.
 * Rounding intervals are half-open, so 42.8 and 42.9 (both to one decimal) disagree, while 58 and 58.4 agree.
 */
export function figuresAgree(a: Figure, b: Figure): boolean {
  const x = plausibleInterval(a);
  const y = plausibleInterval(b);
  const eps = tolerance(x, y);
  return x.low < y.high - eps && y.low < x.high - eps;
}

/** Whether both figures state an uncertainty and those intervals overlap (a difference within the noise). */
export function withinUncertainty(a: Figure, b: Figure): boolean {
  const x = uncertaintyInterval(a);
  const y = uncertaintyInterval(b);
  if (x === undefined || y === undefined) return false;
  const eps = tolerance(x, y);
  return x.low <= y.high + eps && y.low <= x.high + eps;
}

/** Float noise allowance scaled to the magnitudes compared (58.4 + 0.05 is 58.449999999999996). */
function tolerance(x: Interval, y: Interval): number {
  return 1e-9 * Math.max(1, Math.abs(x.low), Math.abs(x.high), Math.abs(y.low), Math.abs(y.high));
}
