import { escapeUnsafeForJson } from "./sanitize.js";

/** Renders a JSON document (two-space indent, trailing newline); bidi and C1 characters in strings are `\u` escapes. */
export function renderJson(value: unknown): string {
  return `${escapeUnsafeForJson(JSON.stringify(value, null, 2))}\n`;
}
