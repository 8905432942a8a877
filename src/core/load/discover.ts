import { readdir, stat } from "node:fs/promises";
import { join } from "node:path";
import { UsageError } from "../errors.js";

/** Lists every `.yaml`/`.yml` file under a registry directory, recursively, in a stable order. */
export async function discoverRegistryFiles(dir: string): Promise<string[]> {
  const info = await stat(dir).catch(() => undefined);
  if (info === undefined) throw new UsageError(`registry not found: ${dir}`);
  if (!info.isDirectory()) throw new UsageError(`registry must be a directory of YAML files: ${dir} is a file`);
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile() && /\.ya?ml$/i.test(e.name))
    .map((e) => join(e.parentPath, e.name))
    .sort();
}
