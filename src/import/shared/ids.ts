// Registry ids are ASCII (lowercase kebab-case). Names are transliterated into them: Latin letters
// lose their accents (`Gödel` → `godel`), and every other letter or digit, which has no ASCII
// spelling muse could trust, is written as its code point between hyphens (`通义` → `u901a-u4e49`),
// so that distinct names keep distinct ids and nothing is dropped.

const ASCII = /^[\x00-\x7f]*$/;

/** Accents off Latin letters (NFKD, combining marks dropped, then recomposed so Hangul stays whole). */
const unaccented = (text: string): string =>
  ASCII.test(text)
    ? text
    : text
        .normalize("NFKD")
        .replace(/[\u0300-\u036f]/g, "")
        .normalize("NFC");

/** Each letter or digit outside ASCII written as `-uXXXX-` (its code point in hex), ready for the id rules. */
const spelledOut = (text: string): string =>
  ASCII.test(text)
    ? text
    : text.replace(/[\p{L}\p{N}]/gu, (ch) =>
        /[A-Za-z0-9]/.test(ch) ? ch : `-u${(ch.codePointAt(0) ?? 0).toString(16)}-`,
      );

/**
 * Turns a model name into a registry id: `Qwen/QwQ-32B` → `qwen-qwq-32b`, `Qwen-通义` →
 * `qwen-u901a-u4e49`; `undefined` when it has no letter or digit at all.
 */
export function toModelId(name: string): string | undefined {
  const id = spelledOut(unaccented(name).toLowerCase())
    .replace(/[^a-z0-9]+/g, (run) => (run === "." ? "." : "-"))
    .replace(/^[.-]+|[.-]+$/g, "")
    .slice(0, 120)
    .replace(/[.-]+$/, "");
  return id === "" ? undefined : id;
}

/** Turns free text into a setting token (`Forge Code` → `forge-code`); `undefined` when nothing is left. */
export function toToken(text: string): string | undefined {
  const token = spelledOut(unaccented(text).toLowerCase())
    .replace(/[^a-z0-9._+]+/g, "-")
    .replace(/^[^a-z0-9]+|-+$/g, "")
    .slice(0, 100);
  return token === "" ? undefined : token;
}

/** `wanted`, or `wanted-2`, `wanted-3` ... : the first id not in `taken`, which it is then added to. */
export function uniqueId(wanted: string, taken: Set<string>): string {
  let id = wanted;
  for (let n = 2; taken.has(id); n++) id = `${wanted}-${n}`;
  taken.add(id);
  return id;
}
