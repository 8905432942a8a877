// Rewrites the README blocks that muse generates (`npm run readme`, after a build).
// Each block is the output of the built CLI on the bundled registry, with no colour.
import { execFileSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { blockBody, GENERATED_BLOCKS, replaceBlocks } from "./readme-blocks.mjs";

const root = fileURLToPath(new URL("../", import.meta.url));
const readmePath = `${root}README.md`;
const env = { PATH: process.env.PATH ?? "" }; // no MUSE_REGISTRY, FORCE_COLOR or NO_COLOR from the caller

const before = readFileSync(readmePath, "utf8");
const after = replaceBlocks(before, (id) => {
  const block = GENERATED_BLOCKS.find((b) => b.id === id);
  if (block === undefined)
    throw new Error(`README.md has a generated block '${id}' that scripts/readme-blocks.mjs does not know`);
  const output = execFileSync(process.execPath, [`${root}bin/muse.cjs`, ...block.argv], {
    env,
    cwd: root,
    encoding: "utf8",
  });
  return blockBody(block, output);
});
if (after !== before) writeFileSync(readmePath, after);
console.log(after === before ? "README.md is up to date" : "README.md: generated blocks rewritten");
