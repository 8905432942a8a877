import type { Command } from "commander";
import { showReport } from "../../render/reports/show.js";
import { type ActionFactory, examples } from "../action.js";

/** `muse show ID`: one model or benchmark with all of its scores, grouped by setting and source. */
export function registerShow(program: Command, action: ActionFactory): void {
  program
    .command("show")
    .description("show one model or benchmark with all of its scores, grouped by setting")
    .argument("<id>", "a model or benchmark id, name or alias")
    .addHelpText("after", examples(["muse show muse-spark", 'muse show "ARC AGI 2"', "muse show gdpval-aa --json"]))
    .addHelpText("after", "\nDocumentation: docs/commands.md\n")
    .action(
      action(async (ctx, id: string) => {
        const store = await ctx.store();
        return { kind: "report", report: showReport(store, store.resolveAny(id), ctx.display()) };
      }),
    );
}
