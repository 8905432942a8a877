import type { LoadOptions } from "../core/load/load-registry.js";
import { Store } from "../core/store.js";
import type { Format, Paint, RenderOptions, Report, SourcesMode } from "../render/index.js";
import type { Display } from "../render/reports/display.js";
import { museCacheDir, privateCacheDir } from "./cache-dir.js";
import { colorLevel, paintFor } from "./color.js";
import type { Io } from "./io.js";
import { parseCacheSeedDir, registryDirs } from "./registry-paths.js";
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
  /** `--ids`: tables and markdown show ids instead of display names. */
  ids?: boolean;
  /** `--precision full`: values and uncertainties as published, every digit. */
  precision?: "honest" | "full";
  /** `--sources`: where markdown puts sources. */
  sources?: SourcesMode;
}

/** What a command returns: a report to render in the chosen format, or finished text (with its exit code, 0 if none). */
export type CommandOutput = { kind: "report"; report: Report } | { kind: "text"; text: string; exitCode?: number };

/** What a command's handler gets: the outside world, the global options and a lazily loaded store. */
export class Context {
  private storePromise: Promise<Store> | undefined;
  private parseCacheDir: { dir: string | undefined } | undefined;

  constructor(
    readonly io: Io,
    readonly globals: GlobalOptions,
  ) {}

  /** The registry directories this run reads. */
  registryDirs(): string[] {
    return registryDirs(this.globals.registry, this.io.env, this.io.cwd);
  }

  /** Loads (once) and returns the store for the selected registries. */
  store(): Promise<Store> {
    this.storePromise ??= this.storeOf(this.registryDirs());
    return this.storePromise;
  }

  /** Loads the store of other registry directories (`muse diff`), through the same loader and cache. */
  async storeOf(dirs: readonly string[]): Promise<Store> {
    // A registry that a killed `muse import --force` left half swapped is put right first (src/cli/swap-journal.ts).
    await recoverInterruptedSwaps(dirs, this.io.env);
    // Imported here, not at the top: commands that never read the registry (and --version) start without it.
    const { loadRegistry } = await import("../core/load/load-registry.js");
    return new Store(await loadRegistry(dirs, this.loadOptions()));
  }

  /** How every load of this run may use the caches: the user's parse cache (this user's files only) and the seed. */
  loadOptions(): LoadOptions {
    return { cacheDir: this.cacheDir(), cacheOwner: process.getuid?.(), seedDir: parseCacheSeedDir() };
  }

  /**
   * The parse cache's directory, checked once per run (see src/cli/cache-dir.ts); `undefined` with `--no-cache`
   * or when the directory is not this user's alone, which `--debug` says in one line.
   */
  cacheDir(): string | undefined {
    if (this.parseCacheDir === undefined) {
      const museDir = this.globals.cache === false ? undefined : museCacheDir(this.io.env);
      const outcome = museDir === undefined ? undefined : privateCacheDir(museDir, "parsed", process.getuid?.());
      if (outcome !== undefined && "refused" in outcome && this.globals.debug) {
        this.io.err(`muse: running without the parse cache: ${outcome.refused}\n`);
      }
      this.parseCacheDir = { dir: outcome !== undefined && "dir" in outcome ? outcome.dir : undefined };
    }
    return this.parseCacheDir.dir;
  }

  /** The output format: --json wins, then --format, then table. */
  format(): Format {
    return this.globals.json ? "json" : (this.globals.format ?? "table");
  }

  /** How reports show records and numbers: names or ids, honest or full precision. */
  display(): Display {
    return { ids: this.globals.ids === true, precision: this.globals.precision ?? "honest" };
  }

  /** The terminal's width, when stdout is a terminal (`COLUMNS` when the terminal does not say); piped output has none. */
  width(): number | undefined {
    if (!this.io.stdoutIsTTY) return undefined;
    const columns = this.io.columns ?? Number.parseInt(this.io.env.COLUMNS ?? "", 10);
    return Number.isInteger(columns) && columns > 0 ? columns : undefined;
  }

  /** The width charts fit: the terminal's columns, else COLUMNS, else 80 (a chart is drawn to a width, piped or not). */
  chartWidth(): number {
    const columns = Number(this.io.env.COLUMNS);
    return this.io.columns ?? (Number.isInteger(columns) && columns > 0 ? columns : 80);
  }

  /** Whether output goes to a person at a terminal as a table (where a screenful is the default length). */
  interactiveTable(): boolean {
    return this.io.stdoutIsTTY && this.format() === "table";
  }

  /** How the report is drawn: paint, the terminal's width, the width charts fit, and markdown's sources. */
  async renderOptions(): Promise<RenderOptions> {
    const width = this.width();
    const options: RenderOptions = {
      paint: await this.paint(),
      sources: this.globals.sources ?? "footnotes",
      chartWidth: this.chartWidth(),
    };
    if (width !== undefined) options.width = width;
    return options;
  }

  /** The paint for stdout, decided once from flags, environment and whether stdout is a terminal. */
  paint(): Promise<Paint> {
    return paintFor(colorLevel(this.globals.color, this.io.env, this.io.stdoutIsTTY));
  }
}
