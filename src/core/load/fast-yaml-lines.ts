// Line-level helpers of the fast YAML subset reader (src/core/load/fast-yaml.ts): indentation, blank lines, items.

/** How many spaces a line starts with. */
export const indentOf = (line: string): number => {
  let i = 0;
  while (line.charCodeAt(i) === 32) i++;
  return i;
};

/** Whether a line holds nothing but spaces and perhaps a comment. */
export const isSkippable = (line: string): boolean => {
  const i = indentOf(line);
  return i === line.length || line[i] === "#";
};

/** Whether the rest of a line, from `p`, is spaces and perhaps a comment (which needs a space before it). */
export const restIsEmpty = (line: string, p: number): boolean => {
  let i = p;
  while (line.charCodeAt(i) === 32) i++;
  return i === line.length || (line[i] === "#" && i > p);
};

/** Whether a line has a block sequence item (`- `) at column `indent`. */
export const isSeqItem = (line: string, indent: number): boolean =>
  line[indent] === "-" && (line[indent + 1] === " " || line.length === indent + 1);

/** The first column from `p` that is not a space. */
export function skipSpaces(line: string, p: number): number {
  let i = p;
  while (line.charCodeAt(i) === 32) i++;
  return i;
}
