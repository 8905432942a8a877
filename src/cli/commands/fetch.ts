import { mkdir, readFile } from "node:fs/promises";
import { join, resolve } from "node:path";
import { Argument, type Command } from "commander";
import { MuseError, UsageError } from "../../core/errors.js";
import { epochImporter } from "../../import/epoch/importer.js";
import { BadZipError, readEpochZip } from "../../import/epoch/zip.js";
import { fetchReport } from "../../render/reports/fetch.js";
import { type ActionFactory, examples } from "../action.js";
import { Context } from "../context.js";
import { DownloadError, download, type Validators } from "../download.js";
import { bundledRegistryDir, fetchedEpochDir } from "../registry-paths.js";
import { writeFileAtomic } from "../write-file-atomic.js";
import { writeImport } from "./import.js";

/** Where Epoch AI publishes the current release of its Benchmarking Hub data. */
export const EPOCH_ZIP_URL = "https://epoch.ai/data/benchmark_data.zip";

/** The most bytes muse downloads for one release (the April 2026 zip is well under 2 MB). */
const MAX_DOWNLOAD = 100 * 2 ** 20;

/** What the last fetch answered with, kept beside the fetched layer (`epoch.fetch.json`). */
interface FetchState extends Validators {
  url: string;
  release: string;
  fetched: string;
}

/** `muse fetch epoch`: downloads Epoch AI's current release and makes it the Epoch layer, atomically. */
export function registerFetch(program: Command, action: ActionFactory): void {
  program
    .command("fetch")
    .description("download Epoch AI's current Benchmarking Hub release; it then replaces the bundled Epoch layer")
    .addArgument(new Argument("<source>", "what to fetch").choices(["epoch"]))
    .option("--url <url>", "where to download the zip from: a mirror, a file: URL or a local path", EPOCH_ZIP_URL)
    .addHelpText(
      "after",
      examples(["muse fetch epoch", "muse fetch epoch --url ./benchmark_data.zip", "muse fetch epoch --json"]) +
        "\nThe release is imported into $XDG_DATA_HOME/muse/epoch (default ~/.local/share/muse/epoch), which then\nreplaces the bundled Epoch layer. A release unchanged since the last fetch is not downloaded again\n(ETag / Last-Modified). A failed download or a corrupt, oversized or hostile zip leaves the previous data\nwhole. Data: Epoch AI, 'AI Benchmarking Hub', CC BY 4.0.\n",
    )
    .addHelpText("after", "\nDocumentation: docs/epoch.md\n")
    .action(
      action(async (ctx, _source: string, opts: { url: string }) => {
        const target = fetchedEpochDir(ctx.io.env);
        if (target === undefined) throw new UsageError("muse fetch needs XDG_DATA_HOME or HOME (an absolute path)");
        const statePath = join(target, "..", "epoch.fetch.json");
        const state = await readState(statePath);
        const previous = state?.url === opts.url ? state : undefined;
        const progress = progressLine(ctx);
        const got = await download(opts.url, ctx.io.cwd, {
          maxBytes: MAX_DOWNLOAD,
          onProgress: progress.update,
          ...(previous ? { previous } : {}),
        }).catch(fail);
        progress.done();
        if (got.status === "unchanged") {
          return {
            kind: "report",
            report: fetchReport({
              status: "unchanged",
              url: opts.url,
              dir: target,
              release: previous?.release ?? "unknown",
            }),
          };
        }
        let input: ReturnType<typeof readEpochZip>;
        try {
          input = readEpochZip(got.bytes);
        } catch (error) {
          if (error instanceof BadZipError) throw new FetchFailed(error.message);
          throw error;
        }
        const launch = await import("../../core/load/load-registry.js").then(({ loadRegistry }) =>
          loadRegistry([bundledRegistryDir()], ctx.loadOptions()),
        );
        const result = await epochImporter.run({
          input: { ...input, directory: "benchmark_data" },
          options: {},
          base: { benchmarks: launch.benchmarks.values(), models: launch.models.values() },
          command: "muse fetch epoch",
        });
        const release = String(result.summary.head.release ?? "unknown");
        await mkdir(join(target, ".."), { recursive: true });
        // Checked and written as the Epoch layer over the launch articles alone, whatever the run's --registry.
        const asLayer = new Context(ctx.io, { ...ctx.globals, registry: ["launch"] });
        await writeImport(asLayer, target, result, true);
        const next: FetchState = { url: opts.url, release, fetched: new Date().toISOString(), ...got.validators };
        await writeFileAtomic(statePath, `${JSON.stringify(next, null, 2)}\n`);
        const scores = result.documents.reduce(
          (n, d) => n + d.content.sources.reduce((m, s) => m + s.scores.length, 0),
          0,
        );
        return {
          kind: "report",
          report: fetchReport({
            status: "updated",
            url: opts.url,
            dir: resolve(target),
            release,
            files: input.files.length,
            scores,
          }),
        };
      }),
    );
}

/** A fetch that failed with the previous data left whole (exit 1, one plain line). */
class FetchFailed extends MuseError {
  override name = "FetchFailed";
  constructor(reason: string) {
    super(`fetch failed, previous data kept: ${reason}`);
  }
}

function fail(error: unknown): never {
  if (error instanceof DownloadError) throw new FetchFailed(error.message);
  throw error;
}

async function readState(path: string): Promise<FetchState | undefined> {
  const text = await readFile(path, "utf8").catch(() => undefined);
  if (text === undefined) return undefined;
  try {
    const parsed = JSON.parse(text) as FetchState;
    return typeof parsed.url === "string" && typeof parsed.release === "string" ? parsed : undefined;
  } catch {
    return undefined;
  }
}

/** Download progress on stderr, drawn only when stderr is a terminal. */
function progressLine(ctx: Context): { update: (received: number, total?: number) => void; done: () => void } {
  if (!ctx.io.stderrIsTTY) return { update: () => {}, done: () => {} };
  const kb = (n: number) => `${Math.round(n / 1024)} KB`;
  return {
    update: (received, total) =>
      ctx.io.status?.(`muse: downloading ${kb(received)}${total === undefined ? "" : ` of ${kb(total)}`}`),
    done: () => ctx.io.status?.(""),
  };
}
