// End-to-end: the built binary (`npm test` builds it first), spawned as a user would run it.
import { spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ANSI, fixture, REPO } from "./helpers/run-muse.js";

const BIN = join(REPO, "bin", "muse.cjs");
const BUNDLE = join(REPO, "dist", "start.cjs");
const STACK = /\n\s+at .+:\d+:\d+/;

/** A clean environment: nothing about colour or registries (nor a fetched Epoch layer) leaks in from the caller's. */
function env(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const home = process.env.HOME ?? tmpdir();
  const data = join(tmpdir(), "muse-e2e-no-data");
  return { PATH: process.env.PATH ?? "/usr/bin:/bin", HOME: home, XDG_DATA_HOME: data, LANG: "C.UTF-8", ...extra };
}

function muse(argv: readonly string[], extraEnv: Record<string, string> = {}, cwd = REPO) {
  const r = spawnSync(process.execPath, [BIN, ...argv], { cwd, env: env(extraEnv), encoding: "utf8" });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

/** Runs a bash pipeline from the repository root; reports the exit status of every stage. */
function pipeline(script: string) {
  const r = spawnSync("bash", ["-c", `set -o pipefail; ${script}; echo "status:\${PIPESTATUS[*]}" >&2`], {
    cwd: REPO,
    env: env(),
    encoding: "utf8",
  });
  const statusLine = /status:([\d ]+)\s*$/.exec(r.stderr);
  return { code: r.status, out: r.stdout, err: r.stderr.replace(/status:[\d ]+\s*$/, ""), stages: statusLine?.[1] };
}

let work: string;
beforeAll(() => {
  if (!existsSync(BUNDLE)) throw new Error(`${BUNDLE} is missing: run \`npm run build\` (npm test does) first`);
  work = mkdtempSync(join(tmpdir(), "muse-e2e-"));
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe("must show", () => {
  it("`muse scores --bench arc-agi-2` prints Muse Spark 42.5 beside Gemini 3.1 Pro, GPT-5.4 and Grok", () => {
    const r = muse(["scores", "--bench", "arc-agi-2"]);
    expect(r).toMatchObject({ code: 0, err: "" });
    const lines = r.out.split("\n");
    const row = (model: string, value: string) =>
      lines.find((l) => new RegExp(`^${model}(?: \\[\\d+\\])?\\s+ARC-AGI-2\\s+${value.replace(".", "\\.")}%`).test(l));
    expect(row("Muse Spark", "42.5")).toBeDefined();
    expect(row("Gemini 3.1 Pro", "76.5")).toBeDefined();
    expect(row("GPT-5.4", "76.1")).toBeDefined();
    expect(row("Grok 4.5", "53.3")).toBeDefined();
  });
});

describe("exit codes", () => {
  it("0 on success, with data on stdout only", () => {
    const r = muse(["validate"]);
    expect(r).toMatchObject({ code: 0, err: "" });
    expect(r.out).toMatch(/^ok: \d+ scores/);
  });
  it("2 on a usage error, with did-you-mean on stderr and nothing on stdout", () => {
    const r = muse(["scores", "--bench", "arc-agi-22"]);
    expect(r.code).toBe(2);
    expect(r.out).toBe("");
    expect(r.err).toMatch(/did you mean arc-agi-2/);
    expect(r.err).not.toMatch(STACK);
  });
  it("2 on an unknown option", () => {
    expect(muse(["scores", "--frobnicate"]).code).toBe(2);
  });
  it("65 on an invalid registry, every problem as file:line:col, no stack trace", () => {
    const r = muse(["validate", "--registry", fixture("unknown-ref")]);
    expect(r.code).toBe(65);
    expect(r.out).toBe("");
    expect(r.err).toContain("unknown-ref/refs.yaml:19:9: score names unknown model 'muse-sprak'");
    expect(r.err).toContain("unknown-ref/refs.yaml:22:9: score names unknown benchmark 'arc-agi-3'");
    expect(r.err).not.toMatch(STACK);
  });
});

describe("--version and --help", () => {
  it("prints the package version", () => {
    const { version } = JSON.parse(readFileSync(join(REPO, "package.json"), "utf8")) as { version: string };
    expect(muse(["--version"])).toEqual({ code: 0, out: `${version}\n`, err: "" });
  });

  const commands = () => {
    const help = muse(["--help"]).out;
    const section = help.slice(help.indexOf("Commands:"), help.indexOf("Examples:"));
    return [...section.matchAll(/^ {2}([a-z][a-z-]*)/gm)].map((m) => m[1] as string).filter((c) => c !== "help");
  };

  it("lists the commands of this issue", () => {
    expect(commands()).toEqual(expect.arrayContaining(["scores", "show", "list", "validate"]));
  });

  it("shows an Examples: block for muse and for every command", () => {
    const top = muse(["--help"]);
    expect(top).toMatchObject({ code: 0, err: "" });
    expect(top.out).toMatch(/\nExamples:\n {2}\$ muse /);
    for (const command of commands()) {
      const r = muse([command, "--help"]);
      expect(r.code, command).toBe(0);
      expect(r.out, command).toMatch(new RegExp(`\\nExamples:\\n {2}\\$ muse ${command}`));
    }
  });
});

describe("piping", () => {
  it("`muse scores | head -1` ends quietly with status 0", () => {
    const r = pipeline("node bin/muse.cjs scores | head -1");
    expect(r.out.split("\n")).toHaveLength(2);
    expect(r.out).toMatch(/^Model\s+Benchmark/);
    expect(r.err).toBe("");
    expect(r.stages).toBe("0 0");
    expect(r.code).toBe(0);
  });

  it("ends quietly when the reader goes away in the middle of a large output", () => {
    // JSON of 1000 scores is several times what a pipe buffer holds, so the write really fails with EPIPE.
    const dir = join(work, "big");
    mkdirSync(dir, { recursive: true });
    const scores = Array.from(
      { length: 6000 },
      (_, i) => `      - { model: m, benchmark: b${i % 3}, value: ${i}, setting: { run: r${i} } }`,
    );
    writeFileSync(
      join(dir, "big.yaml"),
      [
        "benchmarks:",
        ...[0, 1, 2].map(
          (i) =>
            `  - { id: b${i}, name: B${i}, category: other, unit: points, higher_is_better: true, description: d }`,
        ),
        "models:\n  - { id: m, name: M, org: O }",
        "sources:\n  - id: s\n    title: T\n    publisher: P\n    published: '2026'\n    kind: third-party\n    scores:",
        ...scores,
      ].join("\n"),
    );
    const r = pipeline(`node bin/muse.cjs scores --registry '${dir}' --json | head -1`);
    expect(r.out).toBe("[\n");
    expect(r.err).toBe("");
    expect(r.stages).toBe("0 0");
  });
});

describe("writing stdout without a stream (pipes, sockets, files)", () => {
  const argv = ["scores", "--json"];
  // Through a pipe, as Node's spawn gives it (several MB: a larger buffer than spawnSync's default).
  const expected = () =>
    spawnSync(process.execPath, [BIN, ...argv], { cwd: REPO, env: env(), encoding: "utf8", maxBuffer: 64 << 20 })
      .stdout;

  it("writes the same bytes to a file as to a pipe", () => {
    const file = join(work, "scores.json");
    const r = pipeline(`node bin/muse.cjs ${argv.join(" ")} > '${file}'`);
    expect(r.code).toBe(0);
    expect(readFileSync(file, "utf8")).toBe(expected());
  });

  // A pipe set non-blocking by a parent that shares it (Python here) makes write(2) fail with EAGAIN when full:
  // the output must still arrive whole. Node's own spawn makes a child's stdio blocking, so Python sets it up.
  const python = spawnSync("python3", ["--version"]).status === 0;
  it.skipIf(!python)("writes all of a large output into a full non-blocking pipe (python3 sets it up)", () => {
    const script = [
      "import os, subprocess, sys, time",
      "r, w = os.pipe()",
      "os.set_blocking(w, False)",
      "p = subprocess.Popen(sys.argv[1:], stdout=w, stderr=subprocess.DEVNULL)",
      "os.close(w)",
      "time.sleep(0.5)",
      "chunks = []",
      "while True:",
      "    b = os.read(r, 65536)",
      "    if not b: break",
      "    chunks.append(b)",
      "sys.stdout.buffer.write(b''.join(chunks))",
      "sys.exit(p.wait())",
    ].join("\n");
    const r = spawnSync("python3", ["-c", script, process.execPath, BIN, ...argv], {
      cwd: REPO,
      env: env(),
      encoding: "utf8",
      maxBuffer: 64 * 1024 * 1024,
    });
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout.length).toBeGreaterThan(1024 * 1024);
    expect(r.stdout).toBe(expected());
  });
});

describe("colour", () => {
  const argv = ["list", "models"];
  it("has no ANSI codes when piped", () => {
    expect(muse(argv).out).not.toMatch(ANSI);
  });
  it("has ANSI codes with FORCE_COLOR=1", () => {
    expect(muse(argv, { FORCE_COLOR: "1" }).out).toMatch(ANSI);
  });
  it("has none with NO_COLOR=1 (FORCE_COLOR unset)", () => {
    expect(muse(argv, { NO_COLOR: "1" }).out).not.toMatch(ANSI);
  });
  it("has none with --no-color even when forced by the environment", () => {
    expect(muse([...argv, "--no-color"], { FORCE_COLOR: "1" }).out).not.toMatch(ANSI);
  });

  const hasScript = spawnSync("script", ["--version"], { encoding: "utf8" }).status === 0;
  it.skipIf(!hasScript)("on a terminal (via script(1)): colour by default, none with NO_COLOR=1 or TERM=dumb", () => {
    const onTty = (extra: Record<string, string>) =>
      spawnSync("script", ["-qec", `node bin/muse.cjs ${argv.join(" ")}`, "/dev/null"], {
        cwd: REPO,
        env: env({ TERM: "xterm", ...extra }),
        encoding: "utf8",
      }).stdout;
    expect(onTty({})).toMatch(ANSI);
    expect(onTty({ NO_COLOR: "1" })).not.toMatch(ANSI);
    expect(onTty({ TERM: "dumb" })).not.toMatch(ANSI);
  });
});

describe("--debug", () => {
  // A copy of the build (dist/) with no data/ beside it fails in a way muse does not expect.
  const broken = () => {
    const dir = join(work, "no-data", "dist");
    cpSync(join(REPO, "dist"), dir, { recursive: true });
    return (argv: string[]) => {
      const r = spawnSync(process.execPath, [join(dir, "start.cjs"), ...argv], {
        cwd: work,
        env: env(),
        encoding: "utf8",
      });
      return { code: r.status, out: r.stdout, err: r.stderr };
    };
  };

  it("an unexpected error exits 1 with a one-line message and no stack", () => {
    const r = broken()(["scores"]);
    expect(r.code).toBe(1);
    expect(r.out).toBe("");
    expect(r.err).toMatch(/^muse: unexpected error: the bundled registry \(data\/\) was not found/);
    expect(r.err).toContain("run again with --debug");
    expect(r.err).not.toMatch(STACK);
  });
  it("--debug adds the stack trace of an unexpected error", () => {
    const r = broken()(["scores", "--debug"]);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(STACK);
  });
  it("--debug shows no stack for usage errors and invalid registries", () => {
    expect(muse(["show", "nothing-like-this", "--debug"]).err).not.toMatch(STACK);
    expect(muse(["validate", "--debug", "--registry", fixture("alias")]).err).not.toMatch(STACK);
  });
});
