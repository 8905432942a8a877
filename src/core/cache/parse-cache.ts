// The parse cache: for each registry file, the validated records parsed from it, so that an unchanged file is
// never parsed or validated again and an edited one is the only one parsed. The entries of one registry
// directory are kept together in one file (reading one 10 MB file is far cheaper than a thousand small
// ones, and so is writing it); each entry is used only when its key (the build's fingerprint and the SHA-1 of
// the file's bytes) and its path match and its checksum holds. Anything else (missing, corrupt, unreadable,
// from another build) is a miss, never an error. The file is replaced atomically (temporary file, rename).
// The directory is one the CLI has checked that only this user can write (src/cli/cache-dir.ts): within it, a
// file is read only when it is a regular file of that user, never through a link.
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import type { ParsedFile } from "../load/parse-file.js";
import { lazyCrypto, sha1Hex } from "./checksum.js";
import { CACHE_FINGERPRINT } from "./fingerprint.js";
import { readOwnCacheFile } from "./own-file.js";
import { writePrivateFile } from "./private-write.js";

const sha1 = sha1Hex;

/** A cache file's first line: the format, then the registry directory it is for (so that it can be evicted). */
export const PARSE_CACHE_FORMAT = "muse parse cache 2";
const headerFor = (registryDir: string): string => `${PARSE_CACHE_FORMAT}\t${JSON.stringify(registryDir)}`;

/** One file's entry: its records as JSON, and what must match for them to be used. */
interface Entry {
  key: string;
  sum: string;
  body: string;
}

/** The cache of one registry directory, read once per run and written back if anything changed. */
export interface RegistryCache {
  /** The file holding the entries. */
  readonly file: string;
  /** Its first line, naming the format and the registry directory. */
  readonly header: string;
  readonly entries: Map<string, Entry>;
  changed: boolean;
}

/** The file in the parse cache directory that holds a registry directory's entries, named by a hash of its path. */
export function registryCacheFile(cacheDir: string, registryDir: string): string {
  return join(cacheDir, `${sha1(registryDir).slice(0, 24)}.jsonl`);
}

/** The key an entry must carry to be used for these bytes. */
export function cacheKey(bytes: Uint8Array): string {
  return `${CACHE_FINGERPRINT}:${sha1(bytes)}`;
}

/**
 * Reads a registry directory's cache; a missing, unreadable or foreign file (not a regular file of user `owner`,
 * another format, another directory's) gives an empty one. When the user's cache has no file for the directory,
 * the seed is read instead: a cache the build made for the bundled registry in the same format, inside the
 * installed package (as trusted as the code itself, so any owner); its entries are checked like any other, and
 * the user's file is written on the next change.
 */
export function openRegistryCache(
  cacheDir: string,
  registryDir: string,
  owner?: number,
  seedDir?: string,
): RegistryCache {
  const file = registryCacheFile(cacheDir, registryDir);
  const entries = new Map<string, Entry>();
  const header = headerFor(registryDir);
  const seed = () =>
    seedDir === undefined ? undefined : readOwnCacheFile(registryCacheFile(seedDir, registryDir), undefined);
  const text = (readOwnCacheFile(file, owner) ?? seed())?.toString("utf8");
  if (text === undefined) return { file, header, entries, changed: false };
  const lines = text.split("\n");
  if (lines[0] !== header) return { file, header, entries, changed: false };
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i] as string;
    const tab = line.indexOf("\t");
    if (tab < 0) continue;
    try {
      const head = JSON.parse(line.slice(0, tab)) as { path?: unknown; key?: unknown; sum?: unknown };
      const { path, key, sum } = head;
      if (typeof path === "string" && typeof key === "string" && typeof sum === "string") {
        entries.set(path, { key, sum, body: line.slice(tab + 1) });
      }
    } catch {
      // A damaged line is a miss for its file.
    }
  }
  return { file, header, entries, changed: false };
}

/** The records cached for `path` if its entry matches `key` and is intact; any doubt is a miss. */
export function cachedFile(cache: RegistryCache, path: string, key: string): ParsedFile | undefined {
  const entry = cache.entries.get(path);
  if (entry === undefined || entry.key !== key || sha1(entry.body) !== entry.sum) return undefined;
  try {
    const file = JSON.parse(entry.body) as ParsedFile;
    const wellFormed =
      file.path === path && Array.isArray(file.benchmarks) && Array.isArray(file.models) && Array.isArray(file.sources);
    return wellFormed ? file : undefined;
  } catch {
    return undefined;
  }
}

/** Records a freshly parsed file's entry (written by `saveRegistryCache`). */
export function rememberFile(cache: RegistryCache, file: ParsedFile, key: string): void {
  if (hasNegativeZero(file)) {
    // JSON would turn -0 into 0: such a file is simply not cached.
    cache.changed = cache.entries.delete(file.path) || cache.changed;
    return;
  }
  const body = JSON.stringify(file);
  cache.entries.set(file.path, { key, sum: sha1(body), body });
  cache.changed = true;
}

/**
 * Writes the cache back when an entry was added or an entry's file has left the registry, keeping only the
 * entries of `livePaths`. Atomic (a new private temporary file, then rename); failures are ignored. True when written.
 */
export function saveRegistryCache(cache: RegistryCache, livePaths: readonly string[]): boolean {
  const live = new Set(livePaths);
  let changed = cache.changed;
  for (const path of cache.entries.keys()) {
    if (!live.has(path)) {
      cache.entries.delete(path);
      changed = true;
    }
  }
  if (!changed) return false;
  const lines = [cache.header];
  for (const [path, { key, sum, body }] of cache.entries) lines.push(`${JSON.stringify({ path, key, sum })}\t${body}`);
  try {
    makeCacheDir(cache.file);
  } catch {
    return false;
  }
  const written = writePrivateFile(
    `${cache.file}.${lazyCrypto().randomUUID()}.tmp`,
    cache.file,
    `${lines.join("\n")}\n`,
  );
  if (written) cache.changed = false;
  return written;
}

/** Creates the cache directory itself (one level, private) when the CLI has not: never its parents. */
function makeCacheDir(file: string): void {
  try {
    mkdirSync(join(file, ".."), { mode: 0o700 });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
  }
}

function hasNegativeZero(file: ParsedFile): boolean {
  for (const source of file.sources) {
    for (const s of source.scores) {
      if (Object.is(s.value, -0) || Object.is(s.stderr, -0) || Object.is(s.ci?.[0], -0) || Object.is(s.ci?.[1], -0))
        return true;
      for (const v of Object.values(s.setting)) if (Object.is(v, -0)) return true;
    }
  }
  return false;
}
