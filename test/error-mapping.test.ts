// In process: each error class reaches the user as a clear message with its documented exit code; diagnostics
// on stderr and muse's own text on stdout pass the sanitiser in one place; import's input and output limits.
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { truncate } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { Context } from "../src/cli/context.js";
import { InvalidImportError, writeImportedRegistry } from "../src/cli/import-write.js";
import { MAX_INPUT_FILE_BYTES, MAX_INPUT_TOTAL_BYTES, readInputBytes } from "../src/cli/input-limits.js";
import type { Io } from "../src/cli/io.js";
import { EXIT, run } from "../src/cli/main.js";
import { BusyError } from "../src/cli/registry-lock.js";
import { EditError } from "../src/core/edit/insert-score.js";
import { UsageError } from "../src/core/errors.js";
import { MAX_FILE_BYTES } from "../src/core/load/limits.js";
import { REPO, runMuse } from "./helpers/run-muse.js";

const work = mkdtempSync(join(tmpdir(), "muse-errors-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Runs `muse list models` with a stdout that throws `error`, and returns what reached stderr and the code. */
async function withFailingStdout(error: unknown): Promise<{ code: number; err: string }> {
  let err = "";
  const io: Io = {
    out: () => {
      throw error;
    },
    err: (text) => {
      err += text;
    },
    env: {},
    cwd: REPO,
    stdoutIsTTY: false,
    stderrIsTTY: false,
  };
  return { code: await run(["list", "models"], io), err };
}

describe("error classes and exit codes", () => {
  it("an EditError is a clear message with exit 1, not 'unexpected error'", async () => {
    const r = await withFailingStdout(new EditError("the edited file did not read back as intended"));
    expect(r).toEqual({ code: EXIT.failure, err: "muse: the edited file did not read back as intended\n" });
  });

  it("a failed file-system call names the call, the path and the reason, with exit 1", async () => {
    const full = Object.assign(new Error("ENOSPC: no space left on device, write"), {
      code: "ENOSPC",
      syscall: "write",
      path: "/x/y.yaml",
    });
    expect(await withFailingStdout(full)).toEqual({
      code: EXIT.failure,
      err: "muse: cannot write /x/y.yaml: no space left on device (ENOSPC)\n",
    });
  });

  it("a busy registry is exit 75; a truly unexpected error still says so", async () => {
    expect(await withFailingStdout(new BusyError("registry r is busy"))).toEqual({
      code: EXIT.busy,
      err: "muse: registry r is busy\n",
    });
    const odd = await withFailingStdout(new TypeError("x is not a function"));
    expect(odd).toEqual({
      code: EXIT.failure,
      err: "muse: unexpected error: x is not a function\nmuse: run again with --debug for details\n",
    });
  });

  it("a stderr that throws does not change the exit code", async () => {
    const io: Io = {
      out: () => {},
      err: () => {
        throw new Error("EPIPE");
      },
      env: {},
      cwd: REPO,
      stdoutIsTTY: false,
      stderrIsTTY: false,
    };
    expect(await run(["list", "nothing"], io)).toBe(EXIT.usage);
  });

  it("an import download that cannot be read says why (permission denied is not 'not found')", async () => {
    const missing = await runMuse(["import", "epoch", join(work, "nope"), "--out", join(work, "o1")]);
    expect(missing.err).toBe(`muse: cannot read ${join(work, "nope")}: not found (ENOENT)\n`);
    const through = await runMuse(["import", "epoch", join(REPO, "package.json", "x"), "--out", join(work, "o2")]);
    expect(through.err).toBe(
      `muse: cannot read ${join(REPO, "package.json", "x")}: a part of the path is not a directory (ENOTDIR)\n`,
    );
    expect([missing.code, through.code]).toEqual([EXIT.usage, EXIT.usage]);
  });
});

describe("sanitised diagnostics", () => {
  it("import's stderr shows escape sequences from file names and CSV cells as visible marks", async () => {
    const download = join(work, "hostile");
    mkdirSync(download);
    writeFileSync(
      join(download, "evil\u001b]0;t\u0007.csv"),
      "Model version,mean_score,Release date,Organization,Col\u001b[2J\nm,,2026-01-01,X,1\n",
    );
    const r = await runMuse(["import", "epoch", download, "--out", join(work, "h-out"), "--release", "2026-04"]);
    expect(r.code).toBe(EXIT.ok);
    const file = join(download, "evil<U+001B>]0;t<U+0007>.csv");
    // the cell (a header) and the file name are in the warning, marked; the wording is the importer's
    expect(r.err.startsWith(`${file}: warning: `)).toBe(true);
    expect(r.err).toContain("'Col<U+001B>[2J'");
    expect(r.err).not.toMatch(/[\u0000-\u0008\u000b-\u001f]/);
  });

  it("muse add's success line shows an escape in the path as a visible mark", async () => {
    const reg = join(work, "reg\u001b[2J");
    cpSync(join(REPO, "test", "fixtures", "add-registry"), reg, { recursive: true });
    const r = await runMuse(
      ["add", "--registry", reg, "--source", "odd-source", "--model", "gpt-5.4", "--bench", "gdpval-aa"].concat([
        "--value",
        "3",
      ]),
    );
    expect(r.out).toBe(
      `added gpt-5.4 on gdpval-aa (setting: default) = 3 to source 'odd-source' in ${join(work, "reg<U+001B>[2J", "sources", "odd.yaml")}\n`,
    );
  });
});

describe("import limits", () => {
  it("refuses an input file over the per-file limit, and inputs over the total, before reading them", async () => {
    const big = join(work, "big.csv");
    writeFileSync(big, "");
    await truncate(big, MAX_INPUT_FILE_BYTES + 1);
    await expect(readInputBytes(big, { used: 0 })).rejects.toThrow(
      new UsageError(
        `${big} is ${MAX_INPUT_FILE_BYTES + 1} bytes, over the ${MAX_INPUT_FILE_BYTES}-byte limit for one input file; nothing was written`,
      ),
    );
    const small = join(work, "small.csv");
    writeFileSync(small, "a,b\n");
    await expect(readInputBytes(small, { used: MAX_INPUT_TOTAL_BYTES - 3 })).rejects.toThrow(
      `the input files come to over ${MAX_INPUT_TOTAL_BYTES} bytes (the limit for one import) at ${small}; nothing was written`,
    );
    const budget = { used: 0 };
    expect((await readInputBytes(small, budget)).toString("utf8")).toBe("a,b\n");
    expect(budget.used).toBe(4);
  });

  it("refuses output the loader would refuse (a file over its size limit) and writes nothing", async () => {
    const io: Io = { out: () => {}, err: () => {}, env: {}, cwd: work, stdoutIsTTY: false, stderrIsTTY: false };
    const ctx = new Context(io, { registry: [join(REPO, "test", "fixtures", "add-registry")] });
    const text = `# ${"x".repeat(MAX_FILE_BYTES)}\n`;
    const error = await writeImportedRegistry(ctx, "too-big", [{ path: "models.yaml", text }], false).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(InvalidImportError);
    expect((error as InvalidImportError).problems).toEqual([
      {
        file: join(work, "too-big", "models.yaml"),
        line: 1,
        col: 1,
        message: `file would be ${MAX_FILE_BYTES + 3} bytes, over the ${MAX_FILE_BYTES}-byte limit`,
      },
    ]);
    expect(existsSync(join(work, "too-big"))).toBe(false);
  });

  it("refuses output that does not validate over the run's registries, naming the files where they would be", async () => {
    const io: Io = { out: () => {}, err: () => {}, env: {}, cwd: work, stdoutIsTTY: false, stderrIsTTY: false };
    const ctx = new Context(io, { registry: [join(REPO, "test", "fixtures", "add-registry")] });
    const files = [{ path: "sources/s.yaml", text: "models:\n  - { id: Not An Id, name: X, org: Y }\n" }];
    const error = await writeImportedRegistry(ctx, "dup", files, false).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InvalidImportError);
    expect((error as InvalidImportError).message).toBe(
      "the import would write a registry muse cannot load (1 problem); nothing was written",
    );
    expect((error as InvalidImportError).problems[0]?.file).toBe(join(work, "dup", "sources", "s.yaml"));
    expect(existsSync(join(work, "dup"))).toBe(false);
  });
});
