import { existsSync } from "node:fs";
import { dirname, isAbsolute, join, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";

/** The environment variables that decide which registries a run reads. */
export type RegistryEnv = Readonly<Record<string, string | undefined>>;

/** The bundled registry (`data/` beside package.json, the launch articles), found from wherever this code runs. */
export function bundledRegistryDir(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 5; i++) {
    if (existsSync(join(dir, "package.json")) && existsSync(join(dir, "data"))) return join(dir, "data");
    dir = dirname(dir);
  }
  throw new Error("the bundled registry (data/) was not found beside muse's package.json");
}

/**
 * The parse cache the build made for the bundled layers (`dist/seed-cache/parsed`, written by scripts/build.mjs), so
 * that a first run after install parses nothing; its entries are keyed by the files' bytes like any cache's.
 */
export function parseCacheSeedDir(): string {
  return join(dirname(bundledRegistryDir()), "dist", "seed-cache", "parsed");
}

/** The bundled import of Epoch AI's Benchmarking Hub: a layer of its own inside `data/`. */
export function bundledEpochDir(): string {
  return join(bundledRegistryDir(), "epoch");
}

/**
 * muse's data directory, where `muse fetch` puts what it downloads: `$XDG_DATA_HOME/muse`, else
 * `$HOME/.local/share/muse`; `undefined` when neither is an absolute path.
 */
export function museDataDir(env: RegistryEnv): string | undefined {
  const xdg = env.XDG_DATA_HOME;
  if (xdg !== undefined && isAbsolute(xdg)) return join(xdg, "muse");
  const home = env.HOME;
  return home && isAbsolute(home) ? join(home, ".local", "share", "muse") : undefined;
}

/** Where `muse fetch epoch` keeps Epoch's data, whether or not it has run. */
export function fetchedEpochDir(env: RegistryEnv): string | undefined {
  const data = museDataDir(env);
  return data === undefined ? undefined : join(data, "epoch");
}

/** The Epoch layer a run reads: what `muse fetch epoch` fetched, else the bundled import. */
export function epochLayerDir(env: RegistryEnv): string {
  const fetched = fetchedEpochDir(env);
  return fetched !== undefined && existsSync(fetched) ? fetched : bundledEpochDir();
}

/** The named layers `--registry` and MUSE_REGISTRY accept, in the order `default` stacks them. */
export const LAYER_NAMES = ["launch", "epoch"] as const;

/** What each named layer holds, for `muse list sources` and help texts. */
export const LAYER_DESCRIPTIONS: Record<(typeof LAYER_NAMES)[number] | "default", string> = {
  launch: "the launch articles and their first-party claims (data/)",
  epoch: "Epoch AI's Benchmarking Hub, independent measurements (fetched, else bundled data/epoch)",
  default: "launch, then epoch",
};

/** One registry layer a run reads: its name (`launch`, `epoch`, or the path as given) and its directory. */
export interface RegistryLayer {
  name: string;
  dir: string;
}

/** The layers a registry name stands for: a named layer, `default` (all of them), or a path. */
function layersOf(name: string, env: RegistryEnv, cwd: string): RegistryLayer[] {
  if (name === "default") return [...layersOf("launch", env, cwd), ...layersOf("epoch", env, cwd)];
  if (name === "launch") return [{ name, dir: bundledRegistryDir() }];
  if (name === "epoch") return [{ name, dir: epochLayerDir(env) }];
  return [{ name, dir: resolve(cwd, name) }];
}

/** The registry layers to load, earliest first (see `registryDirs`). */
export function registryLayers(flags: readonly string[] | undefined, env: RegistryEnv, cwd: string): RegistryLayer[] {
  const names = flags?.length ? flags : (env.MUSE_REGISTRY ?? "").split(":").filter((p) => p.trim() !== "");
  return (names.length === 0 ? ["default"] : names).flatMap((name) => layersOf(name, env, cwd));
}

/** The name of the layer a file was read from: the layer whose directory holds it most closely. */
export function layerOfFile(layers: readonly RegistryLayer[], file: string): string {
  let best: RegistryLayer | undefined;
  for (const layer of layers) {
    const inside = file.startsWith(layer.dir.endsWith(sep) ? layer.dir : `${layer.dir}${sep}`);
    if (inside && (best === undefined || layer.dir.length > best.dir.length)) best = layer;
  }
  return best?.name ?? "";
}

/**
 * The registry directories to load, earliest layer first: --registry flags, else MUSE_REGISTRY
 * (`:`-separated), else `default` (the launch articles, then Epoch's data: fetched, else bundled).
 */
export function registryDirs(flags: readonly string[] | undefined, env: RegistryEnv, cwd: string): string[] {
  return registryLayers(flags, env, cwd).map((layer) => layer.dir);
}
