import { linkSync, readFileSync, renameSync, statSync, unlinkSync, writeFileSync } from "node:fs";
import { hostname } from "node:os";
import { dirname } from "node:path";
import { lazyCrypto } from "../core/cache/checksum.js";
import { MuseError } from "../core/errors.js";
import { onInterrupt } from "./interrupt-cleanup.js";

/** How long a writer waits for another muse process's lock before giving up (override: MUSE_LOCK_TIMEOUT, seconds). */
export const DEFAULT_LOCK_TIMEOUT_MS = 30_000;

/** Another muse process holds the lock (or changed the file) this run needed; trying again later may work (exit 75). */
export class BusyError extends MuseError {
  override name = "BusyError";
}

/** What a lock file holds: who took it, so that a lock left by a dead process can be taken over. */
interface LockOwner {
  pid: number;
  host: string;
  started: string;
  token: string;
}

/** A held lock; `release` removes it only if it is still this run's lock. */
export interface HeldLock {
  path: string;
  release(): void;
}

const POLL_MS = 50;

/**
 * Takes the lock file at `path` (created exclusively, holding pid, host, start time and a random token),
 * waiting up to `timeoutMs` while a live process holds it. A lock of a dead process on this host (or one that
 * names no owner) is taken over. Released on SIGINT/SIGTERM and when `release` is called.
 */
export async function acquireLock(path: string, what: string, timeoutMs: number): Promise<HeldLock> {
  const owner: LockOwner = {
    pid: process.pid,
    host: hostname(),
    started: new Date(Date.now() - process.uptime() * 1000).toISOString(),
    token: lazyCrypto().randomBytes(8).toString("hex"),
  };
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const created = tryCreateUnlessGone(path, owner);
    if (created === true) break;
    if (created === "gone") {
      // the directory is being swapped (`import --force`) at this instant, or does not exist
      if (Date.now() >= deadline) throw new MuseError(`cannot lock ${what}: ${dirname(path)} does not exist`);
      await new Promise((done) => setTimeout(done, POLL_MS));
      continue;
    }
    const holder = readOwner(path);
    if (holder !== undefined && isStale(holder, path)) {
      takeOver(path, holder, owner);
      continue;
    }
    if (Date.now() >= deadline) throw new BusyError(busyMessage(what, path, holder, timeoutMs));
    await new Promise((done) => setTimeout(done, POLL_MS));
  }
  const release = () => {
    if (readOwner(path)?.token === owner.token) unlinkSync(path);
  };
  const forget = onInterrupt(() => {
    try {
      release();
    } catch {
      // nothing more can be done while the process ends
    }
  });
  return {
    path,
    release: () => {
      forget();
      try {
        release();
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
      }
    },
  };
}

/** Runs `work` holding the lock at `path`; the lock is released however `work` ends. */
export async function withLock<T>(path: string, what: string, timeoutMs: number, work: () => Promise<T>): Promise<T> {
  const lock = await acquireLock(path, what, timeoutMs);
  try {
    return await work();
  } finally {
    lock.release();
  }
}

/** The lock timeout from MUSE_LOCK_TIMEOUT (seconds, may be 0), else the default. */
export function lockTimeoutMs(env: Readonly<Record<string, string | undefined>>): number {
  const text = env.MUSE_LOCK_TIMEOUT?.trim();
  if (text === undefined || text === "") return DEFAULT_LOCK_TIMEOUT_MS;
  if (!/^\d+(\.\d+)?$/.test(text)) throw new MuseError(`MUSE_LOCK_TIMEOUT expects a number of seconds, got '${text}'`);
  return Number(text) * 1000;
}

/** `tryCreate`, or "gone" when the lock's directory is missing. */
function tryCreateUnlessGone(path: string, owner: LockOwner): boolean | "gone" {
  try {
    return tryCreate(path, owner);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return "gone";
    throw error;
  }
}

/** Creates the lock file with its whole content in one step (a hard link of a finished file); false if it exists. */
function tryCreate(path: string, owner: LockOwner): boolean {
  const temp = `${path}.${owner.token}.muse-tmp`;
  writeFileSync(temp, JSON.stringify(owner), { flag: "wx", mode: 0o644 });
  try {
    linkSync(temp, path);
    return true;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "EEXIST") return false;
    if (code !== "EPERM" && code !== "ENOTSUP" && code !== "EOPNOTSUPP") throw error;
    // a file system without hard links: an exclusive create (its content follows at once)
    try {
      writeFileSync(path, JSON.stringify(owner), { flag: "wx", mode: 0o644 });
      return true;
    } catch (inner) {
      if ((inner as NodeJS.ErrnoException).code === "EEXIST") return false;
      throw inner;
    }
  } finally {
    unlinkSync(temp);
  }
}

/** The lock's owner; an empty or unreadable lock file gives an owner with pid 0 (treated as stale once old). */
function readOwner(path: string): LockOwner | undefined {
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return undefined;
    throw error;
  }
  try {
    const parsed = JSON.parse(text) as Partial<LockOwner>;
    if (typeof parsed.pid === "number" && typeof parsed.host === "string" && typeof parsed.token === "string") {
      return { pid: parsed.pid, host: parsed.host, started: String(parsed.started ?? "?"), token: parsed.token };
    }
  } catch {
    // not JSON: handled below
  }
  return { pid: 0, host: "", started: "?", token: `content:${text}` };
}

/** A lock is stale when its process is gone (same host), or when it names no owner and is over 10 seconds old. */
function isStale(holder: LockOwner, path: string): boolean {
  if (holder.pid === 0) {
    const age = Date.now() - (statSync(path, { throwIfNoEntry: false })?.mtimeMs ?? Date.now());
    return age > 10_000;
  }
  if (holder.host !== hostname()) return false;
  try {
    process.kill(holder.pid, 0);
    return false;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "ESRCH";
  }
}

/**
 * Replaces a stale lock with this run's. The stale file is first moved to a name of this run's own; if what was
 * moved turns out not to be the stale lock (another process took it over in between), it is put back.
 */
function takeOver(path: string, stale: LockOwner, owner: LockOwner): void {
  const aside = `${path}.${owner.token}.stale.muse-tmp`;
  try {
    renameSync(path, aside);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return;
    throw error;
  }
  const moved = readOwner(aside);
  if (moved !== undefined && moved.token !== stale.token) {
    try {
      linkSync(aside, path);
    } catch {
      // a third process has the lock now; the one moved aside loses it, and its owner's release is a no-op
    }
  }
  unlinkSync(aside);
}

function busyMessage(what: string, path: string, holder: LockOwner | undefined, timeoutMs: number): string {
  const who =
    holder === undefined || holder.pid === 0
      ? "another muse process"
      : `muse process ${holder.pid} on ${holder.host} (running since ${holder.started})`;
  return (
    `${what} is busy: ${who} holds the lock ${path}; gave up after ${timeoutMs / 1000} s, nothing was written. ` +
    "Try again (MUSE_LOCK_TIMEOUT sets the wait, in seconds); delete the lock file only if that process is gone"
  );
}
