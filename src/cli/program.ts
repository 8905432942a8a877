import { Command, Option } from "commander";
import { FORMATS } from "../render/index.js";
import { type ActionFactory, collectRepeat, examples } from "./action.js";
import { registerAdd } from "./commands/add.js";
import { registerCompare } from "./commands/compare.js";
import { registerCompletion } from "./commands/completion.js";
import { registerConflicts } from "./commands/conflicts.js";
import { registerDiff } from "./commands/diff.js";
import { registerImport } from "./commands/import.js";
import { registerList } from "./commands/list.js";
import { registerSchema } from "./commands/schema.js";
import { registerScores } from "./commands/scores.js";
import { registerShow } from "./commands/show.js";
import { registerValidate } from "./commands/validate.js";
import type { Io } from "./io.js";
import { VERSION } from "./version.js";

/** Every command's registration, in the order `--help` lists them. */
const COMMANDS: readonly ((program: Command, action: ActionFactory) => void)[] = [
  registerCompare,
  registerConflicts,
  registerScores,
  registerShow,
  registerList,
  registerValidate,
  registerImport,
  registerDiff,
  registerAdd,
  registerSchema,
  registerCompletion,
];

/** Builds the commander program: global options, then each command. Never exits the process. */
export function buildProgram(io: Io, action: ActionFactory): Command {
  const program = new Command("muse")
    .description("Query published AI benchmark scores, with their sources and settings")
    .version(VERSION, "-V, --version")
    .option(
      "--registry <path>",
      "registry directory (repeatable; later layers over earlier; `default` = bundled)",
      collectRepeat,
    )
    .addOption(new Option("--format <format>", "output format").choices(FORMATS))
    .option("--json", "short for --format json")
    .option("--color", "force colour")
    .option("--no-color", "never colour")
    .option("--debug", "show stack traces of unexpected errors")
    .showHelpAfterError("(run with --help for usage)")
    .exitOverride()
    .configureOutput({ writeOut: (s) => io.out(s), writeErr: (s) => io.err(s) })
    .addHelpText(
      "after",
      examples(["muse scores --bench arc-agi-2", "muse show muse-spark", "muse list benchmarks --json"]) +
        "\nEnvironment:\n  MUSE_REGISTRY  `:`-separated registry directories used when no --registry is given\n  NO_COLOR, FORCE_COLOR, TERM=dumb  colour control\n\nExit codes: 0 ok, 1 unexpected failure, 2 usage error, 65 invalid registry\n",
    );
  for (const register of COMMANDS) register(program, action);
  for (const command of program.commands) command.exitOverride().configureOutput(program.configureOutput());
  return program;
}
