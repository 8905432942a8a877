import { existsSync } from "node:fs";
import { evictStaleRegistryCaches } from "../cache/evict.js";
import { layerStampFile, stampedKey, writeLayerStamp } from "../cache/layer-stamp.js";
import {
  type LayerBytes,
  linkedSnapshotFile,
  linkedSnapshotKey,
  readLinkedSnapshot,
} from "../cache/linked-snapshot.js";
import {
  cachedFile,
  cacheKey,
  openRegistryCache,
  type RegistryCache,
  rememberFile,
  saveRegistryCache,
} from "../cache/parse-cache.js";
import { type Problem, RegistryError } from "../errors.js";
import { discoverRegistryFiles } from "./discover.js";
import { type LinkedRegistry, linkLayers } from "./link.js";
import type { ParsedFile } from "./parse-file.js";
import { type ReadBytes, readRegistryBytes, readRegistryFileSync } from "./read-file.js";

/** How a load may use the parse cache; without `cacheDir` nothing is cached. */
export interface LoadOptions {
  /** The parse cache's directory, checked by the CLI to be writable by this user only (src/cli/cache-dir.ts). */
  cacheDir?: string;
  /** The user id cache files must belong to (`undefined`: not checked, where there are no user ids). */
  cacheOwner?: number;
  /**
   * A read-only cache the build made for the bundled registry (dist/seed-cache), read where the user's has nothing;
   * with a cache, its linked snapshot of the same directories answers when every file is the one the build read.
   */
  seedDir?: string;
}

/** One file's outcome: its records, or every problem found in it. */
export type FileResult = { file?: ParsedFile; problems: Problem[] };

// The parsers pull in yaml and zod: loaded only when some file is not in the cache.
let parsers: Promise<[typeof import("./parse-file.js"), typeof import("./fast-parse.js")]> | undefined;
const loadParsers = () => {
  parsers ??= Promise.all([import("./parse-file.js"), import("./fast-parse.js")]);
  return parsers;
};

/**
 * Reads and validates one file from disk; with a cache, an unchanged valid file comes from it, and a parsed
 * one is remembered in it. A file is read by the fast subset reader when it can be, else by the full YAML
 * parser (the same records, or every problem at file:line:col).
 */
export async function loadRegistryFile(path: string, cache?: RegistryCache): Promise<FileResult> {
  const bytes = await readRegistryBytes(path);
  if (!(bytes instanceof Uint8Array)) return { problems: [bytes] };
  const key = cache === undefined ? undefined : cacheKey(bytes);
  const cached = cache === undefined || key === undefined ? undefined : cachedFile(cache, path, key);
  if (cached !== undefined) return { file: cached, problems: [] };
  const result = await parseRegistryBytes(path, bytes);
  if (result.file !== undefined && cache !== undefined && key !== undefined) rememberFile(cache, result.file, key);
  return result;
}

/**
 * Reads and validates one file's bytes as `loadRegistryFile` does once it has them (no cache): by the fast subset
 * reader when it can, else by the full YAML parser; problems are placed at `path`:line:col.
 */
export async function parseRegistryBytes(path: string, bytes: Uint8Array): Promise<FileResult> {
  const [{ decodeRegistryBytes, parseRegistryText }, { fastParseRegistryText }] = await loadParsers();
  const text = decodeRegistryBytes(path, bytes);
  if (typeof text !== "string") return { problems: [text] };
  const fast = fastParseRegistryText(path, text);
  const outcome = fast !== undefined ? { ok: true as const, file: fast } : parseRegistryText(path, text);
  if (!outcome.ok) return { problems: outcome.problems };
  return { file: outcome.file, problems: [] };
}

/**
 * Loads every registry file of `dir` in discovery order, one layer of outcomes for `linkFileResults`: an unchanged
 * file from the parse cache when `options` give one (read only: nothing is written back).
 */
export async function loadLayerResults(dir: string, options: LoadOptions = {}): Promise<FileResult[]> {
  const paths = await discoverRegistryFiles(dir);
  const { cacheDir, cacheOwner, seedDir } = options;
  const cache = cacheDir === undefined ? undefined : openRegistryCache(cacheDir, dir, cacheOwner, seedDir);
  return Promise.all(paths.map((path) => loadRegistryFile(path, cache)));
}

