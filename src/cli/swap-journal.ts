import { existsSync, readdirSync, readFileSync, renameSync, rmSync, unlinkSync, writeFileSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { lockTimeoutMs, withLock } from "./registry-lock.js";

/**
 * Replacing a registry directory takes two renames (the old one aside, the new one in). Before the first, a journal
 * (`.NAME.muse-swap` beside it) names both; it is removed once the new directory is in place. A run killed between
 * the renames leaves the journal, and the next muse run that touches the directory completes the swap.
 */
interface Journal {
  temp: string;
  aside: string;
}

/** The journal file of a swap into `target`. */
export function journalPath(target: string): string {
  return join(dirname(target), `.${basename(target)}.muse-swap`);
}

/** The lock that every writer of the directory `target` as a whole (import into it) holds: beside it. */
export function outLockPath(target: string): string {
  return join(dirname(target), `.${basename(target)}.muse-lock`);
}

/**
 * Puts `temp` in place of `target`, which exists: synchronous, so no signal handler can run between the renames;
 * a crash between them is repaired by `recoverInterruptedSwap`. The old directory is left at `aside`.
 */
export function swapDirectories(temp: string, target: string, aside: string): void {
  const journal = journalPath(target);
  writeFileSync(`${journal}.muse-tmp`, JSON.stringify({ temp, aside } satisfies Journal));
  renameSync(`${journal}.muse-tmp`, journal);
  renameSync(target, aside);
  try {
    renameSync(temp, target);
  } catch (error) {
    renameSync(aside, target);
    unlinkSync(journal);
    throw error;
  }
  unlinkSync(journal);
}

/**
 * Finishes a swap into `target` that a killed run left half done (its journal is there): the new directory goes
 * in place if the old one was already moved aside, else the new one is dropped; then the leftovers go. Takes the
 * directory's lock unless the caller holds it. A directory with no journal costs one `exists` check.
 */
export async function recoverInterruptedSwap(
  target: string,
  env: Readonly<Record<string, string | undefined>> = {},
  locked = false,
): Promise<void> {
  if (!existsSync(journalPath(target))) return;
  if (!locked) {
    await withLock(outLockPath(target), `directory ${target}`, lockTimeoutMs(env), () =>
      recoverInterruptedSwap(target, env, true),
    );
    return;
  }
  const journal = journalPath(target);
  let entry: Journal | undefined;
  try {
    entry = JSON.parse(readFileSync(journal, "utf8")) as Journal;
  } catch {
    entry = undefined;
  }
  if (entry !== undefined && !existsSync(target)) {
    if (existsSync(entry.temp)) renameSync(entry.temp, target);
    else if (existsSync(entry.aside)) renameSync(entry.aside, target);
  }
  if (entry !== undefined && existsSync(target)) {
    for (const leftover of [entry.temp, entry.aside]) rmSync(leftover, { recursive: true, force: true });
  }
  rmSync(journal, { force: true });
}

/**
 * Removes what interrupted writes of `target` left beside it: `.NAME.muse-tmp-*` (a new directory being built)
 * and `.NAME.muse-old-*` (an old one being removed). Only called holding the directory's lock, when no other
 * writer of it can be running, and after `recoverInterruptedSwap`.
 */
export function removeDirectoryDebris(target: string): void {
  const prefix = `.${basename(target)}.muse-`;
  const parent = dirname(target);
  let names: string[];
  try {
    names = readdirSync(parent);
  } catch {
    return;
  }
  for (const name of names) {
    if (name.startsWith(prefix) && /^(tmp|old)-/.test(name.slice(prefix.length))) {
      rmSync(join(parent, name), { recursive: true, force: true });
    }
  }
}

/** Runs `recoverInterruptedSwap` for each registry directory a command reads. */
export async function recoverInterruptedSwaps(
  dirs: readonly string[],
  env: Readonly<Record<string, string | undefined>>,
): Promise<void> {
  for (const dir of dirs) await recoverInterruptedSwap(dir, env);
}
