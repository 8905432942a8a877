// The README's commands and JSON contract sections show real output: every example is run here.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { REPO, runMuse } from "./helpers/run-muse.js";

const README = readFileSync(`${REPO}README.md`, "utf8");

/** The text between `<!-- section:NAME -->` and `<!-- /section:NAME -->`. */
function section(name: string): string {
  const start = README.indexOf(`<!-- section:${name} -->`);
  const end = README.indexOf(`<!-- /section:${name} -->`);
  expect(start, `README section ${name}`).toBeGreaterThanOrEqual(0);
  expect(end).toBeGreaterThan(start);
  return README.slice(start, end);
}

/** Splits a command line the way a shell would for these examples: on spaces, keeping "quoted words". */
function words(line: string): string[] {
  return [...line.matchAll(/"([^"]*)"|'([^']*)'|(\S+)/g)].map((m) => m[1] ?? m[2] ?? m[3] ?? "");
}

/** What muse prints for a README command line (stdout, then stderr), with this clone's path as `/path/to/muse/`. */
async function printed(line: string): Promise<string> {
  const [program, ...argv] = words(line);
  expect(program).toBe("muse");
  const r = await runMuse(argv);
  return (r.out + r.err).replaceAll(REPO, "/path/to/muse/");
}

describe("README JSON contracts", () => {
  const pairs = [...section("json").matchAll(/```sh\n(muse [^\n]+)\n```\n\n```json\n([\s\S]*?)```/g)];

  it("shows an example of scores, every list, show and validate", () => {
    const commands = pairs.map((m) =>
      words(m[1] ?? "")
        .slice(1, 3)
        .join(" "),
    );
    for (const expected of ["scores --bench", "list benchmarks", "list models", "list sources", "show ", "validate "]) {
      expect(
        commands.some((c) => c.startsWith(expected.trim())),
        expected,
      ).toBe(true);
    }
  });

  it.each(pairs.map((m) => [m[1] ?? "", m[2] ?? ""]))("`%s` prints exactly the JSON shown", async (line, shown) => {
    expect(await printed(line)).toBe(shown);
  });
});

describe("README command transcripts", () => {
  // A ```sh block whose lines start with `$ ` is a transcript: each command, then what it prints.
  const transcripts = [...section("commands").matchAll(/```sh\n(\$ [\s\S]*?)```/g)].flatMap((block) =>
    (block[1] ?? "")
      .split(/^\$ /m)
      .filter((part) => part !== "")
      .map((part) => {
        const newline = part.indexOf("\n");
        return [part.slice(0, newline), part.slice(newline + 1)] as const;
      }),
  );

  it("has transcripts for scores, show, list and validate", () => {
    const commands = new Set(transcripts.map(([line]) => words(line)[1]));
    expect([...commands].sort()).toEqual(expect.arrayContaining(["list", "scores", "show", "validate"]));
  });

  it.each(transcripts)("`%s` prints what the README shows", async (line, shown) => {
    expect(await printed(line)).toBe(shown);
  });

  it("has a quick start query that works on the bundled data and shows Muse Spark's 42.5 on ARC-AGI-2", async () => {
    const quick = /## Quick start\n\n```sh\n([\s\S]*?)```/.exec(README)?.[1] ?? "";
    const run = /npx (muse [^\n]+)/.exec(quick)?.[1];
    expect(run).toBeDefined();
    const r = await runMuse(words(run ?? "").slice(1));
    expect(r.code).toBe(0);
    expect(r.err).toBe("");
    expect(r.out).toMatch(/(Muse Spark|muse-spark)\b.*\b42\.5%/);
  });
});
