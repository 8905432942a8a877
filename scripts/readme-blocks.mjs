// The README blocks that muse itself writes, shared by `npm run readme` (which rewrites them) and
// test/readme.test.ts (which fails when one is stale). A block sits between
// `<!-- generated:ID -->` and `<!-- /generated -->`.

/** Each generated block: the muse arguments that produce it, and the code fence it sits in (none for markdown). */
export const GENERATED_BLOCKS = [
  { id: "compare-arc-agi-2", argv: ["compare", "--bench", "arc-agi-2", "--format", "markdown"] },
  { id: "compare-gdpval-aa", argv: ["compare", "--bench", "gdpval-aa"], fence: "text" },
  {
    id: "compare-models",
    argv: ["compare", "--models", "muse-spark,gpt-5.4", "--bench", "gdpval-aa,hle,arc-agi-2"],
    fence: "text",
  },
  { id: "conflicts", argv: ["conflicts"], fence: "text" },
  { id: "compare-json", argv: ["compare", "--bench", "gdpval-aa", "--json"], fence: "json" },
  { id: "conflicts-json", argv: ["conflicts", "--json"], fence: "json" },
];

const BLOCK = /<!-- generated:([\w-]+) -->\n[\s\S]*?<!-- \/generated -->/g;

/** The text a block holds for muse's output: the output itself, or the output in a code fence. */
export function blockBody(block, output) {
  const text = output.endsWith("\n") ? output : `${output}\n`;
  return block.fence === undefined ? text : `\`\`\`${block.fence}\n${text}\`\`\`\n`;
}

/** The ids of the generated blocks a README holds, in order. */
export function blockIds(readme) {
  return [...readme.matchAll(BLOCK)].map((m) => m[1]);
}

/** Rewrites every generated block of a README with `bodyOf(id)`; an unknown id is an error. */
export function replaceBlocks(readme, bodyOf) {
  return readme.replace(BLOCK, (_, id) => `<!-- generated:${id} -->\n${bodyOf(id)}<!-- /generated -->`);
}
