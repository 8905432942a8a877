import { Store } from "../core/store.js";
import type { Format, Paint, Report } from "../render/index.js";
import { museCacheDir } from "./cache-dir.js";
import { colorLevel, paintFor } from "./color.js";
import type { Io } from "./io.js";
import { registryDirs } from "./registry-paths.js";
import { recoverInterruptedSwaps } from "./swap-journal.js";

/** The options every command accepts. */
export interface GlobalOptions {
  registry?: string[];
  format?: Format;
  json?: boolean;
  color?: boolean;
  debug?: boolean;
  /** False with `--no-cache`: parse every file, read and write no cache (dist/start.cjs skips the code cache too). */
  cache?: boolean;
}

/** What a command returns: a report to render in the chosen format, or finished text (with its exit code, 0 if none). */
export type CommandOutput = { kind: "report"; report: Report } | { kind: "text"; text: string; exitCode?: number };

/** What a command's handler gets: the outside world, the global options and a lazily loaded store. */
export class Context {
  private storePromise: Promise<Store> | undefined;

  constructor(
    readonly io: Io,
    readonly globals: GlobalOptions,
  ) {}

  /** The registry directories this run reads. */
  registryDirs(): string[] {
    return registryDirs(this.globals.registry, this.io.env.MUSE_REGISTRY, this.io.cwd);
  }

  /** Loads (once) and returns the store for the selected registries. */
  store(): Promise<Store> {
    // Imported here, not at the top: commands that never read the registry (and --version) start without it.
    // A registry that a killed `muse import --force` left half swapped is put right first (src/cli/swap-journal.ts).
    this.storePromise ??= recoverInterruptedSwaps(this.registryDirs(), this.io.env)
      .then(() => import("../core/load/load-registry.js"))
      .then(({ loadRegistry }) => loadRegistry(this.registryDirs(), { cacheDir: this.cacheDir() }))
      .then((r) => new Store(r));
    return this.storePromise;
  }

  /** The parse cache's directory, or `undefined` with `--no-cache`. */
  cacheDir(): string | undefined {
    return this.globals.cache === false ? undefined : museCacheDir(this.io.env);
  }

  /** The output format: --json wins, then --format, then table. */
  format(): Format {
    return this.globals.json ? "json" : (this.globals.format ?? "table");
  }

  /** The width charts fit: the terminal's columns, else COLUMNS, else 80. */
  width(): number {
    const columns = Number(this.io.env.COLUMNS);
    return this.io.columns ?? (Number.isInteger(columns) && columns > 0 ? columns : 80);
  }

  /** The paint for stdout, decided once from flags, environment and whether stdout is a terminal. */
  paint(): Promise<Paint> {
    return paintFor(colorLevel(this.globals.color, this.io.env, this.io.stdoutIsTTY));
  }
}
