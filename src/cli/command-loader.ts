import type { Command } from "commander";
import type { ActionFactory } from "./action.js";

/** Adds one command (or a few related ones) to the program. */
export type Register = (program: Command, action: ActionFactory) => void;

/** A command module known by name and loaded on demand, so that a run loads only the code it needs. */
export interface LazyCommand {
  /** The command names the module registers. */
  names: readonly string[];
  /** Imports the module and returns its registration. */
  load: () => Promise<Register>;
  /** Names among `names` that read the whole program (to describe every command): they load them all. */
  needsAll?: readonly string[];
}

/**
 * The commands one run needs: the one named on the command line, or every command when none or an unknown
 * one is named (help, suggestions), or none for a bare `--version`. Global options are skipped using the
 * program's own definitions, so an option's value is never taken for a command name.
 */
export function commandsFor(program: Command, argv: readonly string[], all: readonly LazyCommand[]): LazyCommand[] {
  const word = commandWord(program, argv);
  if (word === undefined) {
    const versionOnly =
      argv.some((a) => a === "-V" || a === "--version") && !argv.some((a) => a === "-h" || a === "--help");
    return versionOnly ? [] : [...all];
  }
  const named = all.find((c) => c.names.includes(word));
  return named === undefined || named.needsAll?.includes(word) ? [...all] : [named];
}

/** The first operand on the command line (the command's name), skipping global options and their values. */
function commandWord(program: Command, argv: readonly string[]): string | undefined {
  const takesValue = new Set<string>();
  for (const option of program.options) {
    if (!option.required && !option.optional) continue;
    if (option.long) takesValue.add(option.long);
    if (option.short) takesValue.add(option.short);
  }
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === "--") return argv[i + 1];
    if (!arg.startsWith("-") || arg === "-") return arg;
    if (!arg.includes("=") && takesValue.has(arg)) i++;
  }
  return undefined;
}
