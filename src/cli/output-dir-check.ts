import { lstat, readdir } from "node:fs/promises";
import { join } from "node:path";
import { UsageError } from "../core/errors.js";
import { fsReason } from "../core/fs-reason.js";
import { loadRegistryFile } from "../core/load/load-registry.js";

/** The marker file muse writes into every registry directory it creates, so that `--force` knows it may replace it. */
export const REGISTRY_MARKER = ".muse-registry";

/** The marker's text. */
export const REGISTRY_MARKER_TEXT =
  "This directory was written by `muse import`. `muse import --force` may replace it as a whole.\n";

/** Names muse itself leaves in a registry directory: the markers, the lock, temporary files of its writes. */
const OWN_NAME = /^(\.muse-registry|\.muse-layer|\.muse-lock(\..*\.muse-tmp)?|\..+\.[0-9a-f]{12}\.muse-tmp)$/;

/**
 * Checks that a directory may be written by an import: it must not exist or be empty, or (with `force`) be
 * recognisably a muse registry: holding only registry YAML, and either carrying the marker muse writes or with
 * every file loading as a registry file. Anything else (Kubernetes manifests, a home directory, /usr) is refused
 * with a message before anything is read beyond what decides it.
 */
export async function checkOutputDir(target: string, force: boolean): Promise<void> {
  const info = await lstat(target).catch((error: NodeJS.ErrnoException) => {
    if (error.code === "ENOENT") return undefined;
    throw new UsageError(`cannot use --out ${target}: ${fsReason(error)}`);
  });
  if (info === undefined) return;
  if (info.isSymbolicLink()) throw new UsageError(`--out ${target} is a symbolic link; name the directory itself`);
  if (!info.isDirectory()) throw new UsageError(`--out ${target} exists and is not a directory`);
  const top = (await listDir(target)).filter((e) => !OWN_NAME.test(e.name));
  if (top.length === 0) return;
  if (!force) throw new UsageError(`--out ${target} is not empty; pass --force to replace it`);
  const yamlFiles: string[] = [];
  const foreign = await findForeign(target, yamlFiles);
  if (foreign !== undefined) {
    throw new UsageError(`refusing to replace ${target}: it is not a muse registry (${foreign}); nothing was changed`);
  }
  if ((await listDir(target)).some((e) => e.name === REGISTRY_MARKER && e.isFile())) return;
  for (const file of yamlFiles) {
    const result = await loadRegistryFile(file);
    if (result.problems.length > 0) {
      const first = result.problems[0];
      throw new UsageError(
        `refusing to replace ${target}: ${file} is not a muse registry file (${first?.line}:${first?.col}: ${first?.message}); nothing was changed`,
      );
    }
  }
}

/** The first thing under `dir` that is not registry YAML or a directory, described; collects the YAML files met. */
async function findForeign(dir: string, yamlFiles: string[]): Promise<string | undefined> {
  for (const entry of await listDir(dir)) {
    const path = join(dir, entry.name);
    if (OWN_NAME.test(entry.name)) continue;
    if (entry.isDirectory()) {
      const inner = await findForeign(path, yamlFiles);
      if (inner !== undefined) return inner;
    } else if (entry.isFile() && /\.ya?ml$/i.test(entry.name)) yamlFiles.push(path);
    else return `${path} is ${entry.isSymbolicLink() ? "a symbolic link" : "not registry YAML"}`;
  }
  return undefined;
}

async function listDir(dir: string) {
  return readdir(dir, { withFileTypes: true }).catch((error: unknown) => {
    throw new UsageError(`cannot use --out: cannot read ${dir}: ${fsReason(error)}`);
  });
}
