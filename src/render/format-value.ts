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

/** Shows a score's value with its unit and, when the source gives one, its uncertainty: `89.8% ±2.2`. */
export function formatScore(score: Measured, unit: Unit): string {
  const value = formatValue(score.value, unit, score.approx ?? false, score.decimals);
  const uncertainty = formatUncertainty(score.stderr, score.ci);
  return uncertainty === "" ? value : `${value} ${uncertainty}`;
}

/** Shows an uncertainty: `±1.9` for a standard error, `[40.1, 44.9]` for an interval; `` when none. */
export function formatUncertainty(stderr?: number, ci?: readonly [number, number]): string {
  if (stderr !== undefined) return `±${round(stderr)}`;
  if (ci !== undefined) return `[${round(ci[0])}, ${round(ci[1])}]`;
  return "";
}

/** Shows a signed difference: `+3.2`, `-0.4`, `0`; rounding away float noise. */
export function formatDelta(delta: number): string {
  const r = round(delta);
  return r > 0 ? `+${r}` : `${r}`;
}

/** Rounds to at most 4 significant decimals so float arithmetic never shows as 0.30000000000000004. */
export function round(n: number): number {
  return Number.parseFloat(n.toFixed(4));
}
