import type { Command } from "commander";
import { narrowStore, queryScores } from "../../core/query.js";
import { scoresReport } from "../../render/reports/scores.js";
import { type ActionFactory, collectList, collectRepeat, examples } from "../action.js";
import { addProvenanceOptions, type ProvenanceOptions, provenanceFilter } from "../provenance-flags.js";
import { settingFromFlags } from "../setting-flags.js";
import { parseLimit } from "./compare-options.js";

interface ScoresOptions extends ProvenanceOptions {
  limit?: string;
  model?: string[];
  bench?: string[];
  setting?: string[];
}

/** `muse scores`: the flat, filterable list of scores that scripts build on. */
export function registerScores(program: Command, action: ActionFactory): void {
  const command = program
    .command("scores")
    .description("list scores, filtered by model, benchmark, source and setting")
    .option("-m, --model <ids>", "only these models (id, name or alias; repeatable, comma-separated)", collectList)
    .option("-b, --bench <ids>", "only these benchmarks (repeatable, comma-separated)", collectList);
  addProvenanceOptions(command)
    .option("--setting <key=value>", "only scores whose setting has key=value (repeatable)", collectRepeat)
    .option("--limit <n>", "rows shown (0: all; default in a terminal table: 20; elsewhere all)")
    .addHelpText(
      "after",
      examples([
        "muse scores --bench arc-agi-2",
        'muse scores --model muse-spark --bench "Humanity\'s Last Exam" --setting mode=contemplating',
        "muse scores --bench gpqa-diamond --source-kind third-party --org google",
        "muse scores --json | jq '.[] | select(.source_kind == \"third-party\")'",
      ]),
    )
    .addHelpText("after", "\nDocumentation: docs/commands.md\n")
    .action(
      action(async (ctx, opts: ScoresOptions) => {
        const setting = await settingFromFlags(opts.setting);
        const limit = parseLimit(opts.limit, ctx.interactiveTable());
        const all = await ctx.store();
        const store = narrowStore(all, provenanceFilter(all, opts));
        const scores = queryScores(store, {
          models: opts.model?.map((m) => store.resolveModel(m).id),
          benchmarks: opts.bench?.map((b) => store.resolveBenchmark(b).id),
          setting,
        });
        return { kind: "report", report: scoresReport(store, scores, ctx.display(), limit) };
      }),
    );
}
