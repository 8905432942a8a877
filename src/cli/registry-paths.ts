import { existsSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

/** The bundled registry (`data/` beside package.json), found from wherever this code runs. */
export function bundledRegistryDir(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 5; i++) {
    if (existsSync(join(dir, "package.json")) && existsSync(join(dir, "data"))) return join(dir, "data");
    dir = dirname(dir);
  }
  throw new Error("the bundled registry (data/) was not found beside muse's package.json");
}

/** The registry directories to load: --registry flags, else MUSE_REGISTRY (`:`-separated), else the bundled one. */
export function registryDirs(
  flags: readonly string[] | undefined,
  envValue: string | undefined,
  cwd: string,
): string[] {
  const names = flags?.length ? flags : (envValue ?? "").split(":").filter((p) => p.trim() !== "");
  if (names.length === 0) return [bundledRegistryDir()];
  return names.map((name) => (name === "default" ? bundledRegistryDir() : resolve(cwd, name)));
}
