import { toToken } from "./ids.js";

/** Reads a record's cells by column name; empty and whitespace-only cells read as `undefined`. */
export type CellReader = (column: string | undefined) => string | undefined;

/** Makes a cell reader for one record of a file with the given header (first column of a name wins). */
export function cellReader(header: readonly string[], cells: readonly string[]): CellReader {
  return (column) => {
    if (column === undefined) return undefined;
    const index = header.indexOf(column);
    const text = index < 0 ? undefined : cells[index]?.trim();
    return text === undefined || text === "" ? undefined : text;
  };
}

/** Parses a number as Epoch writes it (`0.42`, `4.2e-1`, `42%`); `undefined` when it is not one. */
export function parseNumber(text: string): { value: number; percent: boolean } | undefined {
  const percent = /%\s*$/.test(text);
  const value = Number(text.replace(/%\s*$/, "").trim());
  return text.trim() !== "" && Number.isFinite(value) ? { value, percent } : undefined;
}

/**
 * Multiplies by a scale and tidies the result: float noise goes (0.9450000000000001 × 100 is 94.5),
 * and long computed means keep 4 decimals in the muse unit (0.8358585858585859 → 83.5859 %), or 4
 * significant digits for values below 0.001, which is far finer than any uncertainty Epoch states.
 */
export function scaled(value: number, scale: number): number {
  const exact = Number((value * scale).toPrecision(12));
  if (exact === 0) return 0;
  const magnitude = Math.floor(Math.log10(Math.abs(exact)));
  return Number(exact.toFixed(Math.min(20, Math.max(4, 3 - magnitude))));
}

/** Parses an interval written around a value, such as `+11/-9` or `=+11/-11`, into [minus, plus]. */
export function parsePlusMinus(text: string): [number, number] | undefined {
  const asym = /^=?\s*\+\s*(\d+(?:\.\d+)?)\s*\/\s*-\s*(\d+(?:\.\d+)?)$/.exec(text);
  if (asym?.[1] && asym[2]) return [Number(asym[2]), Number(asym[1])];
  const sym = /^=?\s*\u00b1\s*(\d+(?:\.\d+)?)$/.exec(text);
  if (sym?.[1]) return [Number(sym[1]), Number(sym[1])];
  return undefined;
}

/** A calendar day as the registry's date schema accepts it (month 01-12, day 01-31). */
const FULL_DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

/** A cell as a registry date (`2026-04-08`, from `2026-04-08T16:30:10Z` too), if it is one. */
export function parseDate(text: string | undefined): string | undefined {
  const day = text?.slice(0, 10);
  return day !== undefined && FULL_DATE.test(day) ? day : undefined;
}

/** The labels a run cell offers to tell re-runs apart, coarsest first: the day, then the full value. */
export function runLabels(text: string): string[] {
  const full = toToken(text);
  const day = /^\d{4}-\d{2}-\d{2}[t ]/i.test(text) ? parseDate(text) : undefined;
  return [day, full].filter((l, i, all): l is string => l !== undefined && all.indexOf(l) === i);
}

/** Whether text is an absolute http(s) link. */
export function isWebLink(text: string): boolean {
  if (!URL.canParse(text)) return false;
  const { protocol } = new URL(text);
  return protocol === "http:" || protocol === "https:";
}

/** Collapses whitespace (line breaks included) to single spaces. */
export const oneLine = (text: string): string => text.replace(/\s+/g, " ").trim();
