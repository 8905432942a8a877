import { truncate } from "../render/fit.js";
import { markUnsafeKeepingLines, sanitizeTerminal } from "../render/sanitize.js";

/** Everything a command run may touch of the outside world; tests pass their own. */
export interface Io {
  out(text: string): void;
  err(text: string): void;
  /** Redraws a transient status line on stderr (a terminal's): the text is shown sanitised; "" clears the line. */
  status?(text: string): void;
  env: Readonly<Record<string, string | undefined>>;
  cwd: string;
  stdoutIsTTY: boolean;
  stderrIsTTY: boolean;
  /** The terminal's width when stdout is one (`process.stdout.columns`); `COLUMNS` stands in when it is unknown. */
  columns?: number;
  /** The terminal's width when stderr is one: a status line is kept within it (a longer one wraps, and cannot be redrawn). */
  stderrColumns?: number;
}

/**
 * The Io commands get: every diagnostic written to stderr passes the sanitiser (escape sequences and other
 * controls in data, such as a CSV cell or a file name, become visible `<U+001B>` marks; lines and tabs stay),
 * in this one place rather than at each call site. Only `status` writes its own line-clearing sequence.
 * A stderr that fails (closed, full) loses the diagnostic, never the run or its exit code.
 */
export function diagnosticsIo(io: Io): Io {
  return {
    ...io,
    err: (text) => quietly(() => io.err(markUnsafeKeepingLines(text))),
    status: (text) => quietly(() => io.err(`\r\u001b[2K${statusText(text, io.stderrColumns)}`)),
  };
}

/** A status line as drawn: controls made visible, shortened to one column less than the terminal (no wrap). */
function statusText(text: string, columns: number | undefined): string {
  const safe = sanitizeTerminal(text);
  return columns === undefined ? safe : truncate(safe, columns - 1);
}

/** Text a command prints as it is (not a rendered report): controls in it are made visible, lines and tabs kept. */
export function safeText(text: string): string {
  return markUnsafeKeepingLines(text);
}

function quietly(write: () => void): void {
  try {
    write();
  } catch {
    // nowhere to report that stderr failed
  }
}

/** An Io that keeps what a run writes instead of printing it (in-process runs: `muse docs` blocks, tests). */
export function capturingIo(
  env: Record<string, string | undefined>,
  cwd: string,
  tty = false,
): { io: Io; out: () => string; err: () => string } {
  let out = "";
  let err = "";
  const io: Io = {
    out: (text) => {
      out += text;
    },
    err: (text) => {
      err += text;
    },
    env,
    cwd,
    stdoutIsTTY: tty,
    stderrIsTTY: tty,
  };
  return { io, out: () => out, err: () => err };
}
