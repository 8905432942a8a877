// biome-ignore-all lint/suspicious/noTemplateCurlyInString: these strings are shell code, where ${...} is shell syntax
import { type CommandSpec, flagsOf, type KeyedCommand, type OptionSpec, type ValueSpec } from "./spec.js";

/** Quotes text as one word for bash or zsh (single quotes; an embedded `'` closes and reopens them). */
export function quoteSh(text: string): string {
  return `'${text.replaceAll("'", `'\\''`)}'`;
}

/** A `case` pattern matching `KEY FLAG` for the flags of an option: global ones match under every key. */
export function flagPatterns(key: string | undefined, option: OptionSpec): string {
  return flagsOf(option)
    .map((flag) => (key === undefined ? `*${quoteSh(` ${flag}`)}` : quoteSh(`${key} ${flag}`)))
    .join("|");
}

/** The options that take a value, each with its case key: the root's (global) ones first, with no key. */
export function valueOptions(
  commands: readonly KeyedCommand[],
): { key: string | undefined; option: OptionSpec; value: ValueSpec }[] {
  const out: { key: string | undefined; option: OptionSpec; value: ValueSpec }[] = [];
  for (const [index, { key, command }] of commands.entries()) {
    for (const option of command.options) {
      if (option.value !== undefined) out.push({ key: index === 0 ? undefined : key, option, value: option.value });
    }
  }
  // commands' own options before the global ones, so that the most specific case pattern wins
  return [...out.filter((o) => o.key !== undefined), ...out.filter((o) => o.key === undefined)];
}

/** The long flags offered when the word being completed starts with `-`: the command's, then the global ones. */
export function longFlags(command: CommandSpec, root: CommandSpec): string[] {
  const own = command === root ? [] : command.options;
  return [...new Set([...own, ...root.options].flatMap((o) => (o.long === undefined ? [] : [o.long])))];
}

/** The names a command's subcommands go by, aliases included. */
export function subcommandNames(command: CommandSpec): { name: string; canonical: string; description: string }[] {
  return command.commands.flatMap((c) =>
    [c.name, ...c.aliases].map((name) => ({ name, canonical: c.name, description: c.description })),
  );
}

/**
 * The case-statement functions bash and zsh scripts share: which flags take a value, which words name a
 * subcommand, and how each option's value is completed (`completeValue` writes that shell's own steps).
 */
export function dispatchFunctions(
  fn: string,
  commands: readonly KeyedCommand[],
  completeValue: (value: ValueSpec) => string,
): string[] {
  return [
    `${fn}_takes_value() {`,
    '  case "$1 $2" in',
    ...valueOptions(commands).map(({ key, option }) => `    ${flagPatterns(key, option)}) return 0 ;;`),
    "  esac",
    "  return 1",
    "}",
    "",
    `${fn}_subcommand() {`,
    '  case "$1 $2" in',
    ...commands.flatMap(({ key, command }) =>
      subcommandNames(command).map(
        (s) => `    ${quoteSh(`${key} ${s.name}`)}) _cnext=${quoteSh(`${key} ${s.canonical}`)} ;;`,
      ),
    ),
    "    *) return 1 ;;",
    "  esac",
    "}",
    "",
    `${fn}_values() {`,
    '  case "$1 $2" in',
    ...valueOptions(commands).map(
      ({ key, option, value }) => `    ${flagPatterns(key, option)}) ${completeValue(value)} ;;`,
    ),
    "  esac",
    "}",
  ];
}
