import type { Command } from "commander";
import type { ActionFactory } from "./action.js";
import { commandWord } from "./command-word.js";

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
 * The commands one run needs: the one named on the command line (see commandWord), or every command when none or
 * an unknown one is named (help, suggestions), or none for a bare `--version`.
 */
export function commandsFor(argv: readonly string[], all: readonly LazyCommand[]): LazyCommand[] {
  const word = commandWord(argv);
  if (word === undefined) {
    const versionOnly =
      argv.some((a) => a === "-V" || a === "--version") && !argv.some((a) => a === "-h" || a === "--help");
    return versionOnly ? [] : [...all];
  }
  const named = all.find((c) => c.names.includes(word));
  return named === undefined || named.needsAll?.includes(word) ? [...all] : [named];
}
