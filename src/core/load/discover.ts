import { readdir, stat } from "node:fs/promises";
import { join, relative, sep } from "node:path";
import { UsageError } from "../errors.js";

const YAML_NAME = /\.ya?ml$/i;

/**
 * Lists every `.yaml`/`.yml` file under a registry directory, recursively, in a stable order. Hidden files and
 * directories (a name starting with `.`: editor locks, VCS data, half-written temporary output) are skipped;
 * a symbolic link is followed when it names a file. A missing or unreadable path is a UsageError.
 */
export async function discoverRegistryFiles(dir: string): Promise<string[]> {
  const info = await stat(dir).catch((error: NodeJS.ErrnoException) => error);
  if (info instanceof Error) {
    if (info.code === "ENOENT" || info.code === "ENOTDIR") throw new UsageError(`registry not found: ${dir}`);
    throw new UsageError(`cannot read registry ${dir}: ${info.code ?? info.message}`);
  }
  if (!info.isDirectory()) throw new UsageError(`registry must be a directory of YAML files: ${dir} is a file`);
  const entries = await readdir(dir, { recursive: true, withFileTypes: true }).catch((error: NodeJS.ErrnoException) => {
    throw new UsageError(`cannot read registry ${dir}: ${error.code ?? error.message}`);
  });
  const found: string[] = [];
  for (const entry of entries) {
    const path = join(entry.parentPath, entry.name);
    if (!YAML_NAME.test(entry.name) || isHidden(relative(dir, path))) continue;
    if (entry.isFile() || (entry.isSymbolicLink() && (await linksToFile(path)))) found.push(path);
  }
  return found.sort();
}

function isHidden(relativePath: string): boolean {
  return relativePath.split(sep).some((part) => part.startsWith("."));
}

/** Whether a symbolic link resolves to a file; a dangling link is kept so that reading it reports the problem. */
async function linksToFile(path: string): Promise<boolean> {
  const target = await stat(path).catch(() => undefined);
  return target === undefined || target.isFile();
}
