import { mkdir, readFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { UsageError } from "../core/errors.js";
import { withLock } from "./registry-lock.js";
import { writeFileAtomic } from "./write-file-atomic.js";

/**
 * Writes files into a directory that may hold other things (a model repo): each file atomically, and
 * only over a file that `isOurs` says an earlier export wrote. Every target is checked before the first
 * is written, so a foreign file in the way stops the run with nothing written.
 */
export async function writeBesideOthers(
  dir: string,
  files: readonly { path: string; text: string }[],
  isOurs: (text: string) => boolean,
  options: { lockTimeoutMs: number },
): Promise<void> {
  const folders = [...new Set(files.map((f) => dirname(join(dir, f.path))))];
  for (const folder of folders) await mkdir(folder, { recursive: true });
  // One export at a time into a folder: the lock sits beside the files and is gone when the export ends.
  const [first] = folders;
  if (first === undefined) return;
  await withLock(join(first, ".muse-lock"), `directory ${first}`, options.lockTimeoutMs, () =>
    writeAll(dir, files, isOurs),
  );
}

async function writeAll(
  dir: string,
  files: readonly { path: string; text: string }[],
  isOurs: (text: string) => boolean,
) {
  for (const file of files) {
    const target = join(dir, file.path);
    const existing = await readFile(target, "utf8").catch((error: NodeJS.ErrnoException) => {
      if (error.code === "ENOENT") return undefined;
      throw new UsageError(`cannot read ${target}: ${error.message}`);
    });
    if (existing !== undefined && !isOurs(existing))
      throw new UsageError(`refusing to replace ${target}: muse did not write it`);
  }
  for (const file of files) {
    await writeFileAtomic(join(dir, file.path), file.text);
  }
}
