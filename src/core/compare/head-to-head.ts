import type { BenchmarkRecord } from "../store.js";
import { withinUncertainty } from "./agreement.js";
import type { Line } from "./lines.js";
import type { ShownScore } from "./shown.js";

/** Which side of a head-to-head line is better. */
export type Better = "first" | "second" | "tie";

/** One benchmark and setting both models have: both shown scores, Δ (first minus second), and the better side. */
export interface Pair {
  line: Line;
  first: ShownScore;
  second: ShownScore;
  delta: number;
  /** `tie` when the values are equal or the difference is within both scores' stated uncertainty. */
  better: Better;
  withinUncertainty: boolean;
}

/** Two models over every benchmark and setting they share, with the tally from the first model's side. */
export interface HeadToHead {
  pairs: Pair[];
  wins: number;
  losses: number;
  ties: number;
  /** Benchmarks both models have scores on, but never under the same setting (so not compared). */
  differentSettings: BenchmarkRecord[];
}

/** Compares the first two cells of each line: the lines where both have a score become pairs. */
export function headToHead(lines: readonly Line[]): HeadToHead {
  const pairs: Pair[] = [];
  const seen = new Map<string, { benchmark: BenchmarkRecord; first: boolean; second: boolean; shared: boolean }>();
  for (const line of lines) {
    const [first, second] = line.cells;
    const mark = seen.get(line.benchmark.id) ?? {
      benchmark: line.benchmark,
      first: false,
      second: false,
      shared: false,
    };
    mark.first ||= first !== undefined;
    mark.second ||= second !== undefined;
    seen.set(line.benchmark.id, mark);
    if (first === undefined || second === undefined) continue;
    mark.shared = true;
    const delta = first.score.value - second.score.value;
    const noise = withinUncertainty(first.score, second.score);
    const firstAhead = line.benchmark.higher_is_better ? delta > 0 : delta < 0;
    const better: Better = delta === 0 || noise ? "tie" : firstAhead ? "first" : "second";
    pairs.push({ line, first, second, delta, better, withinUncertainty: noise });
  }
  const count = (side: Better) => pairs.filter((p) => p.better === side).length;
  const differentSettings = [...seen.values()].filter((m) => m.first && m.second && !m.shared).map((m) => m.benchmark);
  return { pairs, wins: count("first"), losses: count("second"), ties: count("tie"), differentSettings };
}
