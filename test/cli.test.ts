// The CLI in-process through run(argv, io): formats, options, exit codes, registries and colour.
import { describe, expect, it } from "vitest";
import { colorLevel } from "../src/cli/color.js";
import { EXIT } from "../src/cli/main.js";
import { ANSI, fixture, runMuse } from "./helpers/run-muse.js";

describe("formats", () => {
  it("renders a table by default, and the same rows as json, markdown and csv", async () => {
    const argv = ["scores", "--bench", "arc-agi-2", "--model", "muse-spark"];
    const table = await runMuse(argv);
    expect(table.out.split("\n")[0]).toMatch(/^Model\s+Benchmark\s+Value/);
    expect(table.out).toContain("42.5%");
    const md = await runMuse([...argv, "--format", "markdown"]);
    expect(md.out).toMatch(/^\| Model \| Benchmark \| Value \|/);
    expect(md.out).toContain("| Muse Spark[^1] | ARC-AGI-2 | 42.5% | default | eigent-muse-spark[^2] |");
    const csv = await runMuse([...argv, "--format", "csv"]);
    const lines = csv.out.split("\r\n");
    expect(lines[0]).toBe(
      "benchmark,benchmark_name,model,model_name,value,unit,decimals,approx,stderr,ci_low,ci_high,setting,condition,configuration,inferred,source,source_kind,notes",
    );
    expect(lines.slice(1).map((l) => l.split(",").slice(0, 17).join(","))).toEqual([
      "arc-agi-2,ARC-AGI-2,muse-spark,Muse Spark,42.5,percent,1,false,,,,,,,,eigent-muse-spark,first-party",
      "arc-agi-2,ARC-AGI-2,muse-spark,Muse Spark,42.5,percent,1,false,,,,,,,,pop-muse-spark,first-party",
      "",
    ]);
    const json = await runMuse([...argv, "--format", "json"]);
    expect(JSON.parse(json.out)).toHaveLength(2);
  });

  it("takes --json as --format json, wherever it is written", async () => {
    const a = await runMuse(["--json", "list", "models"]);
    const b = await runMuse(["list", "models", "--format", "json"]);
    expect(a.out).toBe(b.out);
    expect(Array.isArray(JSON.parse(a.out))).toBe(true);
  });

  it("refuses a format outside the choices, listing them", async () => {
    const r = await runMuse(["scores", "--format", "xml"]);
    expect(r.code).toBe(EXIT.usage);
    expect(r.out).toBe("");
    expect(r.err).toContain("Allowed choices are table, json, markdown, csv");
  });
});

describe("--setting", () => {
  it("filters on every key=value given", async () => {
    const r = await runMuse(["scores", "--setting", "mode=contemplating", "--setting", "tools=any", "--json"]);
    const rows = JSON.parse(r.out) as { setting: Record<string, unknown> }[];
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) expect(row.setting).toMatchObject({ mode: "contemplating", tools: "any" });
  });

  it("reads counts as numbers and ignores case", async () => {
    const r = await runMuse(["scores", "--setting", "Agents=4", "--json"]);
    const rows = JSON.parse(r.out) as { setting: Record<string, unknown> }[];
    expect(rows.map((row) => row.setting.agents)).toEqual(rows.map(() => 4));
    expect(rows.length).toBeGreaterThan(0);
  });

  it.each([
    [["--setting", "efort=high"], "muse: unknown setting key 'efort' (did you mean effort?)\n"],
    [["--setting", "effort"], "muse: --setting expects key=value, got 'effort'\n"],
    [["--setting", "agents=many"], "muse: invalid --setting agents=many: must be a whole number\n"],
  ])("makes %j a usage error", async (args, message) => {
    const r = await runMuse(["scores", ...args]);
    expect(r).toEqual({ code: EXIT.usage, out: "", err: message });
  });
});

