// Where muse keeps its caches, and whether it may. A cache is code and answers muse trusts, so a directory is used
// only when nobody but this user (or root) can have written it: a real directory (never a symbolic link), owned
// by the user running muse, not writable by group or others, in a parent of this user or root that others cannot
// rename it out of. Missing directories are made only inside this user's own (or a sticky one, as /tmp).
// Anything else (another user's cache under a kept HOME, a planted link, /proc, a FIFO, a file, a read-only or
// missing path) means running without that cache: never an error, never a wait, never a loop.
import { lstatSync, mkdirSync, type Stats, statSync } from "node:fs";
import { homedir } from "node:os";
import { dirname, isAbsolute, join } from "node:path";

/**
 * muse's cache directory: `$XDG_CACHE_HOME/muse`, or `~/.cache/muse` when XDG_CACHE_HOME is unset or not an
 * absolute path (the XDG spec says to ignore a relative one); `undefined` when no home is known either.
 */
export function museCacheDir(env: Readonly<Record<string, string | undefined>>): string | undefined {
  const xdg = env.XDG_CACHE_HOME;
  if (xdg !== undefined && isAbsolute(xdg)) return join(xdg, "muse");
  const home = env.HOME || homedir();
  return home && isAbsolute(home) ? join(home, ".cache", "muse") : undefined;
}

/** The subdirectories of the cache directory: V8's compiled code of muse, and parsed registry files. */
export type CacheKind = "v8" | "parsed";

/** A cache directory ready for use, or why it is not used (for one `--debug` line). */
export type CacheDirOutcome = { dir: string } | { refused: string };

/** At most this many missing parents of the cache directory are created (`~/.cache` on a new account). */
const MAX_CREATED_PARENTS = 3;
const GROUP_OR_OTHERS_WRITE = 0o022;
const OTHERS_WRITE = 0o002;
const STICKY = 0o1000;

/**
 * The directory of one kind of cache under `museDir` (see museCacheDir), created when missing (mode 0700, one
 * level at a time) and checked as described above, for the user `uid` (`undefined` where there are no user ids).
 */
export function privateCacheDir(museDir: string, kind: CacheKind, uid: number | undefined): CacheDirOutcome {
  const parentDir = dirname(museDir);
  const problem =
    makeMissing(parentDir, MAX_CREATED_PARENTS - 1, uid) ??
    trustedParentProblem(parentDir, uid) ??
    makeMissing(museDir, 0, uid) ??
    privateDirProblem(museDir, uid) ??
    makeMissing(join(museDir, kind), 0, uid) ??
    privateDirProblem(join(museDir, kind), uid);
  return problem === undefined ? { dir: join(museDir, kind) } : { refused: problem };
}

/**
 * Why the directory holding `muse/` could let someone else replace it, or `undefined`: it must belong to this user
 * or root, and others may write it only with the sticky bit (as in /tmp).
 */
function trustedParentProblem(dir: string, uid: number | undefined): string | undefined {
  const info = statOf(dir, false);
  if (typeof info === "string") return info;
  if (!info.isDirectory()) return `${dir} is not a directory`;
  if (uid === undefined) return undefined;
  if (info.uid !== uid && info.uid !== 0) return `${dir} belongs to user ${info.uid}, not to this user (${uid})`;
  if ((info.mode & OTHERS_WRITE) !== 0 && (info.mode & STICKY) === 0) return `${dir} is writable by others`;
  return undefined;
}

/** Why `dir` is not a private directory of `uid`, or `undefined` when it is. Never follows a link at `dir`. */
export function privateDirProblem(dir: string, uid: number | undefined): string | undefined {
  const info = statOf(dir, true);
  if (typeof info === "string") return info;
  if (info.isSymbolicLink()) return `${dir} is a symbolic link`;
  if (!info.isDirectory()) return `${dir} is not a directory`;
  // Without user ids (Windows) there is no owner to check, and mode bits do not say who may write.
  if (uid === undefined) return undefined;
  if (info.uid !== uid) return `${dir} belongs to user ${info.uid}, not to this user (${uid})`;
  if ((info.mode & GROUP_OR_OTHERS_WRITE) !== 0) return `${dir} is writable by group or others`;
  return undefined;
}

/**
 * Creates `dir` (mode 0700) and up to `parents` missing parents, only inside a directory of this user or a sticky
 * one (as /tmp): never in another user's home. Why not, or `undefined` once it exists.
 */
function makeMissing(dir: string, parents: number, uid: number | undefined): string | undefined {
  const missing: string[] = [];
  let at = dir;
  for (; ; at = dirname(at)) {
    const info = statOf(at, true);
    if (typeof info !== "string") break;
    if (!info.endsWith("ENOENT") || missing.length > parents || dirname(at) === at) return info;
    missing.push(at);
  }
  if (missing.length === 0) return undefined;
  const base = statOf(at, false);
  if (typeof base === "string") return base;
  if (uid !== undefined && base.uid !== uid && (base.mode & STICKY) === 0) {
    return `${at} belongs to user ${base.uid}: muse creates no directory there`;
  }
  for (const path of missing.reverse()) {
    try {
      mkdirSync(path, { mode: 0o700 });
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code !== "EEXIST") return `cannot create ${path}: ${code ?? (error as Error).message}`;
    }
  }
  return undefined;
}

/** lstat (or stat) of a path, or why it failed as `path: CODE`. */
function statOf(path: string, noFollow: boolean): Stats | string {
  try {
    return noFollow ? lstatSync(path) : statSync(path);
  } catch (error) {
    return `${path}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`;
  }
}
