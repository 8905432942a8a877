import type { Unit } from "../../core/schema/index.js";
import type { EeeMetricConfig } from "./record.js";

/** How a metric's numbers become registry values: the unit they are in, and the factor to multiply by. */
export interface Scale {
  unit: Unit;
  factor: number;
}

/** The registry units muse writes into `metric_config.metric_unit` and reads back. */
const UNIT_NAMES: Readonly<Record<string, Unit>> = {
  percent: "percent",
  percentage: "percent",
  elo: "elo",
  points: "points",
  tokens: "tokens",
  "million-tokens": "million-tokens",
  ratio: "ratio",
  count: "count",
  hours: "hours",
  usd: "usd",
};

/**
 * The scale of a metric: a proportion (`metric_unit: proportion`, or a range of 0 to 1) becomes percent
 * (×100); `percent`, or a range of 0 to 100, is percent as it stands; a unit muse knows is kept; an Elo
 * metric is Elo; anything else is points, as it stands.
 */
export function scaleOf(metric: EeeMetricConfig): Scale {
  const unit = metric.metric_unit?.trim().toLowerCase();
  if (unit === "proportion" || unit === "fraction") return { unit: "percent", factor: 100 };
  const named = unit === undefined ? undefined : UNIT_NAMES[unit];
  if (named !== undefined) return { unit: named, factor: 1 };
  if (metric.max_score === 1 && (metric.min_score === 0 || metric.min_score === undefined))
    return { unit: "percent", factor: 100 };
  if (metric.max_score === 100 && (metric.min_score === 0 || metric.min_score === undefined))
    return { unit: "percent", factor: 1 };
  if (metric.metric_kind?.toLowerCase() === "elo") return { unit: "elo", factor: 1 };
  return { unit: "points", factor: 1 };
}

/** A number times a factor, without the binary noise of the product (0.4486 × 100 = 44.86, not 44.86000000000001). */
export function scaled(value: number, factor: number): number {
  return factor === 1 ? value : Number((value * factor).toPrecision(12));
}
