// The check of an import's output before it is written (src/cli/output-check.ts, src/core/load/output-check.ts):
// each file's exact bytes read by the loader `muse validate` uses, in this thread or on the built worker thread, with
// the same problems at the same file:line:col as loading the written files from disk; a refused output writes nothing.
import { spawnSync } from "node:child_process";
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Worker } from "node:worker_threads";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { writeEpochRelease } from "../scripts/bench/gen-epoch.mjs";
import { Context } from "../src/cli/context.js";
import { InvalidImportError, writeImportedRegistry } from "../src/cli/import-write.js";
import type { Io } from "../src/cli/io.js";
import { WORKER_MIN_INPUT_BYTES } from "../src/cli/output-check.js";
import type { Problem, RegistryError } from "../src/core/errors.js";
import { MAX_NESTING_LEVELS, MAX_VALUES_PER_FILE } from "../src/core/load/limits.js";
import { loadRegistry } from "../src/core/load/load-registry.js";
import { OutputChecker } from "../src/core/load/output-check.js";
import type { RegistryFile } from "../src/core/schema/index.js";
import { registryYaml } from "../src/import/shared/yaml-out.js";
import { VALID } from "./helpers/registry-text.js";
import { REPO, runMuse } from "./helpers/run-muse.js";

const BASE = join(REPO, "test", "fixtures", "add-registry");
const WORKER = join(REPO, "dist", "output-check-worker.cjs");
let work: string;
beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), "muse-output-check-"));
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Files past the loader's limits, as an import could write them. */
const tooDeep = `models:\n  - ${"[".repeat(MAX_NESTING_LEVELS + 1)}1${"]".repeat(MAX_NESTING_LEVELS + 1)}\n`;
const tooMany = `models:\n  - [${"1,".repeat(MAX_VALUES_PER_FILE)}1]\n`;
const BAD: Record<string, string> = {
  "models.yaml": tooDeep,
  "sources/many.yaml": tooMany,
  "sources/ok.yaml": VALID,
  "sources/typo.yaml": "sources:\n  - id: s\n    titel: x\n",
};

/** What loading `files` written under `dir`, over BASE, reports: the loader as `muse validate` runs it. */
async function problemsFromDisk(dir: string, files: Record<string, string>): Promise<Problem[]> {
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(dir, path, ".."), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return loadRegistry([BASE, dir]).then(
    () => [],
    (error: unknown) => [...(error as RegistryError).problems],
  );
}

const paths = (dir: string) =>
  Object.keys(BAD)
    .map((p) => join(dir, p))
    .sort();

describe("the output check", () => {
  it("reports what the loader reports on the written files, at the same file:line:col", async () => {
    const dir = join(work, "disk");
    const expected = await problemsFromDisk(dir, BAD);
    expect(expected.map((p) => `${p.file.slice(dir.length + 1)}:${p.line}:${p.col}: ${p.message}`)).toEqual([
      `models.yaml:2:${5 + MAX_NESTING_LEVELS}: values nested more than ${MAX_NESTING_LEVELS} levels deep`,
      `sources/many.yaml:2:${2 + 2 * MAX_VALUES_PER_FILE}: more than ${MAX_VALUES_PER_FILE} values in one file; split it into several files`,
      "sources/typo.yaml:2:5: sources[0].title: missing required key (expected string)",
      "sources/typo.yaml:2:5: sources[0].publisher: missing required key (expected string)",
      "sources/typo.yaml:2:5: sources[0].published: missing required key (expected string)",
      expect.stringMatching(/^sources\/typo\.yaml:2:5: sources\[0\]\.kind: Invalid option/),
      "sources/typo.yaml:3:5: sources[0]: unknown key 'titel' (did you mean 'title'?)",
    ]);
    const checker = new OutputChecker([BASE]);
    for (const [path, text] of Object.entries(BAD)) checker.add(join(dir, path), Buffer.from(text));
    expect(await checker.problems(paths(dir))).toEqual(expected);
  });

  it("gives the same problems on the built worker thread", async () => {
    expect(existsSync(WORKER), "dist/output-check-worker.cjs: run `npm run build`").toBe(true);
    const dir = join(work, "disk");
    const expected = await problemsFromDisk(join(work, "disk-2"), BAD).then((list) =>
      list.map((p) => ({ ...p, file: p.file.replace(join(work, "disk-2"), dir) })),
    );
    const worker = new Worker(WORKER, { workerData: { baseDirs: [BASE] } });
    try {
      for (const [path, text] of Object.entries(BAD)) {
        worker.postMessage({ kind: "file", path: join(dir, path), bytes: Buffer.from(text) });
      }
      const reply = new Promise((resolve) => worker.once("message", resolve));
      worker.postMessage({ kind: "finish", paths: paths(dir) });
      expect(await reply).toEqual({ kind: "result", problems: expected });
    } finally {
      await worker.terminate();
    }
  });

  it("renders a document on the worker as this thread renders it, and checks those bytes", async () => {
    const dir = join(work, "rendered");
    const content = {
      benchmarks: [],
      models: [{ id: "m-1", name: "Model ‘one’", org: "Org: A", aliases: [] }],
      sources: [],
    } as unknown as RegistryFile;
    const worker = new Worker(WORKER, { workerData: { baseDirs: [] } });
    try {
      const replies: unknown[] = [];
      const two = new Promise<void>((resolve) =>
        worker.on("message", (m) => {
          replies.push(m);
          if (replies.length === 2) resolve();
        }),
      );
      worker.postMessage({ kind: "document", path: join(dir, "models.yaml"), content, provenance: "Made here." });
      worker.postMessage({ kind: "finish", paths: [join(dir, "models.yaml")] });
      await two;
      const bytes = new Uint8Array(Buffer.from(registryYaml(content, "Made here.")));
      expect(replies).toEqual([
        { kind: "rendered", path: join(dir, "models.yaml"), bytes },
        { kind: "result", problems: [] },
      ]);
    } finally {
      await worker.terminate();
    }
  });

  it("links over the base layers: a score naming an unknown model is refused", async () => {
    const dir = join(work, "refs");
    const checker = new OutputChecker([BASE]);
    const score =
      "sources:\n  - id: s\n    title: T\n    publisher: P\n    published: 2026-01\n    kind: first-party\n    scores:\n      - { model: nobody, benchmark: nothing, value: 1 }\n";
    checker.add(join(dir, "s.yaml"), Buffer.from(score));
    const problems = await checker.problems([join(dir, "s.yaml")]);
    expect(problems.map((p) => `${p.file.slice(dir.length + 1)}:${p.line}:${p.col}`)).toEqual([
      "s.yaml:8:9",
      "s.yaml:8:9",
    ]);
    expect(problems.map((p) => p.message)).toEqual([
      expect.stringContaining("unknown model 'nobody'"),
      expect.stringContaining("unknown benchmark 'nothing'"),
    ]);
  });

  it("names a file the loader would read that was never handed over", async () => {
    const dir = join(work, "missing");
    const problems = await new OutputChecker([BASE]).problems([join(dir, "t.yaml")]);
    expect(problems).toEqual([
      { file: join(dir, "t.yaml"), line: 1, col: 1, message: "internal: file was not checked before writing" },
    ]);
  });
});

