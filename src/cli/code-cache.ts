// Runs the bundled program with V8's code cache: the bytecode that compiling the bundle produced in an earlier
// run is handed back to V8, which then neither parses nor compiles it again (Node 20 has no module compile
// cache of its own). V8 checks only that the cache came from a source of the same length and the same V8, not
// that its bytes are intact (a damaged cache can crash the process), so each cache file carries a damage sum of
// its data and the hash of the bundle it was made from, and anything that does not match is ignored and made
// again. One cache per command name, so that each holds the functions that command runs. A cache holds what
// the run that made it compiled, and the first run often does more than later ones (it also parses the
// registry, compiling the YAML reader and zod): so the first cache is provisional, the next run runs without
// it and makes the one that stays. The directory is one muse has checked is private (src/cli/cache-dir.ts); in it,
// no symbolic link is followed, only regular files of this user are read, and only files of muse's own naming are
// ever deleted.
import { lstatSync, readdirSync, readFileSync, unlinkSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { Script } from "node:vm";
import { damageSum } from "../core/cache/checksum.js";
import { readOwnCacheFile } from "../core/cache/own-file.js";
import { writePrivateFile } from "../core/cache/private-write.js";

/** A bundle beside the program that it requires when first needed (the YAML parser, zod, the EEE schemas). */
export interface SiblingBundle {
  /** A hash of its bytes, made at build time (it names its code cache files). */
  hash: string;
  /** How to read it (see BundleRun.encoding). */
  encoding: "latin1" | "utf8";
}

/** What the loader needs to run the bundle. */
export interface BundleRun {
  /** The bundle: a CommonJS file. */
  bundle: string;
  /** A hash of the bundle's bytes, made at build time. */
  bundleHash: string;
  /** `latin1` when the build found the bundle all ASCII (read as UTF-8 would, without decoding: ~1 ms, not ~3-5). */
  encoding: "latin1" | "utf8";
  /**
   * The bundles beside it, by the name the program requires them with (`./vendor-zod.cjs`): each is compiled with
   * a code cache of its own, per command, like the program (required plainly, zod alone took 16 ms to load).
   */
  siblings?: Readonly<Record<string, SiblingBundle>>;
  /** The directory of code caches (checked private, see src/cli/cache-dir.ts); none is read or written without it. */
  cacheDir: string | undefined;
  /** The user whose cache files are read (`undefined` where there are no user ids). */
  uid: number | undefined;
  /** The command being run (only picks the cache file; any name is safe). */
  command: string;
}

const MAGIC = "muse-v8-cache-3";

/** The cache file in a code cache directory for a bundle, command, Node version and architecture. */
export function codeCacheFile(cacheDir: string, bundleHash: string, command: string): string {
  const name = `${bundleHash}-${command.replace(/[^a-z0-9-]/gi, "_").slice(0, 40)}-${process.version}-${process.arch}.bin`;
  return join(cacheDir, name);
}

/** The names codeCacheFile gives, and those of its temporary files: the only files muse ever deletes there. */
const OWN_NAME = /^[0-9a-f]{6,64}-[a-z0-9_-]{1,40}-v\d+\.\d+\.\d+-[a-z0-9_]+\.bin(?:\.\d+\.tmp)?$/i;

/** Whether a file name in the code cache directory is one muse gives. */
export const isCodeCacheName = (name: string): boolean => OWN_NAME.test(name);

/** Larger files are not read: the code cache of the whole program is a few megabytes. */
const MAX_CACHE_BYTES = 64 * 1024 * 1024;

/** A cache file's content: V8's data, and whether it was made by the first run (provisional) or a later one. */
export interface CodeCache {
  data: Buffer;
  final: boolean;
}

/**
 * Reads a cache file: its data when it is a regular file of user `uid` (never through a link, never waiting on a
 * FIFO), its header names this bundle and V8, and the checksum holds.
 */
export function readCodeCache(file: string, bundleHash: string, uid: number | undefined): CodeCache | undefined {
  const bytes = readOwnCacheFile(file, uid, { maxBytes: MAX_CACHE_BYTES });
  if (bytes === undefined) return undefined;
  const newline = bytes.indexOf(10);
  if (newline < 0 || newline > 400) return undefined;
  const [magic, bundle, v8, sum, stage] = bytes.subarray(0, newline).toString("latin1").split(" ");
  const data = bytes.subarray(newline + 1);
  if (magic !== MAGIC || bundle !== bundleHash || v8 !== process.versions.v8 || sum !== damageSum(data))
    return undefined;
  return stage === "final" || stage === "provisional" ? { data, final: stage === "final" } : undefined;
}

/** Writes a cache file atomically (a new private temporary file, then rename); failures are ignored. */
export function writeCodeCache(file: string, bundleHash: string, data: Buffer, final: boolean): void {
  const stage = final ? "final" : "provisional";
  const header = Buffer.from(`${MAGIC} ${bundleHash} ${process.versions.v8} ${damageSum(data)} ${stage}\n`, "latin1");
  writePrivateFile(`${file}.${process.pid}.tmp`, file, Buffer.concat([header, data]));
}

const TWO_WEEKS_MS = 14 * 24 * 60 * 60 * 1000;

/**
 * Removes caches of other builds of muse not written for two weeks, so that upgrades do not pile them up (two
 * versions in use side by side keep theirs: a cache is rewritten at most every two weeks, then rebuilt once),
 * and temporary files that a killed run left. Only regular files of muse's naming and of user `uid` are removed.
 */
export function pruneOtherBuilds(
  dir: string,
  bundleHashes: readonly string[],
  uid: number | undefined,
  now = Date.now(),
): void {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return;
  }
  for (const name of names) {
    const ours = bundleHashes.some((hash) => name.startsWith(`${hash}-`));
    if (!isCodeCacheName(name) || (ours && !name.endsWith(".tmp"))) continue;
    const path = join(dir, name);
    try {
      const info = lstatSync(path);
      const own = info.isFile() && (uid === undefined || info.uid === uid);
      if (own && now - info.mtimeMs > TWO_WEEKS_MS) unlinkSync(path);
    } catch {
      // Gone already, or not ours to remove.
    }
  }
}

