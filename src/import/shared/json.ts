/** What a bare `NaN`, `Infinity` or `-Infinity` in a log (Python's json writes them) becomes: a marked string. */
export const NON_FINITE = "\u0000non-finite:";

/**
 * Parses JSON as Python tools write it: bare `NaN`, `Infinity` and `-Infinity` (outside strings)
 * become strings starting with `NON_FINITE`, so that the reader can name the field that holds one.
 * Returns the reason when the text is not JSON.
 */
export function parsePythonJson(text: string): { ok: true; value: unknown } | { ok: false; reason: string } {
  try {
    return { ok: true, value: JSON.parse(markNonFinite(text)) };
  } catch (error) {
    return { ok: false, reason: `not JSON: ${(error as Error).message}` };
  }
}

function markNonFinite(text: string): string {
  if (!/NaN|Infinity/.test(text)) return text;
  let out = "";
  let last = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (inString) {
      if (ch === "\\") i++;
      else if (ch === '"') inString = false;
      continue;
    }
    if (ch === '"') {
      inString = true;
      continue;
    }
    const word = /^(-?Infinity|NaN)/.exec(text.slice(i, i + 9))?.[1];
    if (word === undefined) continue;
    out += `${text.slice(last, i)}"\\u0000non-finite:${word}"`;
    i += word.length - 1;
    last = i + 1;
  }
  return out + text.slice(last);
}

/** A plain JSON object (not an array, not null), or `undefined`. */
export function objectOf(value: unknown): Record<string, unknown> | undefined {
  return typeof value === "object" && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : undefined;
}

/** Reads a metric: a finite number, or why it is not one (NaN/Infinity, a string, missing). */
export function finiteNumber(value: unknown): { ok: true; value: number } | { ok: false; reason: string } {
  if (typeof value === "number" && Number.isFinite(value)) return { ok: true, value };
  if (typeof value === "string" && value.startsWith(NON_FINITE)) {
    return { ok: false, reason: `is ${value.slice(NON_FINITE.length)}` };
  }
  if (value === undefined || value === null) return { ok: false, reason: "is missing" };
  return { ok: false, reason: `is not a number (${JSON.stringify(value).slice(0, 40)})` };
}
