import { join, relative, resolve, sep } from "node:path";
import { RegistryError } from "../core/errors.js";
import { MAX_FILE_BYTES } from "../core/load/limits.js";
import { loadRegistry } from "../core/load/load-registry.js";
import type { Context } from "./context.js";
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

/**
 * The write step of every import: writes `files` as the registry directory `out` (replacing a muse registry
 * there with `force`), atomically and holding its lock. The output is first loaded, where it is built, with the
 * loader and limits `muse validate` uses, layered over the run's registries as the user will use it; if it
 * would not load, nothing is written.
 */
export async function writeImportedRegistry(
  ctx: Context,
  out: string,
  files: readonly OutputFile[],
  force: boolean,
): Promise<void> {
  const target = resolve(ctx.io.cwd, out);
  // A file over the loader's size limit is refused before anything is written (the loader would refuse it).
  const oversized = files.filter((f) => Buffer.byteLength(f.text, "utf8") > MAX_FILE_BYTES);
  if (oversized.length > 0) {
    throw new InvalidImportError(
      oversized.map((f) => ({
        file: join(target, f.path),
        line: 1,
        col: 1,
        message: `file would be ${Buffer.byteLength(f.text, "utf8")} bytes, over the ${MAX_FILE_BYTES}-byte limit`,
      })),
    );
  }
  const base = ctx.registryDirs().filter((dir) => resolve(dir) !== target);
  await writeDirectoryAtomic(target, files, {
    force,
    lockTimeoutMs: lockTimeoutMs(ctx.io.env),
    check: async (temp) => {
      try {
        await loadRegistry([...base, temp]);
      } catch (error) {
        if (!(error instanceof RegistryError)) throw error;
        const shown = (file: string) => {
          const rel = relative(temp, file);
          return rel.startsWith("..") ? file : `${target}${sep}${rel}`;
        };
        throw new InvalidImportError(error.problems.map((p) => ({ ...p, file: shown(p.file) })));
      }
    },
  });
}
