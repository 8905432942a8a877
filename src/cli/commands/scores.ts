import type { Command } from "commander";
import { queryScores } from "../../core/query.js";
import { scoresReport } from "../../render/reports/scores.js";
import { type ActionFactory, collectList, collectRepeat, examples } from "../action.js";
import { settingFromFlags } from "../setting-flags.js";

interface ScoresOptions {
  model?: string[];
  bench?: string[];
  source?: string[];
  setting?: string[];
}

/** `muse scores`: the flat, filterable list of scores that scripts build on. */
export function registerScores(program: Command, action: ActionFactory): void {
  program
    .command("scores")
    .description("list scores, filtered by model, benchmark, source and setting")
    .option("-m, --model <ids>", "only these models (id, name or alias; repeatable, comma-separated)", collectList)
    .option("-b, --bench <ids>", "only these benchmarks (repeatable, comma-separated)", collectList)
    .option("-s, --source <ids>", "only these sources (repeatable, comma-separated)", collectList)
    .option("--setting <key=value>", "only scores whose setting has key=value (repeatable)", collectRepeat)
    .addHelpText(
      "after",
      examples([
        "muse scores --bench arc-agi-2",
        'muse scores --model muse-spark --bench "Humanity\'s Last Exam" --setting mode=contemplating',
        "muse scores --json | jq '.[] | select(.source_kind == \"third-party\")'",
      ]),
    )
    .action(
      action(async (ctx, opts: ScoresOptions) => {
        const setting = await settingFromFlags(opts.setting);
        const store = await ctx.store();
        const scores = queryScores(store, {
          models: opts.model?.map((m) => store.resolveModel(m).id),
          benchmarks: opts.bench?.map((b) => store.resolveBenchmark(b).id),
          sources: opts.source?.map((s) => store.resolveSource(s).id),
          setting,
        });
        return { kind: "report", report: scoresReport(store, scores) };
      }),
    );
}
