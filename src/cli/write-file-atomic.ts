import { rmSync } from "node:fs";
import { chmod, link, open, readFile, realpath, rename, rm, stat, unlink } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import { lazyCrypto } from "../core/cache/checksum.js";
import { UsageError } from "../core/errors.js";
import { onInterrupt } from "./interrupt-cleanup.js";
import { BusyError } from "./registry-lock.js";

/** Options of an atomic write: the text the file must still hold (checked just before the rename). */
export interface AtomicWriteOptions {
  expected?: string;
}

/**
 * Replaces (or creates) one file atomically: the text goes to a temporary file in the same directory
 * (named so that the registry loader ignores it), is flushed to disk, and is renamed over the target.
 * A run interrupted at any point leaves the old file or the new one, never a mix; an interruption
 * before the rename leaves the old file untouched, and SIGINT/SIGTERM remove the temporary file.
 * A symbolic link is written through: its target gets the new text and the link stays a link.
 * With `expected`, the file must still hold that text just before the rename, or nothing is written.
 */
export async function writeFileAtomic(path: string, text: string, options: AtomicWriteOptions = {}): Promise<void> {
  const target = await realpath(path).catch((error: NodeJS.ErrnoException) => {
    if (error.code === "ENOENT") return path;
    throw error;
  });
  const mode = await stat(target).then(
    (info) => info.mode & 0o777,
    () => 0o644,
  );
  await withTempFile(target, text, mode, async (temp) => {
    if (options.expected !== undefined) {
      const now = await readFile(target, "utf8").catch(() => undefined);
      if (now !== options.expected) {
        throw new BusyError(`${path} was changed by another program while muse was editing it; nothing was written`);
      }
    }
    await rename(temp, target);
  });
}

/**
 * Creates a new file with its whole text in one step, failing if the path exists (even when another process
 * creates it at the same moment): the text is written to a temporary file and hard-linked to the path.
 */
export async function createFileExclusive(path: string, text: string): Promise<void> {
  await withTempFile(path, text, 0o644, async (temp) => {
    try {
      await link(temp, path);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === "EEXIST") throw new UsageError(`${path} already exists; nothing was written`);
      if (code !== "EPERM" && code !== "ENOTSUP" && code !== "EOPNOTSUPP") throw error;
      // a file system without hard links: an exclusive create, then the text
      const handle = await open(path, "wx", 0o644).catch((inner: NodeJS.ErrnoException) => {
        throw inner.code === "EEXIST" ? new UsageError(`${path} already exists; nothing was written`) : inner;
      });
      try {
        await handle.writeFile(text, "utf8");
        await handle.sync();
      } finally {
        await handle.close();
      }
    }
    await unlink(temp);
  });
}

/** Writes `text` to a fresh temporary file beside `path` and hands it to `use`; the file is gone if `use` fails. */
async function withTempFile(
  path: string,
  text: string,
  mode: number,
  use: (temp: string) => Promise<void>,
): Promise<void> {
  const temp = join(dirname(path), `.${basename(path)}.${lazyCrypto().randomBytes(6).toString("hex")}.muse-tmp`);
  const handle = await open(temp, "wx", mode);
  const forget = onInterrupt(() => rmSync(temp, { force: true }));
  try {
    try {
      await handle.writeFile(text, "utf8");
      await handle.sync();
    } finally {
      await handle.close();
    }
    await chmod(temp, mode);
    await use(temp);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  } finally {
    forget();
  }
}
