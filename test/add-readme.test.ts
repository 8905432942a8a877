// The `muse add` example of docs/registry.md runs as written on a fresh directory, and `muse add --json` prints one object.
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { REPO, runMuse } from "./helpers/run-muse.js";

const scratch = mkdtempSync(join(tmpdir(), "muse-add-readme-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** The command lines of the `muse add` example block of docs/registry.md, continuation lines joined. */
function exampleLines(): string[] {
  const readme = readFileSync(join(REPO, "docs", "registry.md"), "utf8");
  const start = readme.indexOf("### Adding scores from the shell: muse add");
  const block = /```sh\n([\s\S]*?)```/.exec(readme.slice(start))?.[1] ?? "";
  return block
    .replace(/\\\n\s*/g, "")
    .trim()
    .split("\n");
}

const words = (line: string) => [...line.matchAll(/"([^"]*)"|(\S+)/g)].map((m) => m[1] ?? m[2] ?? "");

describe("the muse add example of docs/registry.md", () => {
  it("runs as written on a fresh directory: mkdir, a new source, two scores (the last with --json)", async () => {
    const dir = join(scratch, "fresh");
    mkdirSync(dir);
    const lines = exampleLines();
    expect(lines[0]).toBe("mkdir mine");
    mkdirSync(join(dir, "mine"));
    const results = [];
    for (const line of lines.slice(1)) {
      const [program, ...argv] = words(line).map((w) => (w === "./mine" ? join(dir, "mine") : w));
      expect(program).toBe("muse");
      results.push(await runMuse(argv));
    }
    expect(results.map((r) => [r.code, r.err])).toEqual(results.map(() => [0, ""]));
    expect(results[0]?.out).toMatch(/^created source 'my-blog' in .*my-blog\.yaml\n$/);
    expect(results[1]?.out).toMatch(/^added muse-spark on arc-agi-2 \(setting: default\) = 42\.5 to source 'my-blog'/);
    const added = JSON.parse(results[2]?.out ?? "");
    expect(added).toMatchObject({
      added: "score",
      source: "my-blog",
      model: "gpt-5.4",
      benchmark: "humanitys-last-exam",
      value: 41,
      setting: { tools: "python", effort: "high" },
      stderr: 1.2,
      approx: true,
      note: "read off the chart",
    });
    expect(Object.keys(added)).toEqual([
      "added",
      "source",
      "file",
      "model",
      "benchmark",
      "value",
      "setting",
      "stderr",
      "approx",
      "note",
      "message",
    ]);
    const scores = await runMuse([
      "--registry",
      "default",
      "--registry",
      join(dir, "mine"),
      "scores",
      "--source",
      "my-blog",
      "--json",
    ]);
    expect(JSON.parse(scores.out).map((s: { value: number }) => s.value)).toEqual([42.5, 41]);
  });

  it("add source --json prints what was created", async () => {
    const dir = join(scratch, "source-json");
    mkdirSync(dir);
    const r = await runMuse([
      "add",
      "source",
      "--registry",
      "default",
      "--registry",
      dir,
      "--id",
      "notes",
      "--title",
      "Notes",
      "--publisher",
      "Me",
      "--published",
      "2026-04-10",
      "--kind",
      "third-party",
      "--json",
    ]);
    expect(r.code, r.err).toBe(0);
    expect(JSON.parse(r.out)).toEqual({
      added: "source",
      source: "notes",
      file: join(dir, "sources", "notes.yaml"),
      message: `created source 'notes' in ${join(dir, "sources", "notes.yaml")}`,
    });
  });
});

describe("help", () => {
  it("muse add --help says how --registry layering works", async () => {
    const r = await runMuse(["add", "--help"]);
    expect(r.out).toContain("Layering: give the registries the score's model, benchmark and source come from");
    expect(r.out).toContain("--registry default --registry ./mine (the bundled data, then yours)");
  });

  it("each command's help lists the global options it takes", async () => {
    for (const command of ["compare", "scores", "conflicts", "show", "list", "add"]) {
      const r = await runMuse([command, "--help"]);
      expect(r.out, command).toMatch(/^Global Options:$/m);
      for (const option of ["--registry <path>", "--format <format>", "--ids", "--precision <precision>"]) {
        expect(r.out, `${command} ${option}`).toContain(option);
      }
    }
  });
});