describe("usage errors exit 2 with did-you-mean, and write nothing on stdout", () => {
  it.each([
    [["scores", "--bench", "arc-agi"], "unknown benchmark 'arc-agi' (did you mean arc-agi-2"],
    [["scores", "--model", "muse-sprak"], "unknown model 'muse-sprak' (did you mean muse-spark?)"],
    [["scores", "--source", "decoder"], "unknown source 'decoder' (did you mean decoder-muse-spark-aa"],
    [["show", "gdpval"], "no model or benchmark 'gdpval' (did you mean gdpval-aa"],
    [["list", "models", "--category", "health"], "--category applies to `muse list benchmarks`"],
  ])("%j", async (argv, message) => {
    const r = await runMuse(argv);
    expect(r.code).toBe(EXIT.usage);
    expect(r.out).toBe("");
    expect(r.err).toContain(message);
    expect(r.err).not.toMatch(/\n\s+at /);
  });

  it("refuses an unknown option or command, and a missing argument", async () => {
    for (const argv of [["scores", "--bogus"], ["scoers"], ["list"], ["list", "things"], ["show"]]) {
      const r = await runMuse(argv);
      expect(r.code, argv.join(" ")).toBe(EXIT.usage);
      expect(r.out).toBe("");
      expect(r.err).toMatch(/^error: /);
    }
  });

  it("suggests the command meant", async () => {
    expect((await runMuse(["scoers"])).err).toContain("(Did you mean scores?)");
  });
});

describe("help and version", () => {
  it("exits 0 for --help, `help COMMAND` and --version, on stdout", async () => {
    for (const argv of [["--help"], ["scores", "--help"], ["help", "scores"], ["help"]]) {
      const r = await runMuse(argv);
      expect(r.code, argv.join(" ")).toBe(EXIT.ok);
      expect(r.out).toContain("Examples:");
      expect(r.err).toBe("");
    }
    expect(await runMuse(["--version"])).toEqual({ code: 0, out: expect.stringMatching(/^\d+\.\d+\.\d+/), err: "" });
  });
});

describe("invalid registries exit 65", () => {
  it("prints every problem on stderr as file:line:col, and nothing on stdout", async () => {
    const r = await runMuse(["scores", "--registry", fixture("many-problems")]);
    expect(r.code).toBe(EXIT.invalidRegistry);
    expect(r.out).toBe("");
    const lines = r.err.trimEnd().split("\n");
    expect(lines).toHaveLength(8);
    // Paths under the working directory are shown relative to it.
    for (const line of lines.slice(0, 7)) {
      expect(line).toMatch(/^test\/fixtures\/registries\/many-problems\/[a-z-]+\.yaml:\d+:\d+: \S/);
    }
    expect(lines[6]).toMatch(/, at test\/fixtures\/registries\/many-problems\/c-scores\.yaml:15:9$/);
    expect(lines[7]).toBe("muse: invalid registry: 7 problems");
  });

  it("shows no stack trace, even with --debug", async () => {
    const r = await runMuse(["validate", "--debug", "--registry", fixture("yaml-syntax")]);
    expect(r.code).toBe(EXIT.invalidRegistry);
    expect(r.err).not.toMatch(/\n\s+at /);
  });

  it("makes a missing registry directory a usage error", async () => {
    const r = await runMuse(["validate", "--registry", fixture("no-such-registry")]);
    expect(r.code).toBe(EXIT.usage);
    expect(r.err).toMatch(/^muse: registry not found: /);
  });
});

