import { sep } from "node:path";
import { type Command, CommanderError } from "commander";
import { formatProblem, MuseError, RegistryError, UsageError } from "../core/errors.js";
import { fsReason, isFsError } from "../core/fs-reason.js";
import { renderReport } from "../render/index.js";
import { sanitizeTerminal } from "../render/sanitize.js";
import type { CommandOutput } from "./context.js";
import { Context } from "./context.js";
import { diagnosticsIo, type Io, safeText } from "./io.js";
import { buildProgram } from "./program.js";
import { BusyError } from "./registry-lock.js";

/** Exit codes muse documents (docs/reliability.md): 75 is sysexits' EX_TEMPFAIL, "try again later". */
export const EXIT = { ok: 0, failure: 1, usage: 2, invalidRegistry: 65, busy: 75 } as const;

/** Runs muse on arguments (without `node muse`); writes through `io` and returns the exit code. Never throws. */
export async function run(argv: readonly string[], rawIo: Io): Promise<number> {
  const debug = argv.includes("--debug");
  const io = diagnosticsIo(rawIo);
  try {
    let output: CommandOutput | undefined;
    let ctx: Context | undefined;
    const program = await buildProgram(
      io,
      (handler) =>
        async (...args) => {
          const command = args.at(-1) as Command;
          // commander passes (...positional, options, command); handlers take (ctx, ...positional, options)
          ctx = new Context(io, command.optsWithGlobals());
          output = await handler(ctx, ...(args.slice(0, -1) as never));
        },
      argv,
    );
    await program.parseAsync([...argv], { from: "user" });
    if (output !== undefined && ctx !== undefined) {
      io.out(
        output.kind === "text"
          ? safeText(output.text)
          : renderReport(output.report, ctx.format(), await ctx.renderOptions()),
      );
      if (output.kind === "text" && output.exitCode !== undefined) return output.exitCode;
    }
    return EXIT.ok;
  } catch (error) {
    return reportError(error, io, debug);
  }
}

function reportError(error: unknown, io: Io, debug: boolean): number {
  try {
    return reportErrorUnsafe(error, io, debug);
  } catch {
    // stderr itself failed (closed, full): the exit code still says what went wrong
    return exitCodeOf(error);
  }
}

/** The documented exit code of an error. */
function exitCodeOf(error: unknown): number {
  if (error instanceof CommanderError) return error.exitCode === 0 ? EXIT.ok : EXIT.usage;
  if (error instanceof RegistryError) return EXIT.invalidRegistry;
  if (error instanceof UsageError) return EXIT.usage;
  if (error instanceof BusyError) return EXIT.busy;
  return EXIT.failure;
}

function reportErrorUnsafe(error: unknown, io: Io, debug: boolean): number {
  if (error instanceof CommanderError) {
    // Help and --version end with exit code 0 (`muse help scores` too); anything else is a bad command line.
    // commander has already written its message.
    return error.exitCode === 0 ? EXIT.ok : EXIT.usage;
  }
  if (error instanceof RegistryError) {
    // Paths under the working directory are shown relative to it, as editors and CI logs link them.
    const here = io.cwd.endsWith(sep) ? io.cwd : `${io.cwd}${sep}`;
    const shown = (line: string) => (here.length > 1 ? line.replaceAll(here, "") : line);
    // Data can hold escape sequences (a hostile key name): diagnostics show them as visible marks.
    for (const problem of error.problems) io.err(`${sanitizeTerminal(shown(formatProblem(problem)))}\n`);
    io.err(`muse: ${error.message}\n`);
    return EXIT.invalidRegistry;
  }
  if (error instanceof UsageError || error instanceof BusyError || error instanceof MuseError) {
    // a failure muse understands (a usage error, a busy registry, an edit it could not make): its message says it
    io.err(`muse: ${sanitizeTerminal(error.message)}\n`);
    // a usage error is about the command line, never about muse's code: no stack even with --debug
    if (debug && !(error instanceof UsageError) && error.stack) io.err(`${error.stack}\n`);
    return exitCodeOf(error);
  }
  if (isFsError(error) && error.syscall !== undefined) {
    // a file-system call failed (a full disk, a permission): what failed and why, not "unexpected"
    const where = error.path === undefined ? "" : ` ${error.path}`;
    io.err(`muse: cannot ${error.syscall}${sanitizeTerminal(where)}: ${fsReason(error)}\n`);
    if (debug && error.stack) io.err(`${error.stack}\n`);
    return EXIT.failure;
  }
  const message = error instanceof Error ? error.message : String(error);
  io.err(`muse: unexpected error: ${sanitizeTerminal(message)}\n`);
  if (debug && error instanceof Error && error.stack) io.err(`${error.stack}\n`);
  else io.err("muse: run again with --debug for details\n");
  return EXIT.failure;
}
