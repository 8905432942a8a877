import { fstatSync, writeSync } from "node:fs";

// How muse writes to its standard streams. Node makes `process.stdout` a net.Socket when it is a pipe, which costs
// ~2.5 ms (a twentieth of `node -e 0`) before a byte is written; a pipe, a socket or a file is written here with
// write(2) instead, all of it, synchronously, as Node itself does for files. A terminal or a device (a TTY,
// /dev/null, /dev/full) goes through `process.stdout` as before. stderr is only created when something is said.

/** A standard stream muse writes to: whether it is a terminal (and how wide), and how to write all of a text. */
export interface StdStream {
  isTTY: boolean;
  columns: number | undefined;
  write(text: string): void;
}

/** What a failed write of stdout means: the reader went away (EPIPE), or another failure with its code. */
export type WriteFailure = (error: NodeJS.ErrnoException) => void;

/** Whether fd is a pipe, a socket or a regular file: never a terminal, and written without a stream. */
function isPlain(fd: number): boolean {
  try {
    const info = fstatSync(fd);
    return info.isFIFO() || info.isSocket() || info.isFile();
  } catch {
    return false;
  }
}

/** One int to wait on: Atomics.wait is the only synchronous sleep Node has. */
const pause = new Int32Array(new SharedArrayBuffer(4));

/** Writes all of `bytes` to fd, waiting a moment whenever a non-blocking pipe is full (EAGAIN). */
function writeAll(fd: number, bytes: Uint8Array): void {
  let done = 0;
  while (done < bytes.length) {
    try {
      done += writeSync(fd, bytes, done, bytes.length - done);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EAGAIN") throw error;
      Atomics.wait(pause, 0, 0, 2);
    }
  }
}

/** Standard output: written directly when plain; `onFailure` is told of a write that fails either way. */
export function openStdout(onFailure: WriteFailure): StdStream {
  if (isPlain(1)) {
    return {
      isTTY: false,
      columns: undefined,
      write: (text) => {
        try {
          writeAll(1, Buffer.from(text, "utf8"));
        } catch (error) {
          onFailure(error as NodeJS.ErrnoException);
        }
      },
    };
  }
  process.stdout.on("error", onFailure);
  const columns = process.stdout.isTTY && process.stdout.columns > 0 ? process.stdout.columns : undefined;
  return { isTTY: process.stdout.isTTY === true, columns, write: (text) => process.stdout.write(text) };
}

/** Standard error, created when first written; a failing stderr (closed, full) is ignored, never an exit code. */
export function openStderr(): StdStream {
  let listening = false;
  const isTTY = !isPlain(2) && process.stderr.isTTY === true;
  return {
    isTTY,
    columns: isTTY && process.stderr.columns > 0 ? process.stderr.columns : undefined,
    write: (text) => {
      try {
        if (!listening) process.stderr.on("error", () => {});
        listening = true;
        process.stderr.write(text);
      } catch {
        // nowhere left to say it
      }
    },
  };
}
