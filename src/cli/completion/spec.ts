import type { Argument, Command, Option } from "commander";
import { collectList } from "../action.js";

/** Kinds of registry record whose ids the shell completes. */
export const ID_KINDS = ["benchmarks", "models", "sources"] as const;
/** One kind of registry record whose ids the shell completes. */
export type IdKind = (typeof ID_KINDS)[number];

/** How the value of an option or argument is completed. */
export interface ValueSpec {
  choices: readonly string[];
  ids: readonly IdKind[];
  /** Complete directory names (`<path>`, `<dir>`) or file names (`<file>`). */
  paths?: "dirs" | "files";
  /** Comma-separated list: complete the part after the last comma. */
  list: boolean;
}

/** An option as the completion scripts see it. */
export interface OptionSpec {
  long?: string;
  short?: string;
  description: string;
  /** Undefined for a flag that takes no value. */
  value?: ValueSpec;
}

/** A command as the completion scripts see it, with its subcommands. */
export interface CommandSpec {
  name: string;
  aliases: readonly string[];
  description: string;
  options: readonly OptionSpec[];
  /** The first positional argument, when the command takes one. */
  argument?: ValueSpec;
  commands: readonly CommandSpec[];
}

/** Options whose values are registry ids, by long name. */
const IDS_BY_OPTION: Record<string, readonly IdKind[]> = {
  bench: ["benchmarks"],
  benchmark: ["benchmarks"],
  model: ["models"],
  models: ["models"],
  baseline: ["models"],
  source: ["sources"],
};

/** Positional arguments whose values are registry ids, by argument name. */
const IDS_BY_ARGUMENT: Record<string, readonly IdKind[]> = {
  id: ["models", "benchmarks"],
  model: ["models"],
  benchmark: ["benchmarks"],
  source: ["sources"],
};

/** Describes a commander program (visible commands, options, choices) for the completion generators. */
export function completionSpec(program: Command): CommandSpec {
  return describeCommand(program, []);
}

function describeCommand(command: Command, siblings: readonly string[]): CommandSpec {
  const help = command.createHelp();
  const children = help.visibleCommands(command).filter((c) => c !== command);
  const names = children.map((c) => c.name());
  return {
    name: command.name(),
    aliases: command.aliases(),
    description: command.description(),
    options: help.visibleOptions(command).map(describeOption),
    argument: describeArgument(command, siblings),
    commands: children.map((child) =>
      describeCommand(
        child,
        names.filter((n) => n !== "help"),
      ),
    ),
  };
}

function describeOption(option: Option): OptionSpec {
  const spec: OptionSpec = { description: option.description };
  if (option.long !== undefined) spec.long = option.long;
  if (option.short !== undefined) spec.short = option.short;
  if (option.required || option.optional) {
    const name = option.long?.replace(/^--/, "") ?? "";
    spec.value = {
      choices: option.argChoices ?? [],
      ids: IDS_BY_OPTION[name] ?? [],
      list: option.parseArg === (collectList as typeof option.parseArg),
      ...pathsOf(option.flags),
    };
  }
  return spec;
}

function describeArgument(command: Command, siblings: readonly string[]): ValueSpec | undefined {
  const first: Argument | undefined = command.registeredArguments[0];
  if (first === undefined) return undefined;
  // commander's own `help [command]`: complete the names of its sibling commands
  if (command.name() === "help" && first.name() === "command") return { choices: siblings, ids: [], list: false };
  return {
    choices: first.argChoices ?? [],
    ids: IDS_BY_ARGUMENT[first.name()] ?? [],
    list: false,
    ...pathsOf(`<${first.name()}>`),
  };
}

function pathsOf(flags: string): { paths?: "dirs" | "files" } {
  if (/<(path|dir|directory)s?>/.test(flags)) return { paths: "dirs" };
  if (/<files?>/.test(flags)) return { paths: "files" };
  return {};
}

/** A command with the key the scripts name it by: its path from the root, space-joined (`muse add source`). */
export interface KeyedCommand {
  key: string;
  command: CommandSpec;
}

/** Every command of the program, the root first, each under its path key. */
export function keyedCommands(spec: CommandSpec): KeyedCommand[] {
  const out: KeyedCommand[] = [];
  const walk = (command: CommandSpec, key: string) => {
    out.push({ key, command });
    for (const child of command.commands) walk(child, `${key} ${child.name}`);
  };
  walk(spec, spec.name);
  return out;
}

/** The long and short flags of an option, long first. */
export function flagsOf(option: OptionSpec): string[] {
  return [option.long, option.short].filter((f): f is string => f !== undefined);
}
