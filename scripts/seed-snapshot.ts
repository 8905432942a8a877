// Run by scripts/build.mjs, bundled into dist/ with the build's fingerprint (so that it finds the bundled registry
// exactly as muse does): writes the linked snapshot of the default layers (the launch articles, then the bundled
// Epoch data) into the seed cache, made by a fresh load. See src/core/cache/linked-snapshot.ts.
import { mkdirSync, writeFileSync } from "node:fs";
import { parseCacheSeedDir, registryDirs } from "../src/cli/registry-paths.js";
import { linkedSnapshotFile, linkedSnapshotKey, linkedSnapshotText } from "../src/core/cache/linked-snapshot.js";
import { loadRegistry, readLayerBytes } from "../src/core/load/load-registry.js";

/** Writes the snapshot; a registry JSON cannot hold exactly (a -0) gets none. */
async function writeSnapshot(): Promise<void> {
  // No environment: the default layers are the bundled ones (nothing fetched), as on a fresh install.
  const dirs = registryDirs(["default"], {}, process.cwd());
  const layers = await readLayerBytes(dirs);
  if (layers === undefined) throw new Error(`cannot read the bundled registry: ${dirs.join(", ")}`);
  const text = linkedSnapshotText(linkedSnapshotKey(layers), await loadRegistry(dirs));
  if (text === undefined) return;
  mkdirSync(parseCacheSeedDir(), { recursive: true });
  writeFileSync(linkedSnapshotFile(parseCacheSeedDir(), dirs), text);
}

writeSnapshot().catch((error: unknown) => {
  process.stderr.write(`${String(error)}\n`);
  process.exitCode = 1;
});
