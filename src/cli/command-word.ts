// The one place that finds the command's name on a command line before commander parses it: dist/start.cjs
// uses it to pick the code cache file, and the program to load only the command a run needs. It imports nothing,
// so that the start-up entry stays small.

/** The global options that take a value, as src/cli/program.ts defines them (a test checks that they agree). */
export const GLOBAL_OPTIONS_WITH_VALUE: readonly string[] = ["--registry", "--format", "--precision", "--sources"];

/**
 * The first operand on the command line (the command's name), skipping global options and their values;
 * `undefined` when there is none (`muse`, `muse --version`).
 */
export function commandWord(argv: readonly string[]): string | undefined {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === "--") return argv[i + 1];
    if (!arg.startsWith("-") || arg === "-") return arg;
    if (!arg.includes("=") && GLOBAL_OPTIONS_WITH_VALUE.includes(arg)) i++;
  }
  return undefined;
}
