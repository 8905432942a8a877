// A cache muse can trust: a cache directory is used only when it is this user's alone; inside it no link is
// followed, only regular files of this user are read, only files of muse's naming are deleted, and files of
// registries that are gone are evicted. Odd paths (/proc, a FIFO, a file) mean no cache, at once.
import { execFileSync } from "node:child_process";
import {
  chmodSync,
  chownSync,
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  utimesSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { privateCacheDir } from "../src/cli/cache-dir.js";
import { codeCacheFile, pruneOtherBuilds, readCodeCache, writeCodeCache } from "../src/cli/code-cache.js";
import { evictStaleRegistryCaches } from "../src/core/cache/evict.js";
import { openRegistryCache, registryCacheFile } from "../src/core/cache/parse-cache.js";
import { loadRegistry } from "../src/core/load/load-registry.js";
import { fixture, runMuse } from "./helpers/run-muse.js";

const uid = process.getuid?.() ?? 0;
const otherUid = uid + 4242;
const monthAgo = new Date(Date.now() - 30 * 24 * 60 * 60 * 1000);
let work: string;
let museDir: string;

beforeEach(() => {
  work = mkdtempSync(join(tmpdir(), "muse-cache-trust-"));
  museDir = join(work, "cache", "muse");
});
afterEach(() => rmSync(work, { recursive: true, force: true }));

const modeOf = (path: string) => statSync(path).mode & 0o7777;

describe("the cache directory", () => {
  it("is created private (0700) one level at a time, and then used", () => {
    expect(privateCacheDir(museDir, "v8", uid)).toEqual({ dir: join(museDir, "v8") });
    expect(modeOf(join(work, "cache"))).toBe(0o700);
    expect(modeOf(museDir)).toBe(0o700);
    expect(modeOf(join(museDir, "v8"))).toBe(0o700);
    expect(privateCacheDir(museDir, "parsed", uid)).toEqual({ dir: join(museDir, "parsed") });
  });

  it("is not used when another user owns it (a kept HOME under sudo)", () => {
    mkdirSync(museDir, { recursive: true, mode: 0o700 });
    expect(privateCacheDir(museDir, "v8", otherUid)).toEqual({
      refused: `${museDir} belongs to user ${uid}, not to this user (${otherUid})`,
    });
  });

  it("creates nothing in another user's directory (root with a kept HOME leaves no root-owned directory there)", () => {
    const home = join(work, "home");
    mkdirSync(home);
    expect(privateCacheDir(join(home, ".cache", "muse"), "v8", otherUid)).toEqual({
      refused: `${home} belongs to user ${uid}: muse creates no directory there`,
    });
    expect(readdirSync(home)).toEqual([]);
  });

  it.skipIf(uid !== 0)("is not used in a parent another user owns, even when muse/ is its own (needs root)", () => {
    mkdirSync(museDir, { recursive: true, mode: 0o700 });
    chownSync(join(work, "cache"), otherUid, otherUid);
    expect(privateCacheDir(museDir, "v8", uid)).toEqual({
      refused: `${join(work, "cache")} belongs to user ${otherUid}, not to this user (${uid})`,
    });
  });

  it("is not used when group or others can write it, or it or a subdirectory is a symbolic link", () => {
    mkdirSync(museDir, { recursive: true, mode: 0o700 });
    chmodSync(museDir, 0o770);
    expect(privateCacheDir(museDir, "v8", uid)).toEqual({ refused: `${museDir} is writable by group or others` });
    chmodSync(museDir, 0o700);
    const target = join(work, "target");
    mkdirSync(target);
    symlinkSync(target, join(museDir, "v8"));
    expect(privateCacheDir(museDir, "v8", uid)).toEqual({ refused: `${join(museDir, "v8")} is a symbolic link` });
    const linked = join(work, "linked-muse");
    symlinkSync(museDir, linked);
    expect(privateCacheDir(linked, "parsed", uid)).toEqual({ refused: `${linked} is a symbolic link` });
  });

  it("is used without owner or mode checks where there are no user ids (Windows)", () => {
    mkdirSync(museDir, { recursive: true });
    chmodSync(museDir, 0o777);
    expect(privateCacheDir(museDir, "parsed", undefined)).toEqual({ dir: join(museDir, "parsed") });
  });

  it("is not used in a parent others can write without the sticky bit; /tmp's sticky bit is fine", () => {
    mkdirSync(join(work, "cache"), { mode: 0o700 });
    chmodSync(join(work, "cache"), 0o777);
    expect(privateCacheDir(museDir, "v8", uid)).toEqual({ refused: `${join(work, "cache")} is writable by others` });
    chmodSync(join(work, "cache"), 0o1777);
    expect(privateCacheDir(museDir, "v8", uid)).toEqual({ dir: join(museDir, "v8") });
  });

  it("is not used, at once, under /proc, a FIFO, a device, a file, or too many missing parents", () => {
    const file = join(work, "file");
    writeFileSync(file, "x");
    const fifo = join(work, "fifo");
    execFileSync("mkfifo", [fifo]);
    expect(privateCacheDir("/proc/muse", "v8", uid)).toEqual({ refused: "cannot create /proc/muse: ENOENT" });
    expect(privateCacheDir(join(fifo, "muse"), "v8", uid)).toEqual({ refused: `${fifo} is not a directory` });
    expect(privateCacheDir("/dev/full/muse", "v8", uid)).toEqual({ refused: "/dev/full is not a directory" });
    expect(privateCacheDir(join(file, "muse"), "parsed", uid)).toEqual({ refused: `${file} is not a directory` });
    const deep = join(work, "a", "b", "c", "d", "muse");
    expect(privateCacheDir(deep, "v8", uid)).toEqual({ refused: `${join(work, "a")}: ENOENT` });
    expect(existsSync(join(work, "a"))).toBe(false);
    expect(readFileSync(file, "utf8")).toBe("x");
  });
});

describe("code cache files", () => {
  const hash = "0123456789abcdef0123";
  let v8: string;
  beforeEach(() => {
    v8 = join(museDir, "v8");
    mkdirSync(v8, { recursive: true, mode: 0o700 });
  });

  it("are read only when they are regular files of this user, never through a link or from a FIFO", () => {
    const file = codeCacheFile(v8, hash, "compare");
    writeCodeCache(file, hash, Buffer.from("bytes"), true);
    expect(readCodeCache(file, hash, uid)).toEqual({ data: Buffer.from("bytes"), final: true });
    expect(readCodeCache(file, hash, otherUid)).toBeUndefined();
    const link = codeCacheFile(v8, hash, "scores");
    symlinkSync(file, link);
    expect(readCodeCache(link, hash, uid)).toBeUndefined();
    const fifo = codeCacheFile(v8, hash, "show");
    execFileSync("mkfifo", [fifo]);
    expect(readCodeCache(fifo, hash, uid)).toBeUndefined();
  });

  it("are made new: a planted file or link at the temporary name is never written through", () => {
    const file = codeCacheFile(v8, hash, "compare");
    const victim = join(work, "victim");
    writeFileSync(victim, "keep");
    symlinkSync(victim, `${file}.${process.pid}.tmp`);
    writeCodeCache(file, hash, Buffer.from("bytes"), true);
    expect(readFileSync(victim, "utf8")).toBe("keep");
    expect(existsSync(file)).toBe(false);
    expect(readdirSync(v8)).toEqual([`${file.slice(v8.length + 1)}.${process.pid}.tmp`]); // the link is left alone
  });

  it("of other builds are pruned after two weeks: only regular files of muse's naming and this user", () => {
    const old = (name: string) => {
      const path = join(v8, name);
      writeFileSync(path, "x");
      utimesSync(path, monthAgo, monthAgo);
      return path;
    };
    const otherBuild = old(`fedcba9876543210fedc-compare-v20.0.0-x64.bin`);
    const leftover = old(`${hash}-compare-v20.0.0-x64.bin.123.tmp`);
    const current = old(`${hash}-compare-v20.0.0-x64.bin`);
    const notOurs = old("notes.txt");
    const target = join(work, "target.bin");
    writeFileSync(target, "x");
    symlinkSync(target, join(v8, "aaaaaaaaaaaaaaaaaaaa-compare-v20.0.0-x64.bin"));
    pruneOtherBuilds(v8, [hash], otherUid);
    expect(existsSync(otherBuild)).toBe(true); // another user's file (as seen with otherUid)
    pruneOtherBuilds(v8, [hash], uid);
    expect(existsSync(otherBuild)).toBe(false);
    expect(existsSync(leftover)).toBe(false);
    expect(existsSync(current)).toBe(true);
    expect(existsSync(notOurs)).toBe(true);
    expect(existsSync(target)).toBe(true);
    expect(readdirSync(v8).sort()).toEqual([
      `${hash}-compare-v20.0.0-x64.bin`,
      "aaaaaaaaaaaaaaaaaaaa-compare-v20.0.0-x64.bin",
      "notes.txt",
    ]);
  });
});

describe("the parse cache", () => {
  let registry: string;
  let parsed: string;
  beforeEach(() => {
    registry = join(work, "registry");
    cpSync(fixture("valid"), registry, { recursive: true });
    parsed = join(museDir, "parsed");
    mkdirSync(parsed, { recursive: true, mode: 0o700 });
  });

  it("reads a registry's file only when it is a regular file of the cache's owner, never through a link", async () => {
    await loadRegistry([registry], { cacheDir: parsed, cacheOwner: uid });
    const file = registryCacheFile(parsed, registry);
    expect(openRegistryCache(parsed, registry, uid).entries.size).toBe(1);
    expect(openRegistryCache(parsed, registry, otherUid).entries.size).toBe(0);
    const elsewhere = join(work, "elsewhere.jsonl");
    cpSync(file, elsewhere);
    rmSync(file);
    symlinkSync(elsewhere, file);
    expect(openRegistryCache(parsed, registry, uid).entries.size).toBe(0);
  });

  it("evicts the files of registries that are gone, old files of another format and leftovers, nothing else", async () => {
    const twin = join(work, "twin");
    cpSync(registry, twin, { recursive: true });
    await loadRegistry([registry], { cacheDir: parsed, cacheOwner: uid });
    await loadRegistry([twin], { cacheDir: parsed, cacheOwner: uid });
    const otherFormat = join(parsed, "0123456789abcdef01234567.jsonl");
    writeFileSync(otherFormat, "muse parse cache 1\n");
    utimesSync(otherFormat, monthAgo, monthAgo);
    const leftover = join(parsed, `${"a".repeat(24)}.jsonl.00000000-0000-0000-0000-000000000000.tmp`);
    writeFileSync(leftover, "x");
    utimesSync(leftover, monthAgo, monthAgo);
    writeFileSync(join(parsed, "notes.txt"), "x");
    rmSync(twin, { recursive: true });
    expect(evictStaleRegistryCaches(parsed, otherUid)).toBe(0);
    expect(evictStaleRegistryCaches(parsed, uid)).toBe(3);
    expect(readdirSync(parsed).sort()).toEqual(
      [registryCacheFile(parsed, registry).slice(parsed.length + 1), "notes.txt"].sort(),
    );
  });

  it("is evicted by the next load that writes the cache, so the cache does not grow without end", async () => {
    for (let i = 0; i < 5; i++) {
      const gone = join(work, `gone-${i}`);
      cpSync(registry, gone, { recursive: true });
      await loadRegistry([gone], { cacheDir: parsed, cacheOwner: uid });
      rmSync(gone, { recursive: true });
    }
    expect(readdirSync(parsed)).toHaveLength(1); // each load evicted the one before
    await loadRegistry([registry], { cacheDir: parsed, cacheOwner: uid });
    expect(readdirSync(parsed)).toEqual([registryCacheFile(parsed, registry).slice(parsed.length + 1)]);
  });
});

describe("muse with a cache it must not trust", () => {
  it("answers from the registry, not from a forged entry in a directory others can write; --debug says why", async () => {
    const registry = join(work, "registry");
    cpSync(fixture("valid"), registry, { recursive: true });
    const env = { XDG_CACHE_HOME: join(work, "cache"), HOME: work };
    const argv = ["--registry", registry, "scores", "--bench", "arc-agi-2", "--json"];
    const honest = await runMuse(argv, { env });
    expect(honest.code).toBe(0);
    const file = registryCacheFile(join(museDir, "parsed"), registry);
    // A forged entry with a recomputed checksum, as another user with write access would plant it.
    const [header, entry] = readFileSync(file, "utf8").split("\n") as [string, string];
    const tab = entry.indexOf("\t");
    const body = entry.slice(tab + 1).replace('"value":42.5', '"value":99.5');
    const sum = execFileSync("sha1sum", { input: body }).toString().split(" ")[0];
    const head = JSON.parse(entry.slice(0, tab)) as Record<string, string>;
    writeFileSync(file, `${header}\n${JSON.stringify({ ...head, sum })}\t${body}\n`);
    expect((await runMuse(argv, { env })).out).toContain("99.5"); // this user's own cache is trusted
    chmodSync(museDir, 0o777);
    const run = await runMuse(["--debug", ...argv], { env });
    expect(run.out).toBe(honest.out);
    expect(run.err).toBe(`muse: running without the parse cache: ${museDir} is writable by group or others\n`);
    expect((await runMuse(argv, { env })).err).toBe("");
  });
});
