import { mkdir, readFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { UsageError } from "../core/errors.js";
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
): Promise<void> {
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
    const target = join(dir, file.path);
    await mkdir(dirname(target), { recursive: true });
    await writeFileAtomic(target, file.text);
  }
}
