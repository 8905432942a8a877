// Timing and peak-memory harness for scripts/bench.mjs: public tools only (Node, and /usr/bin/time when present).
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const TIME = "/usr/bin/time";
/** Whether GNU time is there to report a child's peak RSS (Debian package `time`). */
export const HAVE_TIME = existsSync(TIME) && spawnSync(TIME, ["-f", "%M", "true"], { stdio: "ignore" }).status === 0;

/** Whether a program is on PATH. */
export function have(program) {
  return spawnSync("sh", ["-c", `command -v ${program}`], { stdio: "ignore" }).status === 0;
}

/**
 * Runs a command once: wall time in ms (spawn to exit) and peak RSS in KiB (null without /usr/bin/time).
 * `cmd` is [program, ...args]; stdout goes to /dev/null, stderr is kept for error messages. Any exit status but
 * `status` (0 unless given) is an error.
 */
export function runOnce(cmd, { env = process.env, cwd, before, status = 0 } = {}) {
  before?.();
  const rssFile = join(tmpdir(), `muse-bench-rss-${process.pid}`);
  const argv = HAVE_TIME ? [TIME, "-f", "%M", "-o", rssFile, ...cmd] : cmd;
  const start = process.hrtime.bigint();
  const result = spawnSync(argv[0], argv.slice(1), { env, cwd, stdio: ["ignore", "ignore", "pipe"] });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (result.status !== status) {
    throw new Error(`${cmd.join(" ")} exited ${result.status}: ${String(result.stderr).slice(0, 2000)}`);
  }
  let rssKiB = null;
  if (HAVE_TIME) {
    rssKiB = Number(readFileSync(rssFile, "utf8").trim().split("\n").at(-1));
    rmSync(rssFile, { force: true });
  }
  return { ms, rssKiB };
}

/** The median of a list of numbers (null when empty or any is null). */
export function median(values) {
  if (values.length === 0 || values.some((v) => v === null)) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/**
 * Measures a subject against a baseline, alternating the two for `rounds` rounds after one discarded
 * warm-up run each; returns the medians of time and peak RSS for both.
 */
export function compareRuns(subject, baseline, rounds) {
  runOnce(subject.cmd, subject);
  runOnce(baseline.cmd, baseline);
  const a = [];
  const b = [];
  for (let i = 0; i < rounds; i++) {
    a.push(runOnce(subject.cmd, subject));
    b.push(runOnce(baseline.cmd, baseline));
  }
  const summary = (runs) => ({ ms: median(runs.map((r) => r.ms)), rssKiB: median(runs.map((r) => r.rssKiB)), runs });
  return { subject: summary(a), baseline: summary(b) };
}
