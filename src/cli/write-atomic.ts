import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { chmod, mkdir, rename, rm, writeFile } from "node:fs/promises";
import { basename, dirname, join, resolve } from "node:path";
import { lazyCrypto } from "../core/cache/checksum.js";
import { onInterrupt } from "./interrupt-cleanup.js";
import { checkOutputDir, REGISTRY_MARKER, REGISTRY_MARKER_TEXT } from "./output-dir-check.js";
import { DEFAULT_LOCK_TIMEOUT_MS, withLock } from "./registry-lock.js";
import { outLockPath, recoverInterruptedSwap, removeDirectoryDebris, swapDirectories } from "./swap-journal.js";

export { checkOutputDir } from "./output-dir-check.js";

/** One file to write: its path relative to the output directory, and its text (or its exact bytes). */
export interface OutputFile {
  path: string;
  text: string | Uint8Array;
}

/** How a directory is written: replace a muse registry there (`force`), check the result first, wait this long. */
export interface DirectoryWriteOptions {
  force: boolean;
  /** Checks the finished directory (at its temporary path) before it is put in place; throws to write nothing. */
  check?: (dir: string) => Promise<void>;
  lockTimeoutMs?: number;
  /** Whether to leave the `.muse-registry` marker (default: yes); an export that is not a registry leaves none. */
  marker?: boolean;
}

/**
 * Writes a registry directory atomically: the files (and the `.muse-registry` marker) are built in a temporary
 * directory beside `target`, checked, and renamed into place. An existing `target` (only a muse registry, see
 * `checkOutputDir`) is renamed aside first and removed once the new one is in place, under a journal that the
 * next run uses to finish a swap a crash interrupted. The whole write holds the directory's lock, and the lock of
 * an existing registry there (the one `muse add` takes), so concurrent writers wait their turn; SIGINT/SIGTERM
 * remove the temporary directory.
 */
export async function writeDirectoryAtomic(
  target: string,
  files: readonly OutputFile[],
  options: DirectoryWriteOptions,
): Promise<void> {
  const absolute = resolve(target);
  const parent = dirname(absolute);
  await mkdir(parent, { recursive: true });
  const timeout = options.lockTimeoutMs ?? DEFAULT_LOCK_TIMEOUT_MS;
  await withLock(outLockPath(absolute), `directory ${absolute}`, timeout, async () => {
    await recoverInterruptedSwap(absolute, {}, true);
    removeDirectoryDebris(absolute);
    await checkOutputDir(absolute, options.force);
    const write = () => buildAndSwap(absolute, files, options);
    // A registry already there is locked as `muse add` locks it, so that no score is added to the old version.
    if (existsSync(absolute)) await withLock(join(absolute, ".muse-lock"), `registry ${absolute}`, timeout, write);
    else await write();
  });
}

async function buildAndSwap(target: string, files: readonly OutputFile[], options: DirectoryWriteOptions) {
  const parent = dirname(target);
  // Made synchronously, and its clean-up registered in the same turn: a signal between the two (handled only
  // between turns) would have left it behind.
  const temp = mkdtempSync(join(parent, `.${basename(target)}.muse-tmp-`));
  const aside = join(parent, `.${basename(target)}.muse-old-${lazyCrypto().randomBytes(4).toString("hex")}`);
  const forget = onInterrupt(() => {
    rmSync(temp, { recursive: true, force: true });
    rmSync(aside, { recursive: true, force: true });
  });
  try {
    await chmod(temp, 0o755);
    for (const file of files) {
      const path = join(temp, file.path);
      await mkdir(dirname(path), { recursive: true });
      await writeFile(path, file.text, { encoding: "utf8", flag: "wx" });
    }
    if (options.marker !== false) await writeFile(join(temp, REGISTRY_MARKER), REGISTRY_MARKER_TEXT, { flag: "wx" });
    await options.check?.(temp);
    if (existsSync(target)) swapDirectories(temp, target, aside);
    else await rename(temp, target);
    await rm(aside, { recursive: true, force: true });
  } catch (error) {
    await rm(temp, { recursive: true, force: true });
    throw error;
  } finally {
    forget();
  }
}