describe("an import whose output the loader would refuse", () => {
  const io = (): Io => ({ out: () => {}, err: () => {}, env: {}, cwd: work, stdoutIsTTY: false, stderrIsTTY: false });

  it("is refused with every problem at its file:line:col where it would be, and nothing is written", async () => {
    const ctx = new Context(io(), { registry: [BASE] });
    const files = Object.entries(BAD).map(([path, text]) => ({ path, text }));
    const error = await writeImportedRegistry(ctx, "refused", files, false).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InvalidImportError);
    const expected = await problemsFromDisk(join(work, "refused-disk"), BAD);
    const target = join(work, "refused");
    expect((error as InvalidImportError).problems).toEqual(
      expected.map((p) => ({ ...p, file: p.file.replace(join(work, "refused-disk"), target) })),
    );
    expect(existsSync(target)).toBe(false);
    expect(readdirSync(work).filter((f) => f.includes("muse-tmp"))).toEqual([]);
  });

  it("is written byte for byte when it loads (text or bytes)", async () => {
    const ctx = new Context(io(), { registry: [BASE] });
    await writeImportedRegistry(ctx, "fine", [{ path: "sources/ok.yaml", text: Buffer.from(VALID) }], false);
    expect(readFileSync(join(work, "fine", "sources", "ok.yaml"), "utf8")).toBe(VALID);
  });
});

describe("the built binary (output checked on the worker thread)", () => {
  it("writes the same registry as an in-process import, byte for byte", async () => {
    const release = join(work, "release");
    // Past WORKER_MIN_INPUT_BYTES, so that the binary checks on its worker thread.
    writeEpochRelease(release, 26_000);
    const bytes = readdirSync(release).reduce((n, f) => n + statSync(join(release, f)).size, 0);
    expect(bytes).toBeGreaterThan(WORKER_MIN_INPUT_BYTES);
    const inProcess = join(work, "a", "out");
    const binary = join(work, "b", "out");
    const r = await runMuse(["import", "epoch", release, "--out", inProcess]);
    expect(r.code, r.err).toBe(0);
    const env = {
      PATH: process.env.PATH ?? "",
      XDG_CACHE_HOME: join(work, "cache"),
      XDG_DATA_HOME: join(work, "data"),
    };
    const b = spawnSync(
      process.execPath,
      [join(REPO, "bin", "muse.cjs"), "import", "epoch", release, "--out", binary],
      {
        env,
        encoding: "utf8",
      },
    );
    expect(b.status, b.stderr).toBe(0);
    const list = (dir: string) => readdirSync(dir, { recursive: true }).map(String).sort();
    expect(list(binary)).toEqual(list(inProcess));
    for (const file of list(inProcess).filter((f) => f.endsWith(".yaml"))) {
      expect(readFileSync(join(binary, file)).equals(readFileSync(join(inProcess, file))), file).toBe(true);
    }
  });
});
