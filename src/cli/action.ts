import type { CommandOutput, Context } from "./context.js";

/** Wires a typed handler to commander: the handler gets the run's context and the positional arguments. */
export type ActionFactory = <A extends unknown[]>(
  handler: (ctx: Context, ...args: A) => Promise<CommandOutput>,
) => (...args: unknown[]) => Promise<void>;

/** Splits repeatable, comma-separated option values: `--model a,b --model c` → [a, b, c]. */
export function collectList(value: string, previous: string[] | undefined): string[] {
  const parts = value
    .split(",")
    .map((p) => p.trim())
    .filter((p) => p !== "");
  return [...(previous ?? []), ...parts];
}

/** Collects a repeatable option's values as given: `--registry a --registry b` → [a, b]. */
export function collectRepeat(value: string, previous: string[] | undefined): string[] {
  return [...(previous ?? []), value];
}

/** Formats an "Examples:" help block. */
export function examples(lines: readonly string[]): string {
  return `\nExamples:\n${lines.map((l) => `  $ ${l}`).join("\n")}\n`;
}
