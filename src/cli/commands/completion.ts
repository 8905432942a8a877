// biome-ignore-all lint/suspicious/noTemplateCurlyInString: these strings are shell code, where ${...} is shell syntax
import { Argument, type Command } from "commander";
import { type ActionFactory, examples } from "../action.js";
import { bashScript } from "../completion/bash.js";
import { fishScript } from "../completion/fish.js";
import { registryIds } from "../completion/ids.js";
import { completionSpec, ID_KINDS, type IdKind } from "../completion/spec.js";
import { zshScript } from "../completion/zsh.js";

/** Shells `muse completion` writes scripts for. */
export const SHELLS = ["bash", "zsh", "fish"] as const;

/** `muse completion SHELL` prints a completion script; the hidden `muse __complete ids KIND...` feeds it ids. */
export function registerCompletion(program: Command, action: ActionFactory): void {
  program
    .command("completion")
    .description("print a shell completion script (bash, zsh or fish) that also completes ids from the registry")
    .addArgument(new Argument("<shell>", "the shell to complete in").choices(SHELLS))
    .addHelpText(
      "after",
      examples([
        "muse completion bash > ~/.local/share/bash-completion/completions/muse",
        'muse completion zsh > "${fpath[1]}/_muse"',
        "muse completion fish > ~/.config/fish/completions/muse.fish",
      ]),
    )
    .addHelpText("after", "\nDocumentation: docs/registry.md\n")
    .action(
      action(async (_ctx, shell: (typeof SHELLS)[number]) => {
        const spec = completionSpec(program);
        const script = shell === "bash" ? bashScript(spec) : shell === "zsh" ? zshScript(spec) : fishScript(spec);
        return { kind: "text", text: script };
      }),
    );

  program
    .command("__complete", { hidden: true })
    .description("print registry ids for the completion scripts, one a line; never fails")
    .argument("<what>", "what to print: `ids`")
    .argument("[kinds...]", `kinds of record: ${ID_KINDS.join(", ")}`)
    .allowUnknownOption()
    .action(
      action(async (ctx, what: string, kinds: string[]) => {
        const wanted = kinds.filter((k): k is IdKind => (ID_KINDS as readonly string[]).includes(k));
        if (what !== "ids" || wanted.length === 0) return { kind: "text", text: "" };
        try {
          const ids = await registryIds(ctx.registryDirs(), wanted);
          return { kind: "text", text: ids.map((id) => `${id}\n`).join("") };
        } catch {
          return { kind: "text", text: "" };
        }
      }),
    );
}
