import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { findBlocks } from "../src/cli/docs-blocks.js";
import { REPO, runMuse } from "./helpers/run-muse.js";

const README = readFileSync(`${REPO}README.md`, "utf8");
/** Every page whose generated blocks `npm test` keeps fresh: the README and docs/*.md. */
const PAGES = [
  "README.md",
  ...readdirSync(`${REPO}docs`)
    .filter((f) => f.endsWith(".md"))
    .sort()
    .map((f) => `docs/${f}`),
];

describe("README", () => {
  it("quick start is `npm install && npx muse compare --bench arc-agi-2` and `npm test`", () => {
    const quick = /## Quick start\n\n```sh\n([\s\S]*?)```/.exec(README)?.[1];
    expect(quick).toBe("npm install && npx muse compare --bench arc-agi-2\nnpm test\n");
  });

  it("holds generated blocks, including a markdown table muse wrote", () => {
    // The launch articles alone keep the mechanics short; the first block shows the default layers.
    expect(findBlocks(README, "README.md").map((b) => b.command)).toEqual([
      "scores --bench gpqa-diamond --model muse-spark --format table",
      "compare --bench arc-agi-2 --registry launch",
      "compare --bench gdpval-aa --format table --registry launch",
      "compare --models muse-spark,gpt-5.4 --bench gdpval-aa,hle,arc-agi-2 --format table --registry launch",
      "conflicts --format table --registry launch",
      "compare --bench gdpval-aa --json --registry launch",
      "conflicts --json --registry launch",
    ]);
    expect(README).toMatch(
      /<!-- muse compare --bench arc-agi-2 --registry launch -->\n### ARC-AGI-2[^\n]*\n\n\| Rank \| Model \| Value \|/,
    );
  });

  it("`muse docs --check README.md docs/*.md` passes on the bundled registry (run `npm run docs` to rewrite them)", async () => {
    const r = await runMuse(["docs", "--check", ...PAGES]);
    expect(r.err).toBe("");
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^README\.md: \d+ blocks, up to date\n/);
  });
});
