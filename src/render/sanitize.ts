// C0 and C1 controls, DEL, and the invisible bidirectional/format characters that can disguise text.
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u061c\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff\ufff9-\ufffb]/gu;

/** Makes text safe for a terminal cell: control and bidi characters become visible `<U+XXXX>` marks. */
export function sanitizeTerminal(text: string): string {
  return text.replace(UNSAFE, (ch) => {
    if (ch === "\n") return "\u21b5";
    if (ch === "\t") return " ";
    return `<U+${(ch.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, "0")}>`;
  });
}

/** Removes the characters a terminal or document should never receive from data. */
export function stripUnsafe(text: string): string {
  return text.replace(UNSAFE, (ch) => (ch === "\n" || ch === "\t" ? " " : ""));
}
