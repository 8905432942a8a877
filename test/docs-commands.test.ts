// docs/commands.md names every command and every flag of the program, and each command's --help points to a page
// of docs/ that exists.
import { existsSync, readFileSync } from "node:fs";
import { type Command, Help } from "commander";
import { describe, expect, it } from "vitest";
import type { Io } from "../src/cli/io.js";
import { buildProgram } from "../src/cli/program.js";
import { REPO, runMuse } from "./helpers/run-muse.js";

const PAGE = readFileSync(`${REPO}docs/commands.md`, "utf8");
const help = new Help();

/** Every command a user can run, as its path of words (`["import", "epoch"]`), with its commander object. */
async function commands(): Promise<[string[], Command][]> {
  const io: Io = { out() {}, err() {}, env: {}, cwd: REPO, stdoutIsTTY: false, stderrIsTTY: false };
  const program = await buildProgram(io, () => () => Promise.resolve());
  const found: [string[], Command][] = [];
  const visit = (command: Command, path: string[]) => {
    for (const sub of help.visibleCommands(command)) {
      if (sub.name() === "help") continue;
      found.push([[...path, sub.name()], sub]);
      visit(sub, [...path, sub.name()]);
    }
  };
  visit(program, []);
  return found;
}

/** The part of the page under a heading, up to the next heading of any level. */
function section(heading: string): string | undefined {
  const at = PAGE.search(new RegExp(`^#{2,3} ${heading.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}$`, "m"));
  if (at < 0) return undefined;
  const rest = PAGE.slice(at);
  const body = rest.indexOf("\n") + 1;
  const next = rest.slice(body).search(/^#{1,3} /m);
  return next < 0 ? rest : rest.slice(0, body + next);
}

/** Matches a flag as a whole word: `--model` but not `--models`. */
const flag = (long: string) => new RegExp(`(?<![\\w-])${long}(?![\\w-])`);

const all = await commands();

describe("docs/commands.md", () => {
  it("covers the commands muse has", () => {
    expect(all.map(([path]) => path.join(" "))).toEqual(
      expect.arrayContaining(["compare", "claims", "import epoch", "import lm-eval", "add source", "docs"]),
    );
  });

  it.each(all.map(([path, command]) => [path.join(" "), command] as const))(
    "has a section `muse %s` naming each of its flags",
    (name, command) => {
      const text = section(`muse ${name}`);
      expect(text, `no heading "muse ${name}"`).toBeDefined();
      for (const option of help.visibleOptions(command)) {
        if (option.long === "--help") continue;
        expect(text, `muse ${name} ${option.long}`).toMatch(flag(option.long ?? ""));
      }
    },
  );

  it("lists every global option under Global options", async () => {
    const io: Io = { out() {}, err() {}, env: {}, cwd: REPO, stdoutIsTTY: false, stderrIsTTY: false };
    const program = await buildProgram(io, () => () => Promise.resolve(), ["--version"]);
    const text = section("Global options") ?? "";
    const longs = help.visibleOptions(program).map((o) => o.long ?? "");
    expect(longs).toEqual(expect.arrayContaining(["--registry", "--no-cache", "--version", "--help"]));
    for (const long of longs) expect(text, long).toMatch(flag(long));
  });
});

describe("help points to the docs", () => {
  it.each([[[]], ...all.map(([path]) => [path])])("`muse %j --help` names an existing page of docs/", async (path) => {
    const r = await runMuse([...path, "--help"]);
    expect(r.code).toBe(0);
    const pages = [...r.out.matchAll(/\bdocs\/([a-z-]+)\.md\b/g)].map((m) => `docs/${m[1]}.md`);
    expect(pages.length, r.out).toBeGreaterThan(0);
    for (const page of pages) expect(existsSync(`${REPO}${page}`), page).toBe(true);
  });
});

describe("docs/charts.md on muse docs", () => {
  it("names the commands a block may run, as muse docs allows them", async () => {
    const { DOCS_COMMANDS } = await import("../src/cli/commands/docs.js");
    const page = readFileSync(`${REPO}docs/charts.md`, "utf8");
    const listed = /\(one of ([a-z, \n]+):/.exec(page)?.[1]?.replace(/\s+/g, " ");
    expect(listed).toBe(DOCS_COMMANDS.join(", "));
  });
});
