import { Command, Option } from "commander";
import { PRECISIONS } from "../render/format-value.js";
import { FORMATS, SOURCES_MODES } from "../render/index.js";
import { type ActionFactory, collectRepeat, examples } from "./action.js";
import { commandsFor, type LazyCommand } from "./command-loader.js";
import type { Io } from "./io.js";
import { VERSION } from "./version.js";

/** Every command, in the order `--help` lists them; each module is imported only when a run needs it. */
const COMMANDS: readonly LazyCommand[] = [
  { names: ["compare"], load: async () => (await import("./commands/compare.js")).registerCompare },
  { names: ["frontier"], load: async () => (await import("./commands/frontier.js")).registerFrontier },
  { names: ["conflicts"], load: async () => (await import("./commands/conflicts.js")).registerConflicts },
  { names: ["claims"], load: async () => (await import("./commands/claims.js")).registerClaims },
  { names: ["scores"], load: async () => (await import("./commands/scores.js")).registerScores },
  { names: ["show"], load: async () => (await import("./commands/show.js")).registerShow },
  { names: ["list"], load: async () => (await import("./commands/list.js")).registerList },
  { names: ["validate"], load: async () => (await import("./commands/validate.js")).registerValidate },
  { names: ["import"], load: async () => (await import("./commands/import.js")).registerImport },
  { names: ["export"], load: async () => (await import("./commands/export.js")).registerExport },
  { names: ["diff"], load: async () => (await import("./commands/diff.js")).registerDiff },
  { names: ["fetch"], load: async () => (await import("./commands/fetch.js")).registerFetch },
  { names: ["add"], load: async () => (await import("./commands/add.js")).registerAdd },
  { names: ["docs"], load: async () => (await import("./commands/docs.js")).registerDocs },
  { names: ["schema"], load: async () => (await import("./commands/schema.js")).registerSchema },
  {
    names: ["completion", "__complete"],
    load: async () => (await import("./commands/completion.js")).registerCompletion,
    needsAll: ["completion"], // it describes every command; `__complete` only reads the registry
  },
];

/**
 * Builds the commander program: global options, then the commands `argv` needs (all of them when `argv` is
 * not given). Never exits the process.
 */
export async function buildProgram(io: Io, action: ActionFactory, argv?: readonly string[]): Promise<Command> {
  const program = new Command("muse")
    .description("Query published AI benchmark scores, with their sources and settings")
    .version(VERSION, "-V, --version")
    .option(
      "--registry <path>",
      "registry directory (repeatable; later layers over earlier; `launch`, `epoch`, `default` = both)",
      collectRepeat,
    )
    .addOption(new Option("--format <format>", "output format").choices(FORMATS))
    .option("--json", "short for --format json")
    .option("--ids", "show ids instead of display names in tables and markdown")
    .addOption(
      new Option(
        "--precision <precision>",
        "digits shown: honest (as the uncertainty justifies) or full (as published)",
      ).choices(PRECISIONS),
    )
    .addOption(
      new Option("--sources <where>", "markdown: sources as footnotes, as the Source column's text, or none").choices(
        SOURCES_MODES,
      ),
    )
    .option("--color", "force colour")
    .option("--no-color", "never colour")
    .option("--debug", "show stack traces of unexpected errors")
    .option("--no-cache", "read and write no cache (parsed registry files, compiled code) in $XDG_CACHE_HOME/muse")
    .showHelpAfterError("(run with --help for usage)")
    // Each command's --help lists the global options it takes too (--registry, --format, --ids...).
    .configureHelp({ showGlobalOptions: true })
    .exitOverride()
    .configureOutput({ writeOut: (s) => io.out(s), writeErr: (s) => io.err(s) })
    .addHelpText(
      "after",
      examples(["muse scores --bench arc-agi-2", "muse show muse-spark", "muse list benchmarks --json"]) +
        "\nEnvironment:\n  MUSE_REGISTRY  `:`-separated registry directories used when no --registry is given\n  NO_COLOR, FORCE_COLOR, TERM=dumb  colour control\n  XDG_CACHE_HOME  caches in $XDG_CACHE_HOME/muse (default ~/.cache/muse); --no-cache skips them\n  MUSE_LOCK_TIMEOUT  seconds a write waits for another muse process's lock (default 30)\n\nExit codes: 0 ok, 1 failure, 2 usage error, 65 invalid registry, 75 registry busy (try again)\n\nDocumentation: README.md, and docs/commands.md for every command and flag\n",
    );
  const needed = argv === undefined ? COMMANDS : commandsFor(argv, COMMANDS);
  for (const register of await Promise.all(needed.map((c) => c.load()))) register(program, action);
  for (const command of program.commands) command.exitOverride().configureOutput(program.configureOutput());
  return program;
}
