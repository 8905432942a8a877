import { run } from "./main.js";

// The bundle's entry: the only place that touches the real process.
process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  // The reader went away (`muse ... | head -1`): that is a normal end, not a failure.
  process.exit(error.code === "EPIPE" ? 0 : 1);
});

// No top-level await: the bundle is CommonJS (see src/cli/code-cache.ts).
run(process.argv.slice(2), {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
  env: process.env,
  cwd: process.cwd(),
  stdoutIsTTY: process.stdout.isTTY === true,
  stderrIsTTY: process.stderr.isTTY === true,
}).then((code) => {
  process.exitCode = code;
});
