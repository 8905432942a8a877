import { type Command, Option } from "commander";
import type { ClaimKind } from "../../core/claims/kind.js";
import { UsageError } from "../../core/errors.js";
import { buildFrontiers } from "../../core/frontier.js";
import { frontierReport } from "../../render/reports/frontier.js";
import { type ActionFactory, collectList, collectRepeat, examples } from "../action.js";
import { parsePrefer, parseSettingChoice, selectBenchmarks } from "./compare-options.js";

/** The options of `muse frontier`. */
interface FrontierOptions {
  bench?: string[];
  setting?: string[];
  allSettings?: boolean;
  prefer?: string;
  sourceKind?: ClaimKind;
}

/** `muse frontier --bench X`: the best score so far at each date, with the model, source and configuration. */
export function registerFrontier(program: Command, action: ActionFactory): void {
  program
    .command("frontier")
    .description("the state of the art over time: the best score so far at each date (--bench)")
    .option("-b, --bench <ids>", "benchmarks (repeatable, comma-separated)", collectList)
    .option(
      "--setting <key=value>",
      "test conditions to follow, as in compare (a configuration key keeps only rows with it; repeatable)",
      collectRepeat,
    )
    .option("--all-settings", "a frontier for every group of test conditions")
    .option("--prefer <rule>", "which source wins when several give a value (as in compare)")
    .addOption(
      new Option(
        "--source-kind <kind>",
        "only first-party claims or third-party measurements (a press report counts as whose figures it repeats)",
      ).choices(["first-party", "third-party"]),
    )
    .addHelpText(
      "after",
      `${examples([
        "muse frontier --bench arc-agi-2",
        "muse frontier --bench gpqa-diamond --source-kind third-party --format chart",
        "muse frontier --bench swe-bench-verified --json | jq '.rows[] | {date, model, value}'",
      ])}
A step is a score better than every score dated before it. A score's date is its model's release
date where the registry has one, else the publication date of the first source that gave the
figure. As in compare, scores under different test conditions (tools, attempts, shots) are never
mixed: the group most models share is shown (--setting or --all-settings for others), while
configurations (effort, mode...) compete within it.
`,
    )
    .addHelpText("after", "\nDocumentation: docs/charts.md\n")
    .action(
      action(async (ctx, opts: FrontierOptions) => {
        if (!opts.bench?.length) throw new UsageError("say which benchmark: muse frontier --bench ID");
        const store = await ctx.store();
        const prefer = parsePrefer(store, opts.prefer);
        const choice = await parseSettingChoice(opts.setting, opts.allSettings);
        const benchmarks = selectBenchmarks(store, opts.bench);
        const results = benchmarks.map((b) => buildFrontiers(store, b, prefer, choice, opts.sourceKind));
        if (choice.kind === "setting" && results.every((r) => r.frontiers.length === 0)) {
          throw new UsageError("no scores under that setting; see muse compare --bench ID --all-settings");
        }
        const preferName = prefer.rule === "source" ? prefer.source : prefer.rule;
        return {
          kind: "report",
          report: frontierReport(store, results, preferName, opts.sourceKind ?? null, ctx.display()),
        };
      }),
    );
}
