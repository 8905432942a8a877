// C0 and C1 controls, DEL, and the invisible or bidirectional format characters that can disguise text
// (zero-width space, LRM/RLM, ALM, embeddings and overrides, isolates, word joiners, BOM, annotations).
// The zero-width (non-)joiners U+200C/U+200D stay: emoji sequences and several scripts need them.
const BEYOND_C0 = "\\u007f-\\u009f\\u061c\\u200b\\u200e\\u200f\\u2028-\\u202e\\u2060-\\u2069\\ufeff\\ufff9-\\ufffb";
const UNSAFE = new RegExp(`[\\u0000-\\u001f${BEYOND_C0}]`, "gu");
// JSON.stringify already escapes C0 controls inside strings; these are the rest.
const UNSAFE_IN_JSON = new RegExp(`[${BEYOND_C0}]`, "gu");

/** The visible mark that stands for an unsafe character: `<U+001B>`. */
export function codePointMark(ch: string): string {
  return `<U+${(ch.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, "0")}>`;
}

/** Makes text safe for a terminal cell: control and bidi characters become visible `<U+XXXX>` marks. */
export function sanitizeTerminal(text: string): string {
  return text.replace(UNSAFE, (ch) => {
    if (ch === "\n") return "\u21b5";
    if (ch === "\t") return " ";
    return codePointMark(ch);
  });
}

/**
 * Marks unsafe characters visibly but keeps tabs and line breaks, which a quoted CSV field carries as data.
 * A lone CR (which would send a terminal's cursor back over the line) becomes a LF; CRLF stays.
 */
export function markUnsafeKeepingLines(text: string): string {
  return text
    .replace(/\r(?!\n)/g, "\n")
    .replace(UNSAFE, (ch) => (ch === "\n" || ch === "\r" || ch === "\t" ? ch : codePointMark(ch)));
}

/** Removes the characters a terminal or document should never receive from data. */
export function stripUnsafe(text: string): string {
  return text.replace(UNSAFE, (ch) => (ch === "\n" || ch === "\t" ? " " : ""));
}

/** Escapes, in JSON text, the unsafe characters JSON.stringify leaves raw: `\u202e`; the parsed value is unchanged. */
export function escapeUnsafeForJson(json: string): string {
  return json.replace(UNSAFE_IN_JSON, (ch) => `\\u${(ch.codePointAt(0) ?? 0).toString(16).padStart(4, "0")}`);
}
