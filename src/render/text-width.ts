// How many terminal columns text takes, as string-width counts them, without running string-width (an emoji
// regex over every string) for the text most cells are: characters that are each one column wide. The build
// also hands this to cli-table3 in place of string-width (scripts/build.mjs), which measures every cell with it.
import stringWidth from "string-width";

// Characters string-width counts as one column each: printable ASCII and Latin to Georgian (no controls, no
// combining marks U+0300-036F, nothing wide, no emoji). Text made only of them is as wide as it is long.
const NARROW = /^[\x20-\x7e\xa0-\u02ff\u0370-\u10ff]*$/;

/** string-width's answer for `text` (colour codes are not stripped here), quickly for narrow text. */
export function textWidth(text: string): number {
  return NARROW.test(text) ? text.length : stringWidth(text);
}
