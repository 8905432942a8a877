import { fsReason } from "../core/fs-reason.js";
import { run } from "./main.js";
import { openStderr, openStdout } from "./std-streams.js";

// The bundle's entry: the only place that touches the real process.
const stderr = openStderr();
const stdout = openStdout((error) => {
  // The reader went away (`muse ... | head -1`): that is a normal end, not a failure.
  if (error.code === "EPIPE") process.exit(0);
  // Anything else (a full disk: `muse list models > /dev/full`) is a failure, and says so.
  stderr.write(`muse: cannot write the output: ${fsReason(error)}\n`);
  process.exit(1);
});

// No top-level await: the bundle is CommonJS (see src/cli/code-cache.ts).
run(process.argv.slice(2), {
  out: (text) => stdout.write(text),
  err: (text) => stderr.write(text),
  env: process.env,
  cwd: process.cwd(),
  stdoutIsTTY: stdout.isTTY,
  stderrIsTTY: stderr.isTTY,
  ...(stdout.columns !== undefined ? { columns: stdout.columns } : {}),
  ...(stderr.columns !== undefined ? { stderrColumns: stderr.columns } : {}),
}).then((code) => {
  process.exitCode = code;
});
