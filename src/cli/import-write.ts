import { readFileSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { RegistryError } from "../core/errors.js";
import { discoverRegistryFiles } from "../core/load/discover.js";
import { MAX_FILE_BYTES } from "../core/load/limits.js";
import type { Context } from "./context.js";
import { type OutputCheck, startOutputCheck } from "./output-check.js";
import { lockTimeoutMs } from "./registry-lock.js";
import { type OutputFile, writeDirectoryAtomic } from "./write-atomic.js";

/** The import's output would not load as a registry (a file over the size limit, say): nothing was written. */
export class InvalidImportError extends RegistryError {
  override name = "InvalidImportError";
  constructor(problems: RegistryError["problems"]) {
    super(problems);
    this.message = `the import would write a registry muse cannot load (${problems.length} problem${problems.length === 1 ? "" : "s"}); nothing was written`;
  }
}

/** The registries an import's output at `out` is layered over (and checked against): the run's, without `out`. */
function importBaseDirs(ctx: Context, out: string): string[] {
  const target = resolve(ctx.io.cwd, out);
  return ctx.registryDirs().filter((dir) => resolve(dir) !== target);
}

/** Starts the check of an import's output at `out` over the run's other registries (read as `validate` reads them). */
export function startImportCheck(ctx: Context, out: string, inputBytes = 0): OutputCheck {
  return startOutputCheck(importBaseDirs(ctx, out), ctx.loadOptions(), inputBytes);
}

/**
 * The write step of every import: writes `files` as the registry directory `out` (replacing a muse registry
 * there with `force`), atomically and holding its lock. The output is first checked, before it is put in place, with
 * the loader and limits `muse validate` uses, layered over the run's registries as the user will use it: each file's
 * exact bytes (those `check` was handed while the import ran, or these), the files the loader finds in the written
 * directory. If it would not load, nothing is written. Without `check`, one is started here.
 */
export async function writeImportedRegistry(
  ctx: Context,
  out: string,
  files: readonly OutputFile[],
  force: boolean,
  check?: OutputCheck,
): Promise<void> {
  const target = resolve(ctx.io.cwd, out);
  const encoded = files.map((f) => ({ path: f.path, text: typeof f.text === "string" ? Buffer.from(f.text) : f.text }));
  // A file over the loader's size limit is refused before anything is written (the loader would refuse it).
  const oversized = encoded.filter((f) => f.text.byteLength > MAX_FILE_BYTES);
  if (oversized.length > 0) {
    throw new InvalidImportError(
      oversized.map((f) => ({
        file: join(target, f.path),
        line: 1,
        col: 1,
        message: `file would be ${f.text.byteLength} bytes, over the ${MAX_FILE_BYTES}-byte limit`,
      })),
    );
  }
  const checker = check ?? startImportCheck(ctx, out);
  const written = new Map(encoded.map((f) => [join(target, f.path), f.text]));
  try {
    await writeDirectoryAtomic(target, encoded, {
      force,
      lockTimeoutMs: lockTimeoutMs(ctx.io.env),
      check: async (temp) => {
        // The files the loader would read in the written directory, named where they will be, each with the bytes
        // written there (already handed over when rendered while the import ran).
        const paths: string[] = [];
        for (const path of await discoverRegistryFiles(temp)) {
          const shown = join(target, relative(temp, path));
          checker.add(shown, written.get(shown) ?? readFileSync(path));
          paths.push(shown);
        }
        const problems = await checker.problems(paths);
        if (problems.length > 0) throw new InvalidImportError(problems);
      },
    });
  } finally {
    if (check === undefined) checker.close();
  }
}
