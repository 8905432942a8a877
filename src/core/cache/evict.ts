// Keeps the parse cache from growing without end: a registry directory that is gone takes its cache file with it.
import { lstatSync, readdirSync, statSync, unlinkSync } from "node:fs";
import { join } from "node:path";
import { readOwnCacheFile } from "./own-file.js";
import { PARSE_CACHE_FORMAT } from "./parse-cache.js";

/** The names registryCacheFile and layerStampFile give, and those of their temporary files: the only files ever removed. */
const OWN_NAME = /^(?:[0-9a-f]{24}\.jsonl|(?:crc32|sha1)-[0-9a-f]{1,40}\.stamp)(\.[0-9a-f-]{36}\.tmp)?$/;
const DAY_MS = 24 * 60 * 60 * 1000;
const HEADER_BYTES = 8192;

/**
 * Removes from the parse cache directory the files of registry directories that no longer exist, files of another
 * format not written for two weeks (another muse version's; a layer stamp unchanged that long is made again on the
 * next run), and temporary files a killed run left a day ago.
 * Only regular files of muse's naming owned by `owner` are removed, never through a link. Returns how many.
 */
export function evictStaleRegistryCaches(cacheDir: string, owner: number | undefined, now = Date.now()): number {
  let names: string[];
  try {
    names = readdirSync(cacheDir);
  } catch {
    return 0;
  }
  let removed = 0;
  for (const name of names) {
    const match = OWN_NAME.exec(name);
    if (match === null) continue;
    const path = join(cacheDir, name);
    try {
      const info = lstatSync(path);
      if (!info.isFile() || (owner !== undefined && info.uid !== owner)) continue;
      const age = now - info.mtimeMs;
      const stale = match[1] !== undefined ? age > DAY_MS : isStale(path, owner, age);
      if (stale) {
        unlinkSync(path);
        removed++;
      }
    } catch {
      // Gone already, or not ours to remove.
    }
  }
  return removed;
}

/** Whether a cache file is for a registry directory that is gone, or of another format and two weeks old. */
function isStale(path: string, owner: number | undefined, age: number): boolean {
  const head = readOwnCacheFile(path, owner, { firstBytes: HEADER_BYTES })?.toString("utf8");
  if (head === undefined) return false;
  const line = head.slice(0, head.indexOf("\n") >>> 0);
  const prefix = `${PARSE_CACHE_FORMAT}\t`;
  let registryDir: unknown;
  try {
    registryDir = line.startsWith(prefix) ? JSON.parse(line.slice(prefix.length)) : undefined;
  } catch {
    registryDir = undefined;
  }
  if (typeof registryDir !== "string") return age > 14 * DAY_MS;
  try {
    return !statSync(registryDir).isDirectory();
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return code === "ENOENT" || code === "ENOTDIR";
  }
}