/** Loads registry directories (later ones layer over earlier); throws RegistryError with every problem. */
export async function loadRegistry(dirs: readonly string[], options: LoadOptions = {}): Promise<LinkedRegistry> {
  const { cacheDir, cacheOwner, seedDir } = options;
  const snapshot =
    cacheDir === undefined || seedDir === undefined
      ? undefined
      : await linkedSnapshot(dirs, seedDir, cacheDir, options.cacheOwner);
  if (snapshot !== undefined) return snapshot;
  const layers: FileResult[][] = [];
  let written = false;
  for (const dir of dirs) {
    const paths = await discoverRegistryFiles(dir);
    const cache = cacheDir === undefined ? undefined : openRegistryCache(cacheDir, dir, cacheOwner, options.seedDir);
    layers.push(await Promise.all(paths.map((path) => loadRegistryFile(path, cache))));
    if (cache !== undefined) written = saveRegistryCache(cache, paths) || written;
  }
  // Only a run that wrote the cache looks for stale files: a warm run reads nothing more.
  if (written && cacheDir !== undefined) evictStaleRegistryCaches(cacheDir, cacheOwner);
  return linkFileResults(layers);
}

/**
 * The linked registry the build snapshotted for exactly these directories (src/core/cache/linked-snapshot.ts), when
 * there is one and every file it was made from is there with the same bytes and no other; else `undefined` (and
 * the load goes on as usual, which reports any problem). With a cache, the key the files hashed to last time is
 * taken from the stamp noted there while every file keeps its stats (src/core/cache/layer-stamp.ts).
 */
async function linkedSnapshot(dirs: readonly string[], seedDir: string, cacheDir: string, owner: number | undefined) {
  const file = linkedSnapshotFile(seedDir, dirs);
  if (!existsSync(file)) return undefined;
  const listed = await listLayers(dirs);
  if (listed === undefined) return undefined;
  const stamp = layerStampFile(cacheDir, file);
  const noted = stampedKey(
    stamp,
    owner,
    listed.flatMap((layer) => layer.paths),
  );
  const fromNote = noted === undefined ? undefined : readLinkedSnapshot(file, noted);
  if (fromNote !== undefined) return fromNote;
  const readAtMs = Date.now();
  const layers = readLayers(listed);
  if (layers === undefined) return undefined;
  const key = linkedSnapshotKey(layers);
  const registry = readLinkedSnapshot(file, key);
  if (registry !== undefined) {
    const read = layers.flatMap((layer) => layer.files.map(({ path, stats }) => ({ path, stats, readAtMs })));
    writeLayerStamp(stamp, key, read);
  }
  return registry;
}

/** Every registry file of each directory with its bytes, in load order; `undefined` when any cannot be listed or read. */
export async function readLayerBytes(dirs: readonly string[]): Promise<LayerBytes[] | undefined> {
  const listed = await listLayers(dirs);
  return listed === undefined ? undefined : readLayers(listed);
}

/** Each directory's registry files, in load order; `undefined` when one cannot be listed. */
async function listLayers(dirs: readonly string[]): Promise<{ dir: string; paths: string[] }[] | undefined> {
  try {
    const layers: { dir: string; paths: string[] }[] = [];
    for (const dir of dirs) layers.push({ dir, paths: await discoverRegistryFiles(dir) });
    return layers;
  } catch {
    return undefined;
  }
}

/** One directory's files with their bytes and the stats they were read with. */
type ReadLayer = { dir: string; files: ({ path: string } & ReadBytes)[] };

/** The bytes and stats of every listed file; `undefined` when one cannot be read. */
function readLayers(listed: readonly { dir: string; paths: readonly string[] }[]): ReadLayer[] | undefined {
  const layers: ReadLayer[] = [];
  for (const { dir, paths } of listed) {
    const files: ReadLayer["files"] = [];
    for (const path of paths) {
      const read = readRegistryFileSync(path);
      if (!("bytes" in read)) return undefined;
      files.push({ path, ...read });
    }
    layers.push({ dir, files });
  }
  return layers;
}

/** Links layers of per-file outcomes (earliest layer first) into one registry; throws RegistryError with every problem. */
export function linkFileResults(layers: readonly (readonly FileResult[])[]): LinkedRegistry {
  const problems: Problem[] = [];
  const files = layers.map((results) => {
    const parsed: ParsedFile[] = [];
    for (const r of results) {
      problems.push(...r.problems);
      if (r.file) parsed.push(r.file);
    }
    return parsed;
  });
  // A file that failed to parse would make every reference into it look unknown: skip those checks then.
  const linked = linkLayers(files, problems.length === 0);
  problems.push(...linked.problems);
  if (problems.length > 0) throw new RegistryError(sortProblems(problems));
  return linked.registry;
}

/** Orders problems by file, then line, then column. */
export function sortProblems(problems: readonly Problem[]): Problem[] {
  return [...problems].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line || a.col - b.col));
}
