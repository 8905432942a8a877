import { fileURLToPath } from "node:url";
import { capturingIo } from "../../src/cli/io.js";
import { run } from "../../src/cli/main.js";

/** What one in-process run of muse wrote and returned. */
export interface RunResult {
  code: number;
  out: string;
  err: string;
}

/**
 * Options of a fake run: the environment (nothing inherited; MUSE_REGISTRY is `launch`, the hand-curated
 * layer most tests are written against, unless the test sets it, or sets it to `undefined` for the default
 * layers) and whether stdout is a terminal.
 */
export interface RunOptions {
  env?: Record<string, string | undefined>;
  tty?: boolean;
}

/** The repository root, the working directory of fake runs. */
export const REPO = fileURLToPath(new URL("../../", import.meta.url));

/** Runs muse in-process through `run(argv, io)` with a fake Io that records stdout and stderr. */
export async function runMuse(argv: readonly string[], options: RunOptions = {}): Promise<RunResult> {
  const { io, out, err } = capturingIo({ MUSE_REGISTRY: "launch", ...options.env }, REPO, options.tty ?? false);
  const code = await run(argv, io);
  return { code, out: out(), err: err() };
}

/** A fixture registry directory by case name. */
export const fixture = (name: string): string =>
  fileURLToPath(new URL(`../fixtures/registries/${name}/`, import.meta.url));

/** Matches any ANSI escape sequence. */
export const ANSI = /\u001b\[/;