/** Compiles and runs the bundle as a CommonJS module, with its code cache when there is a good one. */
export function runBundle(run: BundleRun): void {
  const plainRequire = createRequire(run.bundle);
  const siblings = run.siblings ?? {};
  const hashes = [run.bundleHash, ...Object.values(siblings).map((s) => s.hash)];
  const cacheOf = (hash: string) =>
    run.cacheDir === undefined ? undefined : codeCacheFile(run.cacheDir, hash, run.command);
  const loaded = new Map<string, unknown>();
  // The program's require: a sibling bundle is run once, with its code cache; anything else as Node requires it.
  const require = Object.assign((id: string): unknown => {
    const sibling = siblings[id];
    if (sibling === undefined) return plainRequire(id);
    if (!loaded.has(id)) {
      const path = join(dirname(run.bundle), id);
      loaded.set(id, runCommonJs({ path, ...sibling }, cacheOf(sibling.hash), run.uid, plainRequire, hashes));
    }
    return loaded.get(id);
  }, plainRequire);
  runCommonJs(
    { path: run.bundle, hash: run.bundleHash, encoding: run.encoding },
    cacheOf(run.bundleHash),
    run.uid,
    require,
    hashes,
  );
}

/**
 * Compiles a CommonJS file with the code cache in `cacheFile` when there is a good one (else makes one at exit),
 * runs it with `require`, and returns its exports. `ownHashes` are the builds whose caches are kept when pruning.
 */
function runCommonJs(
  file: SiblingBundle & { path: string },
  cacheFile: string | undefined,
  uid: number | undefined,
  require: NodeJS.Require | ((id: string) => unknown),
  ownHashes: readonly string[],
): unknown {
  const source = readFileSync(file.path, file.encoding);
  const cache = cacheFile === undefined ? undefined : readCodeCache(cacheFile, file.hash, uid);
  const wrapped = `(function (exports, require, module, __filename, __dirname) {${source}\n})`;
  const use = cache?.final ? cache.data : undefined;
  const script = new Script(wrapped, { filename: file.path, cachedData: use });
  if (cacheFile !== undefined && (use === undefined || script.cachedDataRejected)) {
    // Made at exit, so that it holds every function this run compiled, not only the top level.
    const final = cache !== undefined && !cache.final;
    process.once("exit", () => {
      writeCodeCache(cacheFile, file.hash, script.createCachedData(), final);
      if (!final) pruneOtherBuilds(dirname(cacheFile), ownHashes, uid);
    });
  }
  const module = { exports: {} };
  const run = script.runInThisContext() as (...args: unknown[]) => void;
  run.call(module.exports, module.exports, require, module, file.path, dirname(file.path));
  return module.exports;
}
