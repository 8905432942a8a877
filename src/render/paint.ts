/** The colouring functions a renderer uses; a chalk instance fits, and `plain` paints nothing. */
export interface Paint {
  bold(text: string): string;
  dim(text: string): string;
  green(text: string): string;
  red(text: string): string;
  yellow(text: string): string;
}

const same = (text: string) => text;

/** A paint that leaves text as it is (no colour). */
export const plain: Paint = { bold: same, dim: same, green: same, red: same, yellow: same };
