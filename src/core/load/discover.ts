import { type Dirent, existsSync, readdirSync, type Stats, statSync } from "node:fs";
import { join } from "node:path";
import { UsageError } from "../errors.js";
import { fsReason } from "../fs-reason.js";

const YAML_NAME = /\.ya?ml$/i;

/** The file that marks a subdirectory as a registry layer of its own (e.g. `data/epoch/`): never read as part of its parent. */
export const LAYER_MARKER = ".muse-layer";

/**
 * Lists every `.yaml`/`.yml` file under a registry directory, recursively, in a stable order. Hidden files and
 * directories (a name starting with `.`: editor locks, VCS data, half-written temporary output) are skipped.
 * Symbolic links are followed, to files and to directories; a directory reached twice (a link back up the tree,
 * or two links to one place) is read once, so a cycle ends. A subdirectory holding a `.muse-layer` file is a
 * layer of its own (the bundled `data/epoch/`) and is left out. A missing or unreadable path is a UsageError.
 * The calls are synchronous: a CLI waits for the list anyway, and promise-based ones cost milliseconds.
 */
export async function discoverRegistryFiles(dir: string): Promise<string[]> {
  const info = tryFs(() => statSync(dir));
  if (info instanceof Error) {
    if (info.code === "ENOENT") throw new UsageError(`registry not found: ${dir}`);
    if (info.code === "ENOTDIR") throw new UsageError(`registry not found: ${dir} (${fsReason(info)})`);
    throw new UsageError(`cannot read registry ${dir}: ${fsReason(info)}`);
  }
  if (!info.isDirectory()) throw new UsageError(`registry must be a directory of YAML files: ${dir} is a file`);
  const found: string[] = [];
  walk(dir, new Set([identity(info)]), found);
  return found.sort();
}

/** Adds the YAML files under `dir` to `found`; `seen` holds the directories already read (device and inode). */
function walk(dir: string, seen: Set<string>, found: string[]): void {
  const entries = tryFs(() => readdirSync(dir, { withFileTypes: true }));
  if (entries instanceof Error) throw new UsageError(`cannot read registry ${dir}: ${fsReason(entries)}`);
  for (const entry of entries) {
    if (entry.name.startsWith(".")) continue;
    const path = join(dir, entry.name);
    const kind = kindOf(entry, path);
    if (kind === "file" && YAML_NAME.test(entry.name)) found.push(path);
    else if (kind instanceof Object) {
      const key = identity(kind);
      if (seen.has(key)) continue; // already read under another path: its files are listed once
      seen.add(key);
      if (existsSync(join(path, LAYER_MARKER))) continue; // a layer of its own, read only when named
      walk(path, seen, found);
    }
  }
}

/**
 * What an entry is, a symbolic link followed: "file", a directory's stats, or "other". A link that leads nowhere
 * counts as a file, so that a dangling `x.yaml` is listed and reading it reports the problem.
 */
function kindOf(entry: Dirent, path: string): "file" | "other" | Stats {
  if (entry.isFile()) return "file";
  if (!entry.isDirectory() && !entry.isSymbolicLink()) return "other";
  const info = tryFs(() => statSync(path));
  if (info instanceof Error) {
    if (entry.isSymbolicLink()) return "file";
    throw new UsageError(`cannot read registry ${path}: ${fsReason(info)}`);
  }
  if (info.isDirectory()) return info;
  return info.isFile() ? "file" : "other";
}

function identity(info: Stats): string {
  return `${info.dev}:${info.ino}`;
}

/** Runs a file-system call, returning its error instead of throwing it. */
function tryFs<T>(call: () => T): T | NodeJS.ErrnoException {
  try {
    return call();
  } catch (error) {
    return error as NodeJS.ErrnoException;
  }
}
