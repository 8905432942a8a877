import { readdirSync, statSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { UsageError } from "../errors.js";

const YAML_NAME = /\.ya?ml$/i;

/**
 * Lists every `.yaml`/`.yml` file under a registry directory, recursively, in a stable order. Hidden files and
 * directories (a name starting with `.`: editor locks, VCS data, half-written temporary output) are skipped;
 * a symbolic link is followed when it names a file. A missing or unreadable path is a UsageError.
 * The calls are synchronous: a CLI waits for the list anyway, and promise-based ones cost milliseconds.
 */
export async function discoverRegistryFiles(dir: string): Promise<string[]> {
  const info = tryFs(() => statSync(dir));
  if (info instanceof Error) {
    if (info.code === "ENOENT" || info.code === "ENOTDIR") throw new UsageError(`registry not found: ${dir}`);
    throw new UsageError(`cannot read registry ${dir}: ${info.code ?? info.message}`);
  }
  if (!info.isDirectory()) throw new UsageError(`registry must be a directory of YAML files: ${dir} is a file`);
  const entries = tryFs(() => readdirSync(dir, { recursive: true, withFileTypes: true }));
  if (entries instanceof Error) throw new UsageError(`cannot read registry ${dir}: ${entries.code ?? entries.message}`);
  const found: string[] = [];
  for (const entry of entries) {
    const path = join(entry.parentPath, entry.name);
    if (!YAML_NAME.test(entry.name) || isHidden(relative(dir, path))) continue;
    if (entry.isFile() || (entry.isSymbolicLink() && linksToFile(path))) found.push(path);
  }
  return found.sort();
}

function isHidden(relativePath: string): boolean {
  return relativePath.split(sep).some((part) => part.startsWith("."));
}

/** Whether a symbolic link resolves to a file; a dangling link is kept so that reading it reports the problem. */
function linksToFile(path: string): boolean {
  const target = tryFs(() => statSync(path));
  return target instanceof Error || target.isFile();
}

/** Runs a file-system call, returning its error instead of throwing it. */
function tryFs<T>(call: () => T): T | NodeJS.ErrnoException {
  try {
    return call();
  } catch (error) {
    return error as NodeJS.ErrnoException;
  }
}
