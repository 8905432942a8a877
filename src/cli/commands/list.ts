import { Argument, type Command, Option } from "commander";
import { UsageError } from "../../core/errors.js";
import { orgMatches } from "../../core/query.js";
import { CATEGORIES, SOURCE_KINDS } from "../../core/schema/index.js";
import { benchmarksReport, modelsReport, sourcesReport } from "../../render/reports/list.js";
import { type ActionFactory, examples } from "../action.js";
import { layerOfFile, registryLayers } from "../registry-paths.js";

interface ListOptions {
  category?: string;
  org?: string;
  kind?: string;
}

/** `muse list benchmarks|models|sources`: the records of one kind, with filters. */
export function registerList(program: Command, action: ActionFactory): void {
  program
    .command("list")
    .description("list benchmarks, models or sources")
    .addArgument(new Argument("<kind>", "what to list").choices(["benchmarks", "models", "sources"]))
    .addOption(new Option("--category <category>", "only benchmarks of this category").choices(CATEGORIES))
    .option("--org <org>", 'only models from this organisation (word prefixes: "google" finds Google DeepMind)')
    .addOption(new Option("--kind <kind>", "only sources of this kind").choices(SOURCE_KINDS))
    .addHelpText(
      "after",
      examples([
        "muse list benchmarks --category health",
        "muse list models --org openai --json",
        "muse list sources",
        "muse list sources --registry epoch",
      ]) +
        "\nSources name their layer: launch (the launch articles, data/), epoch (Epoch AI's Benchmarking Hub:\nfetched with `muse fetch epoch`, else bundled), or the --registry directory as given.\n",
    )
    .addHelpText("after", "\nDocumentation: docs/commands.md\n")
    .action(
      action(async (ctx, kind: string, opts: ListOptions) => {
        refuseFiltersOf(kind, opts);
        const store = await ctx.store();
        if (kind === "benchmarks") {
          const rows = [...store.benchmarks.values()].filter((b) => !opts.category || b.category === opts.category);
          return { kind: "report", report: benchmarksReport(store, rows.sort(byId)) };
        }
        if (kind === "models") {
          const org = opts.org;
          const rows = [...store.models.values()].filter((m) => org === undefined || orgMatches(m.org, org));
          return { kind: "report", report: modelsReport(store, rows.sort(byId)) };
        }
        const rows = [...store.sources.values()].filter((s) => !opts.kind || s.kind === opts.kind);
        const layers = registryLayers(ctx.globals.registry, ctx.io.env, ctx.io.cwd);
        const report = sourcesReport(store, rows.sort(byId), (file) => layerOfFile(layers, file));
        return { kind: "report", report };
      }),
    );
}

/** Which kind each filter applies to; a filter given for another kind would silently do nothing. */
const FILTER_KIND: Record<keyof ListOptions, string> = { category: "benchmarks", org: "models", kind: "sources" };

function refuseFiltersOf(kind: string, opts: ListOptions): void {
  for (const [option, applies] of Object.entries(FILTER_KIND)) {
    if (opts[option as keyof ListOptions] !== undefined && applies !== kind) {
      throw new UsageError(`--${option} applies to \`muse list ${applies}\`, not to \`muse list ${kind}\``);
    }
  }
}

const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
