// The linked registry of the bundled layers, as the build made it (scripts/build.mjs writes it beside the seed
// parse cache): a run reading exactly those directories, whose files hold exactly the bytes the build read, takes
// the records from it instead of reading each file's cache entry and linking them again (two thirds of a warm
// `muse compare` with Epoch's data). It is keyed by the build's fingerprint and the path and SHA-1 of every file of
// every layer, in order: any other registry, an added, removed or edited file, or another build, misses it, and
// the run loads as it always does. Like the seed parse cache, it sits inside the installed package (as trusted as
// the code) and carries a checksum of its body; anything doubtful is a miss, never an error.
// The scores are kept one benchmark to a line and parsed when first asked for: a ranking of one benchmark reads
// that benchmark's line, not the 4,000 scores of every other (JSON.parse of the whole body was 7 ms of ~60).
import { join } from "node:path";
import type { LinkedRegistry, ScoreRecord } from "../load/link.js";
import { damageSum, lazyCrypto } from "./checksum.js";
import { readOwnCacheFile } from "./own-file.js";
import { cacheKey } from "./parse-cache.js";

/** A snapshot file's first line starts with this, then its key and the damage sum of the rest (checksum.ts). */
export const LINKED_SNAPSHOT_FORMAT = "muse linked snapshot 3";

/** One registry directory's files as read: each path with its bytes, in load order. */
export interface LayerBytes {
  dir: string;
  files: readonly { path: string; bytes: Uint8Array }[];
}

/** The snapshot file in a seed directory for these registry directories (named by a sum of the list). */
export function linkedSnapshotFile(seedDir: string, dirs: readonly string[]): string {
  return join(seedDir, `${damageSum(JSON.stringify(dirs))}.linked.json`);
}

/** The key a snapshot must carry to stand for these layers: the build, and every directory, path and file's bytes. */
export function linkedSnapshotKey(layers: readonly LayerBytes[]): string {
  const hash = lazyCrypto().createHash("sha1");
  for (const { dir, files } of layers) {
    hash.update(`${JSON.stringify(dir)}\n`);
    for (const { path, bytes } of files) hash.update(`${JSON.stringify(path)}\t${cacheKey(bytes)}\n`);
  }
  return hash.digest("hex");
}

/** The snapshot's index line: the records of each map in its order, and where each benchmark's scores are. */
interface SnapshotIndex {
  benchmarks: LinkedRegistry["benchmarks"] extends Map<string, infer T> ? T[] : never;
  models: LinkedRegistry["models"] extends Map<string, infer T> ? T[] : never;
  sources: LinkedRegistry["sources"] extends Map<string, infer T> ? T[] : never;
  /** How many scores there are in all. */
  count: number;
  /** Per benchmark with scores: its id, and the start and end of its line, counted from the end of the index line. */
  groups: [string, number, number][];
}

/** A benchmark's line: each score's place in the load order, and the scores, in that order. */
type GroupLine = [number[], ScoreRecord[]];

/**
 * A snapshot file's text for a linked registry, or `undefined` when JSON would not give the same records back
 * (a -0, which JSON writes as 0): such a registry simply gets no snapshot.
 */
export function linkedSnapshotText(key: string, registry: LinkedRegistry): string | undefined {
  const byBenchmark = new Map<string, GroupLine>();
  registry.scores.forEach((score, place) => {
    const group = byBenchmark.get(score.benchmark) ?? [[], []];
    group[0].push(place);
    group[1].push(score);
    byBenchmark.set(score.benchmark, group);
  });
  let negativeZero = false;
  const json = (value: unknown) =>
    ascii(
      JSON.stringify(value, (_, v) => {
        if (Object.is(v, -0)) negativeZero = true;
        return v;
      }),
    );
  const lines: string[] = [];
  const groups: SnapshotIndex["groups"] = [];
  let offset = 0;
  for (const [benchmark, group] of byBenchmark) {
    const line = json(group);
    groups.push([benchmark, offset, offset + line.length]);
    lines.push(line);
    offset += line.length + 1;
  }
  const index: SnapshotIndex = {
    benchmarks: [...registry.benchmarks.values()],
    models: [...registry.models.values()],
    sources: [...registry.sources.values()],
    count: registry.scores.length,
    groups,
  };
  const body = [json(index), ...lines].join("\n");
  return negativeZero ? undefined : `${LINKED_SNAPSHOT_FORMAT}\t${key}\t${damageSum(body)}\n${body}`;
}

