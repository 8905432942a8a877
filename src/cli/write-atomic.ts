import { randomBytes } from "node:crypto";
import { chmod, lstat, mkdir, mkdtemp, readdir, rename, rm, writeFile } from "node:fs/promises";
import { basename, dirname, join, resolve } from "node:path";
import { UsageError } from "../core/errors.js";

/** One file to write: its path relative to the output directory, and its text. */
export interface OutputFile {
  path: string;
  text: string;
}

/**
 * Checks that a directory may be written: it must not exist, be empty, or (with `force`) hold
 * nothing but registry YAML, so that `--force` can never wipe out a directory of other things.
 */
export async function checkOutputDir(target: string, force: boolean): Promise<void> {
  const info = await lstat(target).catch(() => undefined);
  if (info === undefined) return;
  if (!info.isDirectory()) throw new UsageError(`--out ${target} exists and is not a directory`);
  const entries = await readdir(target, { recursive: true, withFileTypes: true });
  if (entries.length === 0) return;
  if (!force) throw new UsageError(`--out ${target} is not empty; pass --force to replace it`);
  const foreign = entries.find((e) => !e.isDirectory() && !(e.isFile() && /\.ya?ml$/i.test(e.name)));
  if (foreign !== undefined) {
    const where = join(foreign.parentPath, foreign.name);
    throw new UsageError(`refusing to replace ${target}: it holds files that are not registry YAML (${where})`);
  }
}

/**
 * Writes a directory atomically: the files are built in a temporary directory beside `target`, which
 * is then renamed into place. An existing `target` is renamed aside first and removed only once the new
 * one is in place, so an interrupted run leaves either the old directory or the new one, never half.
 */
export async function writeDirectoryAtomic(
  target: string,
  files: readonly OutputFile[],
  force: boolean,
): Promise<void> {
  const absolute = resolve(target);
  await checkOutputDir(absolute, force);
  const parent = dirname(absolute);
  await mkdir(parent, { recursive: true });
  const temp = await mkdtemp(join(parent, `.${basename(absolute)}.muse-tmp-`));
  try {
    await chmod(temp, 0o755);
    for (const file of files) {
      const path = join(temp, file.path);
      await mkdir(dirname(path), { recursive: true });
      await writeFile(path, file.text, "utf8");
    }
    await swapInto(temp, absolute);
  } catch (error) {
    await rm(temp, { recursive: true, force: true });
    throw error;
  }
}

/** Renames `temp` to `target`; an existing `target` goes aside first and comes back if that fails. */
async function swapInto(temp: string, target: string): Promise<void> {
  const exists = await lstat(target).then(
    () => true,
    () => false,
  );
  if (!exists) {
    await rename(temp, target);
    return;
  }
  const aside = join(dirname(target), `.${basename(target)}.muse-old-${randomBytes(4).toString("hex")}`);
  await rename(target, aside);
  try {
    await rename(temp, target);
  } catch (error) {
    await rename(aside, target);
    throw error;
  }
  await rm(aside, { recursive: true, force: true });
}
