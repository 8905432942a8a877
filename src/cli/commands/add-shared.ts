import { readdir, rm } from "node:fs/promises";
import { isAbsolute, join, relative, resolve } from "node:path";
import type { z } from "zod";
import { loadRegistryWithEdits } from "../../core/edit/load-with-edits.js";
import { formatProblem, RegistryError, UsageError } from "../../core/errors.js";
import { Store } from "../../core/store.js";
import type { Context } from "../context.js";
import { lockTimeoutMs, withLock } from "../registry-lock.js";
import { recoverInterruptedSwap } from "../swap-journal.js";

/** The registry directories named with --registry; the commands that write refuse to guess one. */
export function explicitRegistryDirs(ctx: Context, command: string): string[] {
  if (!ctx.globals.registry?.length) {
    throw new UsageError(
      `${command} needs --registry DIR, the registry to write into (MUSE_REGISTRY and the bundled data are never written by default)`,
    );
  }
  return ctx.registryDirs();
}

/** Validates the registry as it would be after the edits; a problem is a usage error and nothing is written. */
export async function checkEditedRegistry(dirs: readonly string[], edits: ReadonlyMap<string, string>): Promise<void> {
  try {
    await loadRegistryWithEdits(dirs, edits);
  } catch (error) {
    if (!(error instanceof RegistryError)) throw error;
    const problems = error.problems.map(formatProblem).join("; ");
    throw new UsageError(`the registry would be invalid after this change, so nothing was written: ${problems}`);
  }
}

/** Turns a failed zod check of a record built from options into a usage error naming the option. */
export function rejectInvalid(result: z.ZodSafeParseResult<unknown>, optionOf: Record<string, string>): void {
  if (result.success) return;
  const issue = result.error.issues[0];
  const field = issue?.path.map(String).join(".") ?? "";
  const option = optionOf[field] ?? optionOf[String(issue?.path[0] ?? "")] ?? field;
  throw new UsageError(`${option}: ${issue?.message ?? "invalid"}`);
}

/** The --registry directory that holds `file` (the last one, for a file that does not exist yet elsewhere). */
export function registryDirOf(dirs: readonly string[], file: string): string {
  const holding = dirs.filter((dir) => {
    const rel = relative(resolve(dir), file);
    return rel !== "" && !rel.startsWith("..") && !isAbsolute(rel);
  });
  return holding.at(-1) ?? (dirs.at(-1) as string);
}

/**
 * Runs a read-modify-write of registry directory `dir` holding its lock (`DIR/.muse-lock`), so that other muse
 * processes writing it wait their turn. First finishes or undoes an interrupted `import --force` of it, and then
 * removes temporary files that interrupted writes left in `dirOfFile`.
 */
export async function withRegistryLock<T>(ctx: Context, dir: string, dirOfFile: string, work: () => Promise<T>) {
  await recoverInterruptedSwap(dir, ctx.io.env);
  return withLock(join(dir, ".muse-lock"), `registry ${dir}`, lockTimeoutMs(ctx.io.env), async () => {
    await removeTempDebris(dirOfFile);
    return work();
  });
}

/** Loads the registry again from disk (under the lock: what another process wrote meanwhile is seen). */
export async function reloadStore(ctx: Context): Promise<Store> {
  const { loadRegistry } = await import("../../core/load/load-registry.js");
  return new Store(await loadRegistry(ctx.registryDirs(), ctx.loadOptions()));
}

/** Temporary files of muse's atomic writes (`.NAME.<12 hex>.muse-tmp`) that an interrupted writer left behind. */
async function removeTempDebris(dir: string): Promise<void> {
  const names = await readdir(dir).catch(() => [] as string[]);
  for (const name of names) {
    if (/^\..+\.[0-9a-f]{12}\.muse-tmp$/.test(name) && !name.startsWith(".muse-lock")) {
      await rm(join(dir, name), { force: true });
    }
  }
}
