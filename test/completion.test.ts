// biome-ignore-all lint/suspicious/noTemplateCurlyInString: these strings are shell code, where ${...} is shell syntax
import { spawnSync } from "node:child_process";
import { chmodSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { delimiter, join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildProgram } from "../src/cli/program.js";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const BIN = join(ROOT, "bin", "muse.cjs");
const scratch = mkdtempSync(join(tmpdir(), "muse-completion-"));
const shimDir = join(scratch, "bin");
const otherRegistry = join(scratch, "other-registry");
const scriptFile = join(scratch, "muse.bash");

beforeAll(() => {
  if (!existsSync(join(ROOT, "dist", "start.cjs"))) throw new Error("dist/start.cjs is missing: run `npm run build`");
  mkdirSync(shimDir, { recursive: true });
  // the completion scripts call `muse` from PATH, as they would for a user
  writeFileSync(
    join(shimDir, "muse"),
    `#!/bin/sh\nexec ${JSON.stringify(process.execPath)} ${JSON.stringify(BIN)} "$@"\n`,
  );
  chmodSync(join(shimDir, "muse"), 0o755);
  const generated = spawnSync(process.execPath, [BIN, "completion", "bash"], { encoding: "utf8" });
  if (generated.status !== 0) throw new Error(`muse completion bash failed: ${generated.stderr}`);
  writeFileSync(scriptFile, generated.stdout);
  mkdirSync(otherRegistry, { recursive: true });
  writeFileSync(
    join(otherRegistry, "r.yaml"),
    "benchmarks:\n  - { id: zeta-bench, name: Zeta, category: math, unit: points, higher_is_better: true, description: d }\nmodels:\n  - { id: zed-1, name: Zed, org: Z }\n",
  );
});
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const quote = (word: string) => `'${word.replaceAll("'", `'\\''`)}'`;

/** Splits a command line into COMP_WORDS the way bash does with its default COMP_WORDBREAKS (`=` its own word). */
function compWords(line: string): string[] {
  const words = line.split(/\s+/).filter((w) => w !== "");
  if (/\s$/.test(line)) words.push("");
  return words.flatMap((w) => {
    const eq = w.indexOf("=");
    return w.startsWith("--") && eq > 0 ? [w.slice(0, eq), "=", w.slice(eq + 1)].filter((p) => p !== "") : [w];
  });
}

/** Runs the generated bash completion function for `line` (cursor at the end) in a real bash; returns COMPREPLY. */
function complete(line: string, env: Record<string, string> = {}): { reply: string[]; stderr: string } {
  const words = compWords(line);
  const script = [
    `source ${quote(scriptFile)}`,
    'spec="$(complete -p muse)"',
    'fn="${spec##*-F }"; fn="${fn%% *}"',
    `COMP_WORDS=(${words.map(quote).join(" ")})`,
    `COMP_CWORD=${words.length - 1}`,
    `COMP_LINE=${quote(line)}`,
    `COMP_POINT=${line.length}`,
    '"$fn" muse "${COMP_WORDS[COMP_CWORD]}" "${COMP_WORDS[COMP_CWORD-1]}"',
    "printf '%s\\n' \"${COMPREPLY[@]}\"",
  ].join("\n");
  const result = spawnSync("bash", ["--norc", "--noprofile", "-c", script], {
    cwd: ROOT,
    encoding: "utf8",
    env: { PATH: `${shimDir}${delimiter}${process.env.PATH ?? ""}`, HOME: scratch, ...env },
  });
  expect(result.status, result.stderr).toBe(0);
  return { reply: result.stdout.split("\n").filter((l) => l !== ""), stderr: result.stderr };
}

const reply = (line: string, env?: Record<string, string>) => complete(line, env).reply;

/** The long options commander knows for a command (and the global ones), from the program itself. */
async function longOptionsOf(name: string): Promise<string[]> {
  const io = { out() {}, err() {}, env: {}, cwd: ROOT, stdoutIsTTY: false, stderrIsTTY: false };
  const program = await buildProgram(io, () => () => Promise.resolve());
  const command = program.commands.find((c) => c.name() === name);
  if (command === undefined) throw new Error(`no command ${name}`);
  return command.options.flatMap((o) => (o.long === undefined ? [] : [o.long]));
}

describe("muse completion bash, run in a real bash", () => {
  it("registers one function for muse", () => {
    const result = spawnSync("bash", ["--norc", "-c", "source <(muse completion bash); complete -p muse"], {
      encoding: "utf8",
      env: { PATH: `${shimDir}${delimiter}${process.env.PATH ?? ""}` },
    });
    expect(result.stdout.trim()).toMatch(/^complete -F _muse muse$/);
  });

  it("completes subcommands, hiding the internal one", () => {
    const all = reply("muse ");
    expect(all).toEqual(
      expect.arrayContaining(["compare", "scores", "show", "list", "validate", "schema", "completion"]),
    );
    expect(all.some((w) => w.startsWith("__"))).toBe(false);
    expect(reply("muse sc")).toEqual(["scores", "schema"]);
  });

  it("completes the options of compare, its own and the global ones", async () => {
    const offered = reply("muse compare --");
    expect(offered).toEqual(
      expect.arrayContaining([...(await longOptionsOf("compare")), "--registry", "--format", "--json"]),
    );
    expect(offered).toContain("--bench");
    expect(reply("muse compare --ba")).toEqual(["--baseline"]);
  });

  it("completes --format choices, also after `=` and before the subcommand", () => {
    const all = ["table", "json", "markdown", "csv", "chart", "svg", "mermaid"];
    expect(reply("muse compare --format ")).toEqual(all);
    expect(reply("muse --format m")).toEqual(["markdown", "mermaid"]);
    expect(reply("muse scores --format=c")).toEqual(["csv", "chart"]);
    expect(reply("muse scores --format=")).toEqual(all);
  });

  it("completes benchmark and model ids from the registry (the launch layer)", () => {
    const reply = (line: string) => complete(line, { MUSE_REGISTRY: "launch" }).reply;
    expect(reply("muse compare --bench arc")).toEqual(["arc-agi-2"]);
    expect(reply("muse compare --models muse-spark,gpt-5.4-")).toEqual(["muse-spark,gpt-5.4-pro"]);
    expect(reply("muse compare --bench arc-agi-2 --baseline muse")).toEqual(["muse-spark"]);
    expect(reply("muse scores -m claude-opus")).toEqual(["claude-opus-4.6"]);
    expect(reply("muse show arc-agi")).toEqual(["arc-agi-2"]);
    expect(reply("muse scores --source pop")).toEqual(["pop-muse-spark"]);
    expect(reply("muse add --source pop")).toEqual(["pop-muse-spark"]);
    expect(reply("muse add --bench arc")).toEqual(["arc-agi-2"]);
    expect(reply("muse add ")).toEqual(["source"]);
  });

  it("takes ids from --registry on the command line, then from MUSE_REGISTRY", () => {
    expect(reply(`muse --registry ${otherRegistry} compare --bench zeta`)).toEqual(["zeta-bench"]);
    expect(reply(`muse compare --registry=${otherRegistry} --models ze`)).toEqual(["zed-1"]);
    expect(reply("muse compare --bench zeta", { MUSE_REGISTRY: otherRegistry })).toEqual(["zeta-bench"]);
    expect(reply("muse compare --bench zeta")).toEqual([]);
  });

  it("stays quiet when the registry is missing or broken", () => {
    const broken = join(scratch, "broken");
    mkdirSync(broken, { recursive: true });
    writeFileSync(join(broken, "bad.yaml"), "benchmarks: [ { id: x\n");
    for (const dir of [join(scratch, "does-not-exist"), broken]) {
      const result = complete(`muse --registry ${dir} compare --bench a`);
      expect(result.reply).toEqual([]);
      expect(result.stderr).toBe("");
    }
  });

  it("completes positional choices and stops after the operand", () => {
    expect(reply("muse list ")).toEqual(["benchmarks", "models", "sources"]);
    expect(reply("muse list --kind p")).toEqual(["press"]);
    expect(reply("muse completion ")).toEqual(["bash", "zsh", "fish"]);
    expect(reply("muse list models ")).toEqual([]);
    expect(reply("muse --registry data show muse-spark ")).toEqual([]);
  });
});

describe("the hidden id lister", () => {
  const run = (...args: string[]) =>
    spawnSync(process.execPath, [BIN, "__complete", ...args], { cwd: ROOT, encoding: "utf8", env: { PATH: "" } });

  it("prints ids one a line, sorted, and nothing for unknown kinds", () => {
    const result = run("ids", "benchmarks");
    const ids = result.stdout.trim().split("\n");
    expect(ids).toContain("arc-agi-2");
    expect(ids).toEqual([...ids].sort());
    expect(run("ids", "nonsense").stdout).toBe("");
    expect(run("ids", "models", "--registry", join(scratch, "nowhere"))).toMatchObject({
      status: 0,
      stdout: "",
      stderr: "",
    });
  });

  it("is not listed in --help", () => {
    expect(spawnSync(process.execPath, [BIN, "--help"], { encoding: "utf8" }).stdout).not.toContain("__complete");
  });
});

const hasShell = (shell: string) => spawnSync("sh", ["-c", `command -v ${shell}`]).status === 0;
const shellEnv = () => ({ PATH: `${shimDir}${delimiter}${process.env.PATH ?? ""}`, HOME: scratch });

/** Writes `muse completion SHELL` to a file (once) and returns its path. */
function generated(shell: "zsh" | "fish"): string {
  const file = join(scratch, `muse.${shell}`);
  if (existsSync(file)) return file;
  const script = spawnSync(process.execPath, [BIN, "completion", shell], { encoding: "utf8" });
  expect(script.status).toBe(0);
  writeFileSync(file, script.stdout);
  return file;
}

for (const shell of ["zsh", "fish"] as const) {
  describe(`muse completion ${shell}`, () => {
    const present = hasShell(shell);
    const test = present ? it : it.skip;
    const missing = present ? "" : ` (skipped: ${shell} is not installed)`;

    test(`is valid ${shell}${missing}`, () => {
      const check = spawnSync(shell, [shell === "zsh" ? "-n" : "--no-execute", generated(shell)], { encoding: "utf8" });
      expect(check.stderr).toBe("");
      expect(check.status).toBe(0);
    });

    test(`offers commands, options, choices and registry ids${missing}`, () => {
      const candidates = shell === "fish" ? fishCandidates : zshCandidates;
      expect(candidates("muse ")).toEqual(expect.arrayContaining(["compare", "scores", "schema", "completion"]));
      expect(candidates("muse compare --")).toEqual(expect.arrayContaining(["--bench", "--models", "--registry"]));
      expect(candidates("muse compare --format ")).toEqual(
        expect.arrayContaining(["table", "json", "markdown", "csv"]),
      );
      expect(candidates("muse compare --bench arc")).toContain("arc-agi-2");
      expect(candidates(`muse --registry ${otherRegistry} compare --models ze`)).toContain("zed-1");
      expect(candidates(`muse --registry ${otherRegistry} compare --models ze`)).not.toContain("muse-spark");
    });
  });
}

/** fish's own `complete -C`: the completions fish would offer for a command line. */
function fishCandidates(line: string): string[] {
  const run = spawnSync(
    "fish",
    ["--no-config", "-c", `source ${quote(generated("fish"))}; complete -C ${quote(line)}`],
    {
      encoding: "utf8",
      env: shellEnv(),
    },
  );
  expect(run.stderr).toBe("");
  return run.stdout.split("\n").flatMap((l) => (l === "" ? [] : [l.split("\t")[0] ?? ""]));
}

/**
 * Runs the zsh completion function for a command line with zsh's completion builtins replaced by functions
 * that print every candidate (zsh itself filters them by the typed prefix, so this shows what is offered).
 */
function zshCandidates(line: string): string[] {
  const words = line.split(" ");
  const stubs = [
    'compadd() { if [[ $1 == -a ]]; then print -rl -- "${(@P)2}"; else shift ${@[(i)--]}; print -rl -- "$@"; fi }',
    '_describe() { local name=${@[-1]}; print -rl -- "${(@)${(@P)name}%%:*}" }',
    "compset() { return 1 }",
    "_files() { print -r -- '(files)' }",
    "_message() { : }",
    "compdef() { : }",
  ];
  const script = [
    ...stubs,
    `source ${quote(generated("zsh"))}`,
    `words=(${words.map(quote).join(" ")})`,
    `CURRENT=${words.length}`,
    "_muse",
  ].join("\n");
  const run = spawnSync("zsh", ["-f", "-c", script], { encoding: "utf8", env: shellEnv() });
  expect(run.stderr).toBe("");
  return run.stdout.split("\n").filter((l) => l !== "");
}
