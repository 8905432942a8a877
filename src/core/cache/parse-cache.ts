// The parse cache: for each registry file, the validated records parsed from it, so that an unchanged file is
// never parsed or validated again and an edited one is the only one parsed. The entries of one registry
// directory are kept together in one file (reading one 10 MB file is far cheaper than a thousand small
// ones, and so is writing it); each entry is used only when its key (the build's fingerprint and the SHA-1 of
// the file's bytes) and its path match and its checksum holds. Anything else (missing, corrupt, unreadable,
// from another build) is a miss, never an error. The file is replaced atomically (temporary file, rename).
import { createHash, randomUUID } from "node:crypto";
import { mkdirSync, readFileSync, renameSync, unlinkSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import type { ParsedFile } from "../load/parse-file.js";
import { CACHE_FINGERPRINT } from "./fingerprint.js";

const sha1 = (data: string | Uint8Array): string => createHash("sha1").update(data).digest("hex");
const FORMAT = "muse parse cache 1";

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
  readonly entries: Map<string, Entry>;
  changed: boolean;
}

/** The file that holds a registry directory's entries, named by a hash of the directory's path. */
export function registryCacheFile(cacheDir: string, registryDir: string): string {
  return join(cacheDir, "parsed", `${sha1(registryDir).slice(0, 24)}.jsonl`);
}

/** The key an entry must carry to be used for these bytes. */
export function cacheKey(bytes: Uint8Array): string {
  return `${CACHE_FINGERPRINT}:${sha1(bytes)}`;
}

/** Reads a registry directory's cache; a missing, unreadable or foreign file gives an empty one. */
export function openRegistryCache(cacheDir: string, registryDir: string): RegistryCache {
  const file = registryCacheFile(cacheDir, registryDir);
  const entries = new Map<string, Entry>();
  let text = "";
  try {
    text = readFileSync(file, "utf8");
  } catch {
    return { file, entries, changed: false };
  }
  const lines = text.split("\n");
  if (lines[0] !== FORMAT) return { file, entries, changed: false };
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
  return { file, entries, changed: false };
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
 * entries of `livePaths`. Atomic (temporary file, then rename); failures are ignored.
 */
export function saveRegistryCache(cache: RegistryCache, livePaths: readonly string[]): void {
  const live = new Set(livePaths);
  let changed = cache.changed;
  for (const path of cache.entries.keys()) {
    if (!live.has(path)) {
      cache.entries.delete(path);
      changed = true;
    }
  }
  if (!changed) return;
  const lines = [FORMAT];
  for (const [path, { key, sum, body }] of cache.entries) lines.push(`${JSON.stringify({ path, key, sum })}\t${body}`);
  const temp = `${cache.file}.${randomUUID()}.tmp`;
  try {
    mkdirSync(dirname(cache.file), { recursive: true });
    writeFileSync(temp, `${lines.join("\n")}\n`);
    renameSync(temp, cache.file);
    cache.changed = false;
  } catch {
    // A cache that cannot be written (read-only, full disk) only costs speed.
    try {
      unlinkSync(temp);
    } catch {
      // Never created.
    }
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
