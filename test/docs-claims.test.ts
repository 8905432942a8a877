// docs/claims.md shows real output: each example command is run here and must print exactly what the page shows.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { REPO, runMuse } from "./helpers/run-muse.js";

const PAGE = readFileSync(`${REPO}docs/claims.md`, "utf8");
const examples = [...PAGE.matchAll(/```sh\n(muse [^\n]+)\n```\n\n```(?:json|text)\n([\s\S]*?)```/g)].map(
  (m) => [m[1] ?? "", m[2] ?? ""] as const,
);

describe("docs/claims.md", () => {
  it("shows a table and a JSON example", () => {
    expect(examples.map(([line]) => line)).toEqual([
      "muse claims --bench gdpval-aa",
      "muse claims --model muse-spark --bench gdpval-aa --json",
    ]);
  });

  it.each(examples)("`%s` prints exactly what the page shows", async (line, shown) => {
    const r = await runMuse(line.split(" ").slice(1));
    expect([r.code, r.err]).toEqual([0, ""]);
    expect(r.out).toBe(shown);
  });

  it("is linked from the README", () => {
    expect(readFileSync(`${REPO}README.md`, "utf8")).toContain("(docs/claims.md)");
  });
});
