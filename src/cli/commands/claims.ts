import { type Command, Option } from "commander";
import { checkClaims } from "../../core/claims/claims.js";
import { CATEGORIES } from "../../core/schema/vocabulary.js";
import { claimsReport } from "../../render/reports/claims.js";
import { type ActionFactory, collectList, examples } from "../action.js";

interface ClaimsOptions {
  model?: string[];
  bench?: string[];
  source?: string[];
  category?: string;
}

/** `muse claims`: every first-party claim set beside the independent measurements of the same model and benchmark. */
export function registerClaims(program: Command, action: ActionFactory): void {
  program
    .command("claims")
    .description("check each maker's claim against independent measurements: confirmed, measured lower or higher")
    .option("-m, --model <ids>", "only claims about these models (repeatable, comma-separated)", collectList)
    .option("-b, --bench <ids>", "only these benchmarks (repeatable, comma-separated)", collectList)
    .option(
      "-s, --source <ids>",
      "a first-party source keeps the claims it reports; a third-party one, only its measurements",
      collectList,
    )
    .addOption(new Option("--category <category>", "only benchmarks of this category").choices(CATEGORIES))
    .addHelpText(
      "after",
      `${examples([
        "muse claims --model muse-spark",
        "muse claims --model claude-opus-4.6 --bench swe-bench-verified",
        "muse claims --category health --format markdown",
        "muse claims --json | jq '.[] | select(.verdict == \"measured lower\") | {model, benchmark, difference}'",
      ])}
A claim is a score from a first-party source, or from press repeating one; a measurement is a third-party
score of the same model and benchmark under the same test conditions (tools, attempts, shots), listed
closest configuration (mode, effort, budget...) first. Confirmed when every measurement as close in
configuration as the first agrees with the claim within rounding and stated uncertainty (as compare decides
agreement); else measured lower or higher, by the nearest that disagrees; not measured when there is none;
"at a different configuration" when so.
A setting key marked * was inferred by the curator. See docs/claims.md.
`,
    )
    .action(
      action(async (ctx, opts: ClaimsOptions) => {
        const store = await ctx.store();
        const result = checkClaims(store, {
          models: opts.model?.map((m) => store.resolveModel(m).id),
          benchmarks: opts.bench?.map((b) => store.resolveBenchmark(b).id),
          sources: opts.source?.map((s) => store.resolveSource(s).id),
          category: opts.category,
        });
        return { kind: "report", report: claimsReport(store, result, ctx.display()) };
      }),
    );
}
