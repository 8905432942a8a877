import type { Problem } from "../errors.js";
import { MAX_PROBLEMS_PER_FILE } from "./limits.js";

/** A problem whose message may be made only when it is shown: a "did you mean" compares with every id. */
export type PendingProblem = Omit<Problem, "message"> & { message: string | (() => string) };

/**
 * The problems in the order they were found, at most MAX_PROBLEMS_PER_FILE per file: of a file with more, the
 * first by place, then one counting the rest. A pending message is made only for the problems kept, so that the
 * cost of messages does not grow with the number of problems.
 */
export function capProblemsPerFile(pending: readonly PendingProblem[]): Problem[] {
  const byFile = new Map<string, PendingProblem[]>();
  for (const problem of pending) {
    const list = byFile.get(problem.file);
    if (list === undefined) byFile.set(problem.file, [problem]);
    else list.push(problem);
  }
  const dropped = new Set<PendingProblem>();
  const counts: Problem[] = [];
  for (const list of byFile.values()) {
    if (list.length <= MAX_PROBLEMS_PER_FILE) continue;
    // Stable: problems at one place keep the order they were found in.
    const byPlace = [...list].sort((a, b) => a.line - b.line || a.col - b.col);
    const rest = byPlace.slice(MAX_PROBLEMS_PER_FILE - 1);
    for (const p of rest) dropped.add(p);
    const { file, line, col } = rest[0] as PendingProblem;
    counts.push({ file, line, col, message: `${rest.length} more problems in this file, not shown` });
  }
  const kept: Problem[] = [];
  for (const p of pending) {
    if (!dropped.has(p)) kept.push({ ...p, message: typeof p.message === "string" ? p.message : p.message() });
  }
  return [...kept, ...counts];
}
