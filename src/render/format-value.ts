import type { Unit } from "../core/schema/index.js";

/**
 * What follows a value of each unit. A switch rather than a module-level table: the type checker still wants
 * every unit, and mutation testing can change a case (a table is built once per test worker, before any mutant).
 */
function suffixOf(unit: Unit): string {
  switch (unit) {
    case "percent":
      return "%";
    case "elo":
      return " Elo";
    case "points":
      return " pts";
    case "tokens":
      return " tok";
    case "million-tokens":
      return "M tok";
    case "ratio":
      return "×";
    case "count":
      return "";
    case "hours":
      return " h";
    case "usd":
      return " USD";
  }
}

/** How many decimals a number shows: `honest` to what its uncertainty justifies, `full` as published. */
export type Precision = "honest" | "full";

/** The precisions `--precision` accepts. */
export const PRECISIONS = ["honest", "full"] as const satisfies readonly Precision[];

/** Shows a value as published with its unit: `42.5%`, `1427 Elo`, `58M tok`; `~` marks a chart reading. */
export function formatValue(value: number, unit: Unit, approx = false, decimals?: number): string {
  const digits = decimals === undefined ? String(value) : value.toFixed(Math.min(decimals, 20));
  return `${approx ? "~" : ""}${digits}${suffixOf(unit)}`;
}

/** What `formatScore` needs of a score: its value as published and any uncertainty it carries. */
export interface Measured {
  value: number;
  approx?: boolean;
  decimals?: number;
  stderr?: number;
  ci?: readonly [number, number];
}

/** The decimals a number has as written (`1.65` has 2, `2` and `1e21` none). */
export function writtenDecimals(n: number): number {
  const text = String(n);
  if (/e/i.test(text)) {
    const [mantissa = "", exponent = "0"] = text.toLowerCase().split("e");
    const places = (mantissa.split(".")[1] ?? "").length - Number(exponent);
    return Math.max(0, Math.min(places, 20));
  }
  return (text.split(".")[1] ?? "").length;
}

/** The decimal places that show a positive uncertainty to two significant figures (`1.6527` → 1, `12.6` → 0). */
export function significantPlaces(uncertainty: number): number {
  if (!(uncertainty > 0) || !Number.isFinite(uncertainty)) return 20;
  return Math.min(20, Math.max(0, 1 - Math.floor(Math.log10(uncertainty))));
}

/** How large a score's stated uncertainty is: its standard error, or half its interval's width; undefined when none. */
function uncertaintySize(score: Measured): number | undefined {
  if (score.stderr !== undefined) return score.stderr;
  if (score.ci !== undefined) return Math.abs(score.ci[1] - score.ci[0]) / 2;
  return undefined;
}

/**
 * The decimals a score's value is shown with: as published, or (`honest`) no finer than the place its uncertainty
 * reaches at two significant figures (`92.6136 ±1.6527` shows as `92.6`); never more decimals than published.
 */
export function shownDecimals(score: Measured, precision: Precision = "honest"): number {
  const published = score.decimals ?? writtenDecimals(score.value);
  const size = precision === "full" ? undefined : uncertaintySize(score);
  return size === undefined ? published : Math.min(published, significantPlaces(size));
}

/** Shows a score's value with its unit and, when the source gives one, its uncertainty: `92.6% ±1.7`. */
export function formatScore(score: Measured, unit: Unit, precision: Precision = "honest"): string {
  const value = formatValue(score.value, unit, score.approx ?? false, shownDecimals(score, precision));
  const uncertainty = formatUncertainty(score.stderr, score.ci, precision);
  return uncertainty === "" ? value : `${value} ${uncertainty}`;
}

/**
 * Shows an uncertainty: `±1.7` for a standard error, `[1543, 1568]` for an interval, `` when none; `honest` to two
 * significant figures (of the standard error, or of the interval's half-width), never more decimals than published.
 */
export function formatUncertainty(
  stderr?: number,
  ci?: readonly [number, number],
  precision: Precision = "honest",
): string {
  const show = (n: number, size: number) =>
    precision === "full" ? String(n) : n.toFixed(Math.min(significantPlaces(size), writtenDecimals(n)));
  if (stderr !== undefined) return `±${show(stderr, stderr)}`;
  if (ci !== undefined) {
    const half = Math.abs(ci[1] - ci[0]) / 2;
    return `[${show(ci[0], half)}, ${show(ci[1], half)}]`;
  }
  return "";
}

/** The decimals a difference between two scores is shown with: the finer of the two values as shown. */
export function deltaDecimals(a: Measured, b: Measured, precision: Precision = "honest"): number {
  return Math.max(shownDecimals(a, precision), shownDecimals(b, precision));
}

/**
 * Shows a difference to `decimals` places, signed (`+33.6`, `-17`; only an exact zero is bare) or, for a spread
 * that has no direction, unsigned (`17`). The one formatter of differences in every report.
 */
export function formatDelta(delta: number, decimals: number, signed = true): string {
  if (delta === 0) return "0";
  const size = Math.abs(delta).toFixed(Math.min(decimals, 20));
  return signed ? `${delta > 0 ? "+" : "-"}${size}` : size;
}

/** A difference between two published values, rounded to the finer of their decimals (no float noise). */
export function difference(a: Pick<Measured, "value" | "decimals">, b: Pick<Measured, "value" | "decimals">): number {
  const places = Math.max(a.decimals ?? writtenDecimals(a.value), b.decimals ?? writtenDecimals(b.value));
  const result = Number((a.value - b.value).toFixed(Math.min(places, 20)));
  return result === 0 ? 0 : result;
}
