// The linked registry of the bundled layers, as the build made it (scripts/build.mjs writes it beside the seed
// parse cache): a run reading exactly those directories, whose files hold exactly the bytes the build read, takes
// the records from it instead of reading each file's cache entry and linking them again (two thirds of a warm
// `muse compare` with Epoch's data). It is keyed by the build's fingerprint and the path and SHA-1 of every file of
// every layer, in order: any other registry, an added, removed or edited file, or another build, misses it, and
// the run loads as it always does. Like the seed parse cache, it sits inside the installed package (as trusted as
// the code) and carries a checksum of its body; anything doubtful is a miss, never an error.
import { createHash } from "node:crypto";
import { join } from "node:path";
import type { LinkedRegistry } from "../load/link.js";
import { readOwnCacheFile } from "./own-file.js";
import { cacheKey } from "./parse-cache.js";

const sha1 = (data: string | Uint8Array): string => createHash("sha1").update(data).digest("hex");

/** A snapshot file's first line starts with this, then its key and the SHA-1 of the rest. */
export const LINKED_SNAPSHOT_FORMAT = "muse linked snapshot 1";

/** One registry directory's files as read: each path with its bytes, in load order. */
export interface LayerBytes {
  dir: string;
  files: readonly { path: string; bytes: Uint8Array }[];
}

/** The snapshot file in a seed directory for these registry directories (named by a hash of the list). */
export function linkedSnapshotFile(seedDir: string, dirs: readonly string[]): string {
  return join(seedDir, `${sha1(JSON.stringify(dirs)).slice(0, 24)}.linked.json`);
}

/** The key a snapshot must carry to stand for these layers: the build, and every directory, path and file's bytes. */
export function linkedSnapshotKey(layers: readonly LayerBytes[]): string {
  const hash = createHash("sha1");
  for (const { dir, files } of layers) {
    hash.update(`${JSON.stringify(dir)}\n`);
    for (const { path, bytes } of files) hash.update(`${JSON.stringify(path)}\t${cacheKey(bytes)}\n`);
  }
  return hash.digest("hex");
}

/** The body of a snapshot: the records of each map in its order, and the scores. */
interface SnapshotBody {
  benchmarks: LinkedRegistry["benchmarks"] extends Map<string, infer T> ? T[] : never;
  models: LinkedRegistry["models"] extends Map<string, infer T> ? T[] : never;
  sources: LinkedRegistry["sources"] extends Map<string, infer T> ? T[] : never;
  scores: LinkedRegistry["scores"];
}

/**
 * A snapshot file's text for a linked registry, or `undefined` when JSON would not give the same records back
 * (a -0, which JSON writes as 0): such a registry simply gets no snapshot.
 */
export function linkedSnapshotText(key: string, registry: LinkedRegistry): string | undefined {
  const body: SnapshotBody = {
    benchmarks: [...registry.benchmarks.values()],
    models: [...registry.models.values()],
    sources: [...registry.sources.values()],
    scores: registry.scores,
  };
  let negativeZero = false;
  const text = JSON.stringify(body, (_, value) => {
    if (Object.is(value, -0)) negativeZero = true;
    return value;
  });
  if (negativeZero) return undefined;
  // Plain ASCII (other characters as \u escapes, which JSON reads back the same): decoded without UTF-8's work.
  const ascii = text.replace(/[\u0080-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
  return `${LINKED_SNAPSHOT_FORMAT}\t${key}\t${sha1(ascii)}\n${ascii}`;
}

/** The linked registry a snapshot file holds when its key is `key` and its checksum holds; `undefined` otherwise. */
export function readLinkedSnapshot(file: string, key: string): LinkedRegistry | undefined {
  const bytes = readOwnCacheFile(file, undefined);
  if (bytes === undefined) return undefined;
  const newline = bytes.indexOf(10);
  if (newline < 0) return undefined;
  const [format, fileKey, sum] = bytes.toString("latin1", 0, newline).split("\t");
  if (format !== LINKED_SNAPSHOT_FORMAT || fileKey !== key) return undefined;
  if (sha1(bytes.subarray(newline + 1)) !== sum) return undefined;
  try {
    // The body is ASCII (linkedSnapshotText): latin1 reads it as it is, without UTF-8 decoding.
    const body = JSON.parse(bytes.toString("latin1", newline + 1)) as SnapshotBody;
    const lists = [body.benchmarks, body.models, body.sources, body.scores];
    if (!lists.every(Array.isArray)) return undefined;
    return {
      benchmarks: new Map(body.benchmarks.map((r) => [r.id, r])),
      models: new Map(body.models.map((r) => [r.id, r])),
      sources: new Map(body.sources.map((r) => [r.id, r])),
      scores: body.scores,
    };
  } catch {
    return undefined;
  }
}
