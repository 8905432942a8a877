import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { blockBody, blockIds, GENERATED_BLOCKS, replaceBlocks } from "../scripts/readme-blocks.mjs";
import { muse, REPO_ROOT } from "./compare-helpers.js";

const README = readFileSync(`${REPO_ROOT}README.md`, "utf8");

describe("README", () => {
  it("quick start is `npm install && npx muse compare --bench arc-agi-2` and `npm test`", () => {
    const quick = /## Quick start\n\n```sh\n([\s\S]*?)```/.exec(README)?.[1];
    expect(quick).toBe("npm install && npx muse compare --bench arc-agi-2\nnpm test\n");
  });

  it("holds every generated block, including a markdown table muse wrote", () => {
    expect(blockIds(README)).toEqual(GENERATED_BLOCKS.map((b) => b.id));
    expect(README).toMatch(/<!-- generated:compare-arc-agi-2 -->\n### ARC-AGI-2[^\n]*\n\n\| Rank \| Model \| Value \|/);
  });

  it("generated blocks are fresh against the bundled registry (run `npm run readme` to rewrite them)", async () => {
    const bodies = new Map<string, string>();
    for (const block of GENERATED_BLOCKS) {
      const { code, out, err } = await muse(block.argv);
      expect([code, err], block.id).toEqual([0, ""]);
      bodies.set(block.id, blockBody(block, out));
    }
    const fresh = replaceBlocks(README, (id) => bodies.get(id) ?? `unknown block ${id}\n`);
    expect(README).toBe(fresh);
  });

  it("replaceBlocks notices a stale block", () => {
    const stale = "a\n<!-- generated:x -->\nold\n<!-- /generated -->\nb\n";
    expect(replaceBlocks(stale, () => "new\n")).toBe("a\n<!-- generated:x -->\nnew\n<!-- /generated -->\nb\n");
  });
});
