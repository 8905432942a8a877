// The writers' safety pieces in process: the lock (busy, stale, foreign host), the single-file writes (through a
// link, compare-before-rename, exclusive create), the --force check, and the recovery of an interrupted swap.
import { spawnSync } from "node:child_process";
import {
  existsSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  utimesSync,
  writeFileSync,
} from "node:fs";
import { hostname, tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { checkOutputDir, REGISTRY_MARKER } from "../src/cli/output-dir-check.js";
import { acquireLock, BusyError, lockTimeoutMs } from "../src/cli/registry-lock.js";
import { journalPath, recoverInterruptedSwap } from "../src/cli/swap-journal.js";
import { writeDirectoryAtomic } from "../src/cli/write-atomic.js";
import { createFileExclusive, writeFileAtomic } from "../src/cli/write-file-atomic.js";
import { UsageError } from "../src/core/errors.js";

const work = mkdtempSync(join(tmpdir(), "muse-lock-test-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));
let counter = 0;
const fresh = (name: string) => {
  const dir = join(work, `${name}-${++counter}`);
  mkdirSync(dir, { recursive: true });
  return dir;
};

/** The pid of a process that has ended. */
function deadPid(): number {
  const child = spawnSync(process.execPath, ["-e", "process.stdout.write(String(process.pid))"], { encoding: "utf8" });
  return Number(child.stdout);
}

describe("acquireLock", () => {
  it("creates the lock with its owner, and removes it on release", async () => {
    const path = join(fresh("lock"), ".muse-lock");
    const lock = await acquireLock(path, "registry X", 0);
    const owner = JSON.parse(readFileSync(path, "utf8"));
    expect(owner).toMatchObject({ pid: process.pid, host: hostname() });
    expect(owner.token).toMatch(/^[0-9a-f]{16}$/);
    lock.release();
    expect(readdirSync(join(path, ".."))).toEqual([]);
  });

  it("gives up on a live owner's lock after the timeout with a BusyError naming it", async () => {
    const path = join(fresh("busy"), ".muse-lock");
    const held = await acquireLock(path, "registry X", 0);
    const error = await acquireLock(path, "registry X", 0).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BusyError);
    expect((error as Error).message).toMatch(
      new RegExp(`^registry X is busy: muse process ${process.pid} on .+ holds the lock ${path}; gave up after 0 s`),
    );
    held.release();
    (await acquireLock(path, "registry X", 0)).release();
  });

  it("waits for a lock released while it waits", async () => {
    const path = join(fresh("wait"), ".muse-lock");
    const held = await acquireLock(path, "registry X", 0);
    setTimeout(() => held.release(), 120);
    const second = await acquireLock(path, "registry X", 30_000);
    expect(JSON.parse(readFileSync(path, "utf8")).token).not.toBe(undefined);
    second.release();
    expect(existsSync(path)).toBe(false);
  });

  it("takes over the lock of a dead process on this host, and of an empty lock file over 10 s old", async () => {
    const dir = fresh("stale");
    const path = join(dir, ".muse-lock");
    writeFileSync(path, JSON.stringify({ pid: deadPid(), host: hostname(), started: "x", token: "dead" }));
    const lock = await acquireLock(path, "registry X", 0);
    expect(JSON.parse(readFileSync(path, "utf8")).pid).toBe(process.pid);
    lock.release();
    writeFileSync(path, "");
    await expect(acquireLock(path, "registry X", 0)).rejects.toBeInstanceOf(BusyError);
    utimesSync(path, new Date(Date.now() - 11_000), new Date(Date.now() - 11_000));
    (await acquireLock(path, "registry X", 0)).release();
    expect(readdirSync(dir)).toEqual([]);
  });

  it("never takes over the lock of another host (its process cannot be checked)", async () => {
    const path = join(fresh("host"), ".muse-lock");
    writeFileSync(path, JSON.stringify({ pid: deadPid(), host: `not-${hostname()}`, started: "x", token: "t" }));
    await expect(acquireLock(path, "registry X", 0)).rejects.toBeInstanceOf(BusyError);
  });

  it("reads MUSE_LOCK_TIMEOUT in seconds", () => {
    expect(lockTimeoutMs({})).toBe(30_000);
    expect(lockTimeoutMs({ MUSE_LOCK_TIMEOUT: "2.5" })).toBe(2500);
    expect(lockTimeoutMs({ MUSE_LOCK_TIMEOUT: "0" })).toBe(0);
    expect(() => lockTimeoutMs({ MUSE_LOCK_TIMEOUT: "soon" })).toThrow(
      "MUSE_LOCK_TIMEOUT expects a number of seconds, got 'soon'",
    );
  });
});

describe("single-file writes", () => {
  it("writes through a symbolic link: the target changes, the link stays", async () => {
    const dir = fresh("link");
    writeFileSync(join(dir, "target.yaml"), "old\n");
    symlinkSync(join(dir, "target.yaml"), join(dir, "link.yaml"));
    await writeFileAtomic(join(dir, "link.yaml"), "new\n");
    expect(lstatSync(join(dir, "link.yaml")).isSymbolicLink()).toBe(true);
    expect(readFileSync(join(dir, "target.yaml"), "utf8")).toBe("new\n");
  });

  it("writes nothing when the file changed since it was read (compare before rename)", async () => {
    const dir = fresh("expect");
    const path = join(dir, "f.yaml");
    writeFileSync(path, "changed by someone else\n");
    const error = await writeFileAtomic(path, "mine\n", { expected: "as read\n" }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BusyError);
    expect((error as Error).message).toBe(
      `${path} was changed by another program while muse was editing it; nothing was written`,
    );
    expect(readdirSync(dir)).toEqual(["f.yaml"]);
    expect(readFileSync(path, "utf8")).toBe("changed by someone else\n");
  });

  it("creates a new file exclusively: an existing one is a usage error and stays as it was", async () => {
    const dir = fresh("excl");
    const path = join(dir, "s.yaml");
    await createFileExclusive(path, "first\n");
    const error = await createFileExclusive(path, "second\n").catch((e: unknown) => e);
    expect(error).toEqual(new UsageError(`${path} already exists; nothing was written`));
    expect(readFileSync(path, "utf8")).toBe("first\n");
    expect(readdirSync(dir)).toEqual(["s.yaml"]);
  });
});

describe("checkOutputDir with --force", () => {
  it("refuses YAML that is not a registry (Kubernetes manifests), naming the file and the reason", async () => {
    const dir = fresh("k8s");
    writeFileSync(join(dir, "deploy.yaml"), "apiVersion: apps/v1\nkind: Deployment\n");
    await expect(checkOutputDir(dir, true)).rejects.toThrow(
      new UsageError(
        `refusing to replace ${dir}: ${join(dir, "deploy.yaml")} is not a muse registry file (1:1: unknown key 'apiVersion'); nothing was changed`,
      ),
    );
  });

  it("accepts a directory muse marked, or whose files all load as registry files", async () => {
    const marked = fresh("marked");
    writeFileSync(join(marked, REGISTRY_MARKER), "");
    writeFileSync(join(marked, "x.yaml"), "not: [a registry\n");
    await expect(checkOutputDir(marked, true)).resolves.toBeUndefined();
    const plain = fresh("plain");
    writeFileSync(join(plain, "models.yaml"), "models: []\n");
    await expect(checkOutputDir(plain, true)).resolves.toBeUndefined();
  });

  it("refuses a symbolic link as --out, and a file in a marked directory that is not YAML", async () => {
    const dir = fresh("marked-notes");
    writeFileSync(join(dir, REGISTRY_MARKER), "");
    writeFileSync(join(dir, "NOTES.txt"), "mine");
    await expect(checkOutputDir(dir, true)).rejects.toThrow(
      `refusing to replace ${dir}: it is not a muse registry (${join(dir, "NOTES.txt")} is not registry YAML); nothing was changed`,
    );
    const link = join(work, `link-${++counter}`);
    symlinkSync(dir, link);
    await expect(checkOutputDir(link, true)).rejects.toThrow(
      `--out ${link} is a symbolic link; name the directory itself`,
    );
  });
});

describe("writeDirectoryAtomic", () => {
  it("writes nothing when the check of the finished directory fails, and leaves no temporary directory", async () => {
    const parent = fresh("check");
    const out = join(parent, "out");
    const check = async (dir: string) => {
      expect(readFileSync(join(dir, "a.yaml"), "utf8")).toBe("models: []\n");
      throw new UsageError("no");
    };
    await expect(
      writeDirectoryAtomic(out, [{ path: "a.yaml", text: "models: []\n" }], { force: false, check }),
    ).rejects.toThrow("no");
    expect(readdirSync(parent)).toEqual([]);
  });
});

describe("recoverInterruptedSwap", () => {
  /** A parent with a journal naming `.r.muse-tmp-x` and `.r.muse-old-x`, and which of the three exist. */
  function crashed(state: { target: boolean; temp: boolean; aside: boolean }): string {
    const parent = fresh("swap");
    const make = (name: string, text: string) => {
      mkdirSync(join(parent, name));
      writeFileSync(join(parent, name, "f.yaml"), text);
    };
    if (state.target) make("r", "target");
    if (state.temp) make(".r.muse-tmp-x", "new");
    if (state.aside) make(".r.muse-old-x", "old");
    const temp = join(parent, ".r.muse-tmp-x");
    const aside = join(parent, ".r.muse-old-x");
    writeFileSync(journalPath(join(parent, "r")), JSON.stringify({ temp, aside }));
    return parent;
  }

  it.each([
    ["between the renames: the new one goes in place", { target: false, temp: true, aside: true }, "new"],
    ["before the first rename: the old one stays", { target: true, temp: true, aside: false }, "target"],
    ["after the second rename: the old copy goes", { target: true, temp: false, aside: true }, "target"],
    ["the new one lost: the old one comes back", { target: false, temp: false, aside: true }, "old"],
  ])("%s", async (_name, state, expected) => {
    const parent = crashed(state);
    await recoverInterruptedSwap(join(parent, "r"));
    expect(readdirSync(parent)).toEqual(["r"]);
    expect(readFileSync(join(parent, "r", "f.yaml"), "utf8")).toBe(expected);
  });
});
