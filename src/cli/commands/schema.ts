import type { Command } from "commander";
import { registryJsonSchemaText } from "../../core/json-schema.js";
import { type ActionFactory, examples } from "../action.js";

/** `muse schema`: prints the registry file's JSON Schema (draft-07) for editors and other validators. */
export function registerSchema(program: Command, action: ActionFactory): void {
  program
    .command("schema")
    .description("print the JSON Schema (draft-07) of a registry file, for editors and validators")
    .addHelpText(
      "after",
      examples([
        "muse schema > registry.schema.json",
        "# then start each YAML file with: # yaml-language-server: $schema=registry.schema.json",
      ]),
    )
    .addHelpText("after", "\nDocumentation: docs/registry.md\n")
    .action(action(async () => ({ kind: "text", text: registryJsonSchemaText() })));
}
