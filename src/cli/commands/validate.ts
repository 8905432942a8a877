import type { Command } from "commander";
import { validateReport } from "../../render/reports/validate.js";
import type { ActionFactory } from "../action.js";
import { examples } from "../action.js";

/** `muse validate`: loads and checks the registry, printing one summary line on success. */
export function registerValidate(program: Command, action: ActionFactory): void {
  program
    .command("validate")
    .description("load and check the registry; every problem is reported as file:line:col (exit 65)")
    .addHelpText("after", examples(["muse validate", "muse validate --registry ./my-registry", "muse validate --json"]))
    .addHelpText("after", "\nDocumentation: docs/commands.md\n")
    .action(
      action(async (ctx) => {
        const store = await ctx.store();
        return { kind: "report", report: validateReport(store, ctx.registryDirs()) };
      }),
    );
}
