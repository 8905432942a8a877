// Text in an SVG document: escaped so that data stays inert, and measured roughly for layout.

// Characters XML 1.0 forbids even escaped (C0 controls but tab and newline, lone surrogates, U+FFFE/U+FFFF), and the
// invisible or bidirectional format characters that could disguise a label.
const NOT_XML =
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u200b\u200e\u200f\u202a-\u202e\u2066-\u2069\ufeff\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** Escapes data for SVG text or an attribute: markup characters become entities, forbidden characters go. */
export function xmlText(text: string): string {
  return text
    .replace(NOT_XML, "")
    .replace(/[\t\r\n]+/g, " ")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&#39;");
}

/** A rough width in pixels of text in a sans-serif font of `size` px (wide characters count double). */
export function textPixels(text: string, size: number): number {
  let units = 0;
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    units +=
      code > 0x2e80 ? 1.1 : /[mwMW@]/.test(ch) ? 0.9 : /[ilIjt.,:;'|!]/.test(ch) ? 0.34 : /[0-9]/.test(ch) ? 0.64 : 0.6;
  }
  return units * size;
}

/** Cuts text to at most `pixels` wide at `size` px, ending in `…` when cut. */
export function fitPixels(text: string, pixels: number, size: number): string {
  if (textPixels(text, size) <= pixels) return text;
  let out = "";
  for (const ch of text) {
    if (textPixels(`${out}${ch}…`, size) > pixels) break;
    out += ch;
  }
  return `${out}…`;
}

/** Splits text into lines of at most `pixels` wide at `size` px, breaking at spaces. */
export function wrapPixels(text: string, pixels: number, size: number): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(" ")) {
    const next = line === "" ? word : `${line} ${word}`;
    if (line !== "" && textPixels(next, size) > pixels) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line !== "") lines.push(line);
  return lines.map((l) => fitPixels(l, pixels, size));
}

/** A number for an SVG attribute: at most two decimals, no float noise. */
export function px(n: number): string {
  return String(Math.round(n * 100) / 100);
}
