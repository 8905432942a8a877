/** One README block that muse writes: its id, the muse arguments, and its code fence (none for markdown). */
export interface GeneratedBlock {
  id: string;
  argv: string[];
  fence?: string;
}
/** Each generated block of the README. */
export const GENERATED_BLOCKS: readonly GeneratedBlock[];
/** The text a block holds for muse's output. */
export function blockBody(block: GeneratedBlock, output: string): string;
/** The ids of the generated blocks a README holds, in order. */
export function blockIds(readme: string): string[];
/** Rewrites every generated block of a README with `bodyOf(id)`. */
export function replaceBlocks(readme: string, bodyOf: (id: string) => string): string;
