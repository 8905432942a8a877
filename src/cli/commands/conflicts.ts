import type { Command } from "commander";
import { findConflicts } from "../../core/conflicts.js";
import { narrowStore } from "../../core/query.js";
import { conflictsReport } from "../../render/reports/conflicts.js";
import { type ActionFactory, examples } from "../action.js";
import { addProvenanceOptions, type ProvenanceOptions, provenanceFilter } from "../provenance-flags.js";

/** `muse conflicts`: every model, benchmark and setting on which sources disagree. */
export function registerConflicts(program: Command, action: ActionFactory): void {
  const command = program.command("conflicts");
  addProvenanceOptions(command)
    .description(
      "list every score (model, benchmark, setting) on which sources disagree beyond uncertainty and rounding",
    )
    .addHelpText(
      "after",
      `${examples([
        "muse conflicts",
        "muse conflicts --registry default --registry ./my-registry",
        "muse conflicts --json | jq '.[] | {model, benchmark, difference}'",
      ])}
Two values agree when their stated uncertainty (ci, or ±1.96 stderr) or their rounding overlaps:
58 written without decimals covers 57.5 up to 58.5, so 58 and 58.4 agree; 1427 and 1444 do not.
`,
    )
    .addHelpText("after", "\nDocumentation: docs/comparing.md\n")
    .action(
      action(async (ctx, opts: ProvenanceOptions) => {
        const all = await ctx.store();
        const store = narrowStore(all, provenanceFilter(all, opts));
        return { kind: "report", report: conflictsReport(store, findConflicts(store), ctx.display()) };
      }),
    );
}
