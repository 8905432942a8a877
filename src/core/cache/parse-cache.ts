// The parse cache: one entry per registry file, holding the validated records parsed from it, so that an
// unchanged file is never parsed or validated again. An entry is used only when its key (the build's
// fingerprint and the SHA-1 of the file's bytes) and its path match, and its body's checksum holds;
// anything else (missing, corrupt, unreadable, from another build) is a miss. Writes are atomic.
import { createHash, randomUUID } from "node:crypto";
import { mkdir, readdir, readFile, rename, stat, unlink, writeFile } from "node:fs/promises";
import { join } from "node:path";
import type { ParsedFile } from "../load/parse-file.js";
import { CACHE_FINGERPRINT } from "./fingerprint.js";

const sha1 = (data: string | Uint8Array): string => createHash("sha1").update(data).digest("hex");
const ENTRY = ".entry";
const STALE_TEMP_MS = 10 * 60 * 1000;

/** Where one registry directory's entries live: a folder per registry, named by a hash of its path. */
export function registryCacheDir(cacheDir: string, registryDir: string): string {
  return join(cacheDir, "parsed", sha1(registryDir).slice(0, 20));
}

/** The entry file for one registry file (one per path: an edit replaces it, so the cache does not grow). */
function entryPath(folder: string, path: string): string {
  return join(folder, `${sha1(path).slice(0, 20)}${ENTRY}`);
}

/** The key an entry must carry to be used for these bytes. */
export function cacheKey(bytes: Uint8Array): string {
  return `${CACHE_FINGERPRINT}:${sha1(bytes)}`;
}

interface Header {
  key: string;
  path: string;
  sum: string;
}

/** Reads the entry for `path` if it matches `key`; any failure is a miss (`undefined`), never an error. */
export async function readCachedFile(folder: string, path: string, key: string): Promise<ParsedFile | undefined> {
  try {
    const text = await readFile(entryPath(folder, path), "utf8");
    const newline = text.indexOf("\n");
    if (newline < 0) return undefined;
    const header = JSON.parse(text.slice(0, newline)) as Header;
    if (header.key !== key || header.path !== path) return undefined;
    const body = text.slice(newline + 1);
    if (sha1(body) !== header.sum) return undefined;
    const file = JSON.parse(body) as ParsedFile;
    const wellFormed =
      file.path === path && Array.isArray(file.benchmarks) && Array.isArray(file.models) && Array.isArray(file.sources);
    return wellFormed ? file : undefined;
  } catch {
    return undefined;
  }
}

/** Writes the entry for a parsed file (temporary file, then rename); failures are ignored. */
export async function writeCachedFile(folder: string, file: ParsedFile, key: string): Promise<void> {
  if (hasNegativeZero(file)) return; // JSON would turn -0 into 0: such a file is simply not cached
  try {
    const body = JSON.stringify(file);
    const header: Header = { key, path: file.path, sum: sha1(body) };
    await mkdir(folder, { recursive: true });
    const target = entryPath(folder, file.path);
    const temp = `${target}.${randomUUID()}.tmp`;
    await writeFile(temp, `${JSON.stringify(header)}\n${body}`);
    await rename(temp, target).catch(async (error) => {
      await unlink(temp).catch(() => undefined);
      throw error;
    });
  } catch {
    // A cache that cannot be written (read-only, full disk) only costs speed.
  }
}

/** Removes entries of files no longer in the registry, and temporary files left by interrupted runs. */
export async function pruneCache(folder: string, livePaths: readonly string[]): Promise<void> {
  try {
    const live = new Set(livePaths.map((p) => entryPath(folder, p)));
    for (const name of await readdir(folder)) {
      const path = join(folder, name);
      if (name.endsWith(ENTRY) && !live.has(path)) await unlink(path).catch(() => undefined);
      else if (name.endsWith(".tmp")) {
        const info = await stat(path).catch(() => undefined);
        if (info && Date.now() - info.mtimeMs > STALE_TEMP_MS) await unlink(path).catch(() => undefined);
      }
    }
  } catch {
    // Nothing to prune, or no permission: both harmless.
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