/** JSON text as plain ASCII (other characters as \u escapes, which JSON reads back the same): read without UTF-8's work. */
const ascii = (text: string): string =>
  text.replace(/[\u0080-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);

/**
 * The linked registry a snapshot file holds when its key is `key` and its checksum holds; `undefined` otherwise.
 * Its scores are read one benchmark at a time, when first asked for (`scoresOfBenchmark`, or all of `scores`).
 */
export function readLinkedSnapshot(file: string, key: string): LinkedRegistry | undefined {
  const bytes = readOwnCacheFile(file, undefined);
  if (bytes === undefined) return undefined;
  const newline = bytes.indexOf(10);
  if (newline < 0) return undefined;
  const [format, fileKey, sum] = bytes.toString("latin1", 0, newline).split("\t");
  if (format !== LINKED_SNAPSHOT_FORMAT || fileKey !== key) return undefined;
  if (damageSum(bytes.subarray(newline + 1)) !== sum) return undefined;
  let indexEnd = bytes.indexOf(10, newline + 1);
  if (indexEnd < 0) indexEnd = bytes.length;
  try {
    // The body is ASCII (linkedSnapshotText): latin1 reads it as it is, without UTF-8 decoding.
    const index = JSON.parse(bytes.toString("latin1", newline + 1, indexEnd)) as SnapshotIndex;
    if (![index.benchmarks, index.models, index.sources, index.groups].every(Array.isArray)) return undefined;
    const lines = bytes.subarray(indexEnd + 1);
    const inBounds = ([, start, end]: [string, number, number]) => start >= 0 && start <= end && end <= lines.length;
    if (!Number.isSafeInteger(index.count) || !index.groups.every(inBounds)) return undefined;
    return lazyRegistry(index, (start, end) => JSON.parse(lines.toString("latin1", start, end)) as GroupLine);
  } catch {
    return undefined;
  }
}

/** The registry of a snapshot's index, reading each benchmark's line (via `readLine`) once, when first needed. */
function lazyRegistry(index: SnapshotIndex, readLine: (start: number, end: number) => GroupLine): LinkedRegistry {
  const where = new Map(index.groups.map(([benchmark, start, end]) => [benchmark, [start, end] as const]));
  const read = new Map<string, GroupLine>();
  const groupOf = (benchmark: string): GroupLine | undefined => {
    let group = read.get(benchmark);
    const at = where.get(benchmark);
    if (group === undefined && at !== undefined) {
      group = readLine(at[0], at[1]);
      read.set(benchmark, group);
    }
    return group;
  };
  let all: ScoreRecord[] | undefined;
  return {
    benchmarks: new Map(index.benchmarks.map((r) => [r.id, r])),
    models: new Map(index.models.map((r) => [r.id, r])),
    sources: new Map(index.sources.map((r) => [r.id, r])),
    get scores(): ScoreRecord[] {
      if (all === undefined) {
        all = new Array<ScoreRecord>(index.count);
        for (const benchmark of where.keys()) {
          const [places, scores] = groupOf(benchmark) as GroupLine;
          places.forEach((place, i) => {
            (all as ScoreRecord[])[place] = scores[i] as ScoreRecord;
          });
        }
      }
      return all;
    },
    scoresOfBenchmark: (benchmark) => groupOf(benchmark)?.[1] ?? [],
  };
}
