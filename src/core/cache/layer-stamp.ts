// A note, in the user's private parse cache, of the snapshot key the bundled layers' files hashed to, and of each
// file's stats when it was read (device, inode, size, modification and change times, to the nanosecond). While
// every file is still there with the same stats and no other file has joined, a run takes that key without reading
// and hashing the 58 files again (3-4 ms of a ~35 ms warm compare). It is git's rule for its index: a write to a
// file changes its change time, which no user can set back; and, as git does for "racily clean" files, a file
// changed less than RACY_MS before it was read is not noted, since a second write within the same clock tick
// would leave its change time as it was. Anything doubtful (no note, another format, a stat that differs, an
// unreadable file) is a miss: the files are read and hashed as before, and the note written anew.
import { type BigIntStats, statSync } from "node:fs";
import { basename, join } from "node:path";
import { lazyCrypto } from "./checksum.js";
import { readOwnCacheFile } from "./own-file.js";
import { writePrivateFile } from "./private-write.js";

/** A note's first line starts with this, then the time it was written (ms) and the key. */
const STAMP_FORMAT = "muse layer stamp 1";

/** A file is noted only when its last change is at least this much older than the moment it was read. */
export const RACY_MS = 2000;

/** The stats that must not change: any write to the file, or its replacement, changes at least one. */
const statLine = (path: string, s: BigIntStats): string =>
  `${JSON.stringify(path)}\t${s.dev}\t${s.ino}\t${s.size}\t${s.mtimeNs}\t${s.ctimeNs}`;

/** The note's file in the parse cache directory, named after the snapshot file it vouches for. */
export function layerStampFile(cacheDir: string, snapshotFile: string): string {
  return join(cacheDir, `${basename(snapshotFile, ".linked.json")}.stamp`);
}

/**
 * The key noted for exactly these files (in this order) when each still has the stats it had when read and hashed;
 * `undefined` otherwise. The note must be a regular file of user `owner`, read without following a link.
 */
export function stampedKey(stampFile: string, owner: number | undefined, paths: readonly string[]): string | undefined {
  const text = readOwnCacheFile(stampFile, owner, { maxBytes: 1 << 20 })?.toString("utf8");
  if (text === undefined) return undefined;
  const lines = text.split("\n");
  const [format, , key] = (lines[0] ?? "").split("\t");
  if (format !== STAMP_FORMAT || key === undefined || lines.length !== paths.length + 2 || lines.at(-1) !== "") {
    return undefined;
  }
  try {
    const same = paths.every((path, i) => lines[i + 1] === statLine(path, statSync(path, { bigint: true })));
    return same ? key : undefined;
  } catch {
    return undefined;
  }
}

/** A file's stats as taken just before its bytes were read (from the open descriptor), and when that was. */
export interface ReadStats {
  path: string;
  stats: BigIntStats;
  readAtMs: number;
}

/**
 * Notes `key` for files read with these stats, atomically (a new private temporary file, then rename), unless a
 * file had changed less than RACY_MS before it was read. Failures are ignored: a note only saves time.
 */
export function writeLayerStamp(stampFile: string, key: string, files: readonly ReadStats[], now = Date.now()): void {
  // Both times: a filesystem without a true change time (FAT keeps the creation time there) still moves mtime.
  const lastChangeMs = (s: BigIntStats) => Math.max(Number(s.ctimeNs / 1_000_000n), Number(s.mtimeNs / 1_000_000n));
  if (files.some((f) => lastChangeMs(f.stats) > f.readAtMs - RACY_MS)) return;
  const lines = [`${STAMP_FORMAT}\t${now}\t${key}`, ...files.map((f) => statLine(f.path, f.stats)), ""];
  writePrivateFile(`${stampFile}.${lazyCrypto().randomUUID()}.tmp`, stampFile, lines.join("\n"));
}