describe("registries", () => {
  it("uses the bundled registry by default", async () => {
    expect((await runMuse(["validate"])).out).toMatch(
      /^ok: \d+ scores, \d+ benchmarks, \d+ models, 5 sources in \d+ files\n$/,
    );
  });
  it("replaces it with --registry, layering later over earlier", async () => {
    const argv = ["validate", "--registry", fixture("layering/base"), "--registry", fixture("layering/overlay")];
    expect((await runMuse(argv)).out).toBe("ok: 5 scores, 2 benchmarks, 2 models, 2 sources in 2 files\n");
  });
  it("names the bundled registry `default`", async () => {
    const r = await runMuse([
      "list",
      "models",
      "--registry",
      "default",
      "--registry",
      fixture("layering/overlay"),
      "--json",
    ]);
    const models = JSON.parse(r.out) as { id: string; name: string }[];
    expect(models.find((m) => m.id === "gpt-5.4")?.name).toBe("GPT-5.4 (my notes)");
    expect(models.find((m) => m.id === "muse-spark")?.name).toBe("Muse Spark");
  });
  it("reads MUSE_REGISTRY (`:`-separated) when no flag is given", async () => {
    const env = { MUSE_REGISTRY: `${fixture("layering/base")}:${fixture("layering/overlay")}` };
    expect((await runMuse(["validate"], { env })).out).toBe(
      "ok: 5 scores, 2 benchmarks, 2 models, 2 sources in 2 files\n",
    );
    const flag = await runMuse(["validate", "--registry", fixture("valid")], { env });
    expect(flag.out).toBe("ok: 4 scores, 2 benchmarks, 2 models, 2 sources in 1 files\n");
  });
});

describe("colour", () => {
  const tty = { tty: true };
  it("paints a table on a terminal, and nothing when piped", async () => {
    expect((await runMuse(["list", "models"], tty)).out).toMatch(ANSI);
    expect((await runMuse(["list", "models"])).out).not.toMatch(ANSI);
  });
  it("never paints JSON, markdown or CSV", async () => {
    for (const format of ["json", "markdown", "csv"]) {
      const r = await runMuse(["list", "models", "--format", format, "--color"], tty);
      expect(r.out).not.toMatch(ANSI);
    }
  });
  it("follows --no-color and NO_COLOR on a terminal, and --color when piped", async () => {
    expect((await runMuse(["list", "models", "--no-color"], tty)).out).not.toMatch(ANSI);
    expect((await runMuse(["list", "models"], { tty: true, env: { NO_COLOR: "1" } })).out).not.toMatch(ANSI);
    expect((await runMuse(["list", "models", "--color"])).out).toMatch(ANSI);
  });
});

describe("colorLevel decides in order: flag, FORCE_COLOR, NO_COLOR, TERM=dumb, TTY", () => {
  it.each([
    [false, {}, true, 0],
    [false, { FORCE_COLOR: "3" }, true, 0],
    [true, {}, false, 1],
    [true, { NO_COLOR: "1" }, false, 1],
    [true, { FORCE_COLOR: "0" }, false, 1],
    [true, { FORCE_COLOR: "3" }, false, 3],
    [undefined, { FORCE_COLOR: "1" }, false, 1],
    [undefined, { FORCE_COLOR: "" }, false, 1],
    [undefined, { FORCE_COLOR: "true" }, false, 1],
    [undefined, { FORCE_COLOR: "2" }, false, 2],
    [undefined, { FORCE_COLOR: "3" }, false, 3],
    [undefined, { FORCE_COLOR: "9" }, false, 3],
    [undefined, { FORCE_COLOR: "1", NO_COLOR: "1" }, false, 1],
    [undefined, { FORCE_COLOR: "0" }, true, 0],
    [undefined, { FORCE_COLOR: "false" }, true, 0],
    [undefined, { NO_COLOR: "1" }, true, 0],
    [undefined, { NO_COLOR: "" }, true, 1],
    [undefined, { TERM: "dumb" }, true, 0],
    [undefined, { TERM: "dumb", FORCE_COLOR: "1" }, false, 1],
    [undefined, { TERM: "xterm-256color" }, true, 1],
    [undefined, {}, true, 1],
    [undefined, {}, false, 0],
  ] as const)("flag %s, env %j, tty %s → %i", (flag, env, isTTY, level) => {
    expect(colorLevel(flag, env, isTTY)).toBe(level);
  });
});
