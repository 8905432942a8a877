// Names that mix Latin letters with Cyrillic or Greek ones inside one word are the classic
// look-alike trick (`gрt-5.4` with a Cyrillic р): muse keeps them apart and says so.

/** Cyrillic and Greek letters that look like Latin ones, each followed by the Latin letter it passes for. */
const PAIRS = "аa вb еe кk мm нh оo рp сc тt уy хx іi јj ѕs ԁd ԛq ԝw һh ӏl үy αa βb εe ιi κk νv οo ρp τt υu χx γy";
const LOOKS_LATIN = new Map([...PAIRS.matchAll(/(\S)(\S)/gu)].map((m) => [m[1] as string, m[2] as string]));

const LATIN = /\p{Script=Latin}/u;

/** What a name would read as if its look-alike letters were the Latin ones (lowercased). */
export function latinSkeleton(name: string): string {
  return [...name.toLowerCase()].map((ch) => LOOKS_LATIN.get(ch) ?? ch).join("");
}

/**
 * A warning when a word of `name` mixes Latin letters with Cyrillic or Greek ones, naming the
 * look-alike letters and the Latin spelling the name passes for; `undefined` for an honest name
 * (all-Cyrillic `ГигаЧат` and Latin with Han `Qwen-通义` are fine).
 */
export function mixedScriptWarning(name: string): string | undefined {
  const words = name.split(/[^\p{L}\p{N}]+/u);
  const lookAlike = (ch: string) => LOOKS_LATIN.has(ch.toLowerCase());
  const mixed = words.filter((w) => LATIN.test(w) && [...w].some(lookAlike));
  if (mixed.length === 0) return undefined;
  const letters = [...new Set([...mixed.join("")].filter(lookAlike))];
  const listed = letters.map((ch) => `${ch} U+${(ch.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, "0")}`);
  return `model name '${name}' mixes Latin with Cyrillic or Greek letters in one word (${listed.join(", ")}); it reads like '${latinSkeleton(name)}' but is kept apart from it`;
}
