import { fsReason } from "../core/fs-reason.js";
import { run } from "./main.js";

// The bundle's entry: the only place that touches the real process.
process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  // The reader went away (`muse ... | head -1`): that is a normal end, not a failure.
  if (error.code === "EPIPE") process.exit(0);
  // Anything else (a full disk: `muse list models > /dev/full`) is a failure, and says so.
  writeErr(`muse: cannot write the output: ${fsReason(error)}\n`);
  process.exit(1);
});
// A failing stderr (closed, full) loses the diagnostics but never changes the exit code.
process.stderr.on("error", () => {});

function writeErr(text: string): void {
  try {
    process.stderr.write(text);
  } catch {
    // nowhere left to say it
  }
}

// No top-level await: the bundle is CommonJS (see src/cli/code-cache.ts).
run(process.argv.slice(2), {
  out: (text) => process.stdout.write(text),
  err: writeErr,
  env: process.env,
  cwd: process.cwd(),
  stdoutIsTTY: process.stdout.isTTY === true,
  stderrIsTTY: process.stderr.isTTY === true,
  ...(process.stdout.isTTY && process.stdout.columns > 0 ? { columns: process.stdout.columns } : {}),
}).then((code) => {
  process.exitCode = code;
});
