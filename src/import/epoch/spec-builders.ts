import type { Benchmark } from "../../core/schema/index.js";
import { COMMON_NOTES, type FileSpec, type ScaledColumn } from "./spec.js";

/** A column of fractions (0.42) shown in percent (42). */
export const fraction = (column: string): ScaledColumn => ({ column, scale: 100 });

/** A column already in the benchmark's unit. */
export const asIs = (column: string): ScaledColumn => ({ column, scale: 1 });

/** A benchmark record for the catalog; higher is better unless said otherwise. */
export function bench(
  id: string,
  name: string,
  category: Benchmark["category"],
  unit: Benchmark["unit"],
  description: string,
  extra: { aliases?: string[]; url?: string; higher_is_better?: boolean } = {},
): Benchmark {
  const { aliases = [], url, higher_is_better = true } = extra;
  return { id, name, aliases, category, unit, higher_is_better, description, ...(url ? { url } : {}) };
}

/**
 * A file of Epoch's own evaluation runs: `mean_score` and `stderr` as fractions, a start time per
 * run, links to the Inspect log viewer and the raw logs, and Epoch's run id.
 */
export function epochRun(benchmark: Benchmark): FileSpec {
  return {
    benchmark,
    origin: "epoch-run",
    score: fraction("mean_score"),
    stderr: fraction("stderr"),
    runs: ["Started at"],
    urls: ["Log viewer", "Logs"],
    notes: [],
    recordId: "id",
    ignored: ["Best score (across scorers)"],
  };
}

/**
 * A file Epoch compiled from an outside leaderboard or paper: a headline column, the original
 * source and link, Epoch's notes, a display name and Epoch's record id; `extra` overrides any part.
 */
export function external(benchmark: Benchmark, score: ScaledColumn, extra: Partial<FileSpec> = {}): FileSpec {
  return {
    benchmark,
    origin: "external",
    score,
    runs: [],
    urls: ["Source link"],
    notes: COMMON_NOTES,
    recordId: "id",
    name: "Name",
    ignored: [],
    ...extra,
  };
}

/** An older academic benchmark compiled from papers and HELM: fraction score, `Shots`, `Name`, `Source`. */
export function classic(
  benchmark: Benchmark,
  column: string,
  ignored: string[] = [],
  extra: Partial<FileSpec> = {},
): FileSpec {
  return external(benchmark, fraction(column), { shots: "Shots", ignored, ...extra });
}
